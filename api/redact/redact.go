// Package redact removes personal data from free text before it is logged,
// audited or sent to an external model. Clinicians type questions that may
// contain patient data; the AVG requires that such data does not end up in
// logs. The rules are deliberately conservative: a false positive costs a
// slightly less readable log line, a false negative leaks a patient's data.
//
// The package has no dependencies beyond the standard library so the HTTP
// layer, the audit trail and the LLM answerer can all use it.
package redact

import (
	"regexp"
	"strings"
)

// Tags that replace redacted spans.
const (
	TagBSN       = "[BSN]"
	TagPhone     = "[TELEFOON]"
	TagEmail     = "[EMAIL]"
	TagAddress   = "[ADRES]"
	TagBirthDate = "[GEBOORTEDATUM]"
)

// Redactor replaces personal data in text with tags. Its zero value is not
// usable; call New. A Redactor is safe for concurrent use.
type Redactor struct {
	rules []rule
}

type rule struct {
	re      *regexp.Regexp
	replace func(match string) string
	// need is a cheap precondition: every rule needs a digit or an '@', and
	// most questions have neither, so they skip the regular expressions.
	need string
}

const digits = "0123456789"

const months = `januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec`

// New compiles the redaction rules. Order matters: e-mail first (its local
// part may contain digits), then dates (their digits must not be read as
// phone numbers), BSN, phone numbers, and finally addresses.
func New() *Redactor {
	fixed := func(tag string) func(string) string { return func(string) string { return tag } }
	return &Redactor{rules: []rule{
		{regexp.MustCompile(`(?i)\b[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}\b`), fixed(TagEmail), "@"},
		// A date with a birth context, numeric or written out ("geboren op 3 maart 1950").
		{regexp.MustCompile(`(?i)\b(?:geboren(?:\s+op)?|geb\.?|geboortedatum:?|geb\.?datum:?|dob:?)\s+(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\s+(?:` + months + `)\.?\s+\d{4})`), keepPrefix(TagBirthDate), digits},
		// Any full numeric date with a four-digit year: in a clinical question
		// such a date is almost always a date of birth or an encounter date.
		{regexp.MustCompile(`\b(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\d{2}\b`), fixed(TagBirthDate), digits},
		{regexp.MustCompile(`\b\d{9}\b|\b\d{4}[. ]\d{2}[. ]\d{3}\b|\b\d{3}[. ]\d{3}[. ]\d{3}\b`), bsn, digits},
		// Dutch numbers: 0 or +31/0031, then nine digits with optional
		// separators, e.g. 06-12345678, +31 6 1234 5678, 020-1234567.
		{regexp.MustCompile(`(?:\+31|\b0031|\b0)[\s\-]?(?:\(0\)[\s\-]?)?\d(?:[\s\-]?\d){8}\b`), fixed(TagPhone), digits},
		// Postcode followed by a house number ("1234 AB 12", "1234AB 12a").
		{regexp.MustCompile(`\b[1-9]\d{3}\s?[A-Z]{2}\s*,?\s*\d{1,5}(?:\s?[a-zA-Z]\b|-\d{1,4}\b)?\b`), postcode, digits},
		// Street and house number ("Dorpsstraat 12", "Kerkweg 3a").
		{regexp.MustCompile(`\b[A-Z][a-z]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|steeg|dreef|park|markt)\s+\d{1,5}[a-zA-Z]?\b`), fixed(TagAddress), digits},
	}}
}

// String returns text with every recognised piece of personal data replaced by
// its tag.
func (r *Redactor) String(text string) string {
	for _, ru := range r.rules {
		if !strings.ContainsAny(text, ru.need) {
			continue
		}
		text = ru.re.ReplaceAllStringFunc(text, ru.replace)
	}
	return text
}

// keepPrefix keeps the birth-context word ("geboren op") so the log still
// tells what kind of data was there.
func keepPrefix(tag string) func(string) string {
	return func(m string) string {
		i := strings.IndexFunc(m, func(r rune) bool { return r >= '0' && r <= '9' })
		if i <= 0 {
			return tag
		}
		return m[:i] + tag
	}
}

// bsn redacts a nine-digit number only when it passes the elfproef, so that
// other nine-digit numbers (quantities, file numbers) stay readable.
func bsn(m string) string {
	digits := make([]byte, 0, 9)
	for i := 0; i < len(m); i++ {
		if m[i] >= '0' && m[i] <= '9' {
			digits = append(digits, m[i])
		}
	}
	if ValidBSN(string(digits)) {
		return TagBSN
	}
	return m
}

// ValidBSN reports whether s is nine digits passing the elfproef:
// 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not zero).
func ValidBSN(s string) bool {
	if len(s) != 9 {
		return false
	}
	sum := 0
	for i := 0; i < 9; i++ {
		d := int(s[i] - '0')
		if d < 0 || d > 9 {
			return false
		}
		if i == 8 {
			sum -= d
		} else {
			sum += d * (9 - i)
		}
	}
	return sum != 0 && sum%11 == 0
}

// postcode skips letter pairs that are never postcodes but common in
// clinical text ("1000 IE 2 keer daags" is a dose in international units).
func postcode(m string) string {
	letters := strings.TrimLeft(m[4:], " ")
	if len(letters) >= 2 {
		switch letters[:2] {
		case "IE", "EH", "SA", "SD", "SS":
			return m
		}
	}
	return TagAddress
}
