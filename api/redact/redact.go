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
	"unicode"
	"unicode/utf8"
)

// Tags that replace redacted spans.
const (
	TagBSN       = "[BSN]"
	TagPhone     = "[TELEFOON]"
	TagEmail     = "[EMAIL]"
	TagAddress   = "[ADRES]"
	TagBirthDate = "[GEBOORTEDATUM]"
	TagName      = "[NAAM]"
	TagIBAN      = "[IBAN]"
)

// Redactor replaces personal data in text with tags. Its zero value is not
// usable; call New. A Redactor is safe for concurrent use.
type Redactor struct {
	rules []rule
}

type rule struct {
	re *regexp.Regexp
	// replace returns the replacement of one match of re, or, when re is
	// nil, does the whole rule on the text.
	replace func(match string) string
	// need is a cheap precondition: most questions hold none of the data,
	// so they skip the regular expressions.
	need func(text string) bool
}

const digits = "0123456789"

const months = `januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec`

// Parts of the name rules.
const (
	// nameTitles introduce a person: mevrouw, mw., mevr., meneer, mnr.,
	// dhr., de heer, patiënt(e) (also without diaeresis), pt.
	nameTitles = `(?i:mevrouw|mevr|mw|meneer|mnr|dhr|de\s+heer|pati[eë]nte?|pt)`
	// particles are Dutch and common immigrant surname particles.
	particles = `(?i:van|de|der|den|ter|ten|'t|el|al|la|le|du|da|di|von|bin|ben)`
	// lowerParticles start a surname typed in lower case ("de vries").
	lowerParticles = `(?:van|de|der|den|ter|ten)`
	// nameWord is a capitalised word, double names included (Pietersen-Jansen,
	// O'Brien), or a word of five or more capitals (JANSEN); shorter ones
	// are abbreviations (BSN, COPD, RR).
	nameWord = `(?:\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}'’]*|\p{Lu}{5,})(?:-\p{Lu}[\p{L}'’]+)*`
	initials = `\p{Lu}\.(?:\s?\p{Lu}\.){0,3}`
	// fullName: initials and/or up to three capitalised words with
	// particles ("J. van der Berg", "Fatima El Amrani"), or particles
	// followed by any word ("de vries", typed in lower case).
	fullName = `(?:` + initials + `(?:\s*(?:` + particles + `\s+)*` + nameWord + `)?` +
		`|(?:` + particles + `\s+)*` + nameWord + `(?:\s+(?:` + particles + `\s+)*` + nameWord + `){0,2}` +
		`|(?:` + lowerParticles + `\s+)+\p{Ll}[\p{L}'’-]+)`
)

// New compiles the redaction rules. Order matters: e-mail first (its local
// part may contain digits or a title), then names, IBANs (their account
// number would read as a phone number), dates (their digits must not be
// read as phone numbers), BSN, phone numbers, and finally addresses.
func New() *Redactor {
	fixed := func(tag string) func(string) string { return func(string) string { return tag } }
	hasDigit := func(s string) bool { return strings.ContainsAny(s, digits) }
	return &Redactor{rules: []rule{
		{regexp.MustCompile(`(?i)\b[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}\b`), fixed(TagEmail), func(s string) bool { return strings.Contains(s, "@") }},
		// A name after a title ("mevrouw Jansen", "dhr. J. de Vries",
		// "patiënte Fatima El Amrani"). A professional title in between
		// ("Mw. Dr. Jansen") marks a colleague or an author, not a patient.
		{nil, names, mayHoldTitle},
		// Anything after "naam:" up to punctuation, at most four words.
		{regexp.MustCompile(`(?i)\bnaam\s*:\s*[\p{L}'’.\-]+(?:[ \t]+[\p{L}'’.\-]+){0,3}`), keepLabel(TagName), func(s string) bool { return strings.Contains(strings.ToLower(s), "naam") }},
		{ibanCandidate, iban, hasDigit},
		// A date with a birth context: numeric, ISO, written out, month
		// and year, or the year alone ("geboren in 1954").
		{regexp.MustCompile(`(?i)\b` + birthContext + `(?:` +
			`\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|'?\d{2})` +
			`|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}` +
			`|\d{1,2}(?:e|ste|de)?[\s\-]+(?:` + months + `)\.?[\s\-]+(?:\d{4}|'?\d{2})` +
			`|(?:` + months + `)\.?\s+(?:\d{4}|'\d{2})` +
			`|(?:19|20)\d{2})\b`), keepPrefix(TagBirthDate), hasDigit},
		// Any full date with a four-digit year, numeric, ISO or written out:
		// in a clinical question such a date is almost always a date of
		// birth or an encounter date.
		{regexp.MustCompile(`\b(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\d{2}\b`), fixed(TagBirthDate), hasDigit},
		{regexp.MustCompile(`\b(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b`), fixed(TagBirthDate), hasDigit},
		{regexp.MustCompile(`(?i)\b(?:0?[1-9]|[12]\d|3[01])(?:e|ste|de)?[\s\-]+(?:` + months + `)\.?[\s\-]+(?:19|20)\d{2}\b`), fixed(TagBirthDate), hasDigit},
		// A number named as BSN is one, elfproef or not ("bsn111222333",
		// "BSN: 1234-56-789"); other nine-digit numbers only when they pass
		// the elfproef, with or without dots, dashes or spaces.
		{regexp.MustCompile(`(?i)\b(?:bsn|burgerservicenummer)(?:\s*(?:nr\.?|nummer))?[\s:#.\-]*\d(?:[\s.\-]?\d){7,8}\b`), keepLabel(TagBSN), hasDigit},
		// Dutch numbers: 0, (0, +31 or 0031 with an optional (0), then nine
		// digits with optional separators: 06-12345678, (06) 12345678,
		// 030 - 123 45 67, +31 (0)6 1234 5678, 020-1234567.
		{regexp.MustCompile(`(?:\+31|\b0031)[ \t]*(?:\(0\)[ \t]*|[-.][ \t]*)?\d(?:` + phoneSep + `\d){8}\b` +
			`|(?:\(0|\b0)` + phoneSep + `\d(?:` + phoneSep + `\d){8}\b`), fixed(TagPhone), hasDigit},
		// Remaining nine-digit numbers that pass the elfproef (after the phone
		// numbers, whose digits may pass it by chance).
		{regexp.MustCompile(`\b\d(?:[\s.\-]?\d)*\b`), bsn, hasDigit},
		// Postcode followed by a house number ("1234 AB 12", "1234AB 12a",
		// "3511 ab 5").
		{regexp.MustCompile(`(?i)\b[1-9]\d{3}\s?[a-z]{2}\b\s*,?\s*\d{1,5}(?:\s?[a-z]\b|-\d{1,4}\b)?\b`), postcode, hasDigit},
		// Street and house number ("Dorpsstraat 12", "Kerkweg 3a").
		{regexp.MustCompile(`\b[A-Z][a-z]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|steeg|dreef|park|markt)\s+\d{1,5}[a-zA-Z]?\b`), fixed(TagAddress), hasDigit},
	}}
}

// birthContext introduces a date of birth.
const birthContext = `(?:geboortedatum:?|geb\.?datum:?|geboren(?:\s+(?:op|in))?|geb\.?|dob:?)\s*`

var birthPrefix = regexp.MustCompile(`(?i)^` + birthContext)

// phoneSep separates the digits of a phone number: nothing, a space, or a
// dash, dot or closing parenthesis with optional spaces around it.
const phoneSep = `(?:[ \t]*[-.)][ \t]*|[ \t])?`

// String returns text with every recognised piece of personal data replaced by
// its tag.
func (r *Redactor) String(text string) string {
	for _, ru := range r.rules {
		if !ru.need(text) {
			continue
		}
		if ru.re == nil {
			text = ru.replace(text)
			continue
		}
		text = ru.re.ReplaceAllStringFunc(text, ru.replace)
	}
	return text
}

// mayHoldTitle is the name rule's precondition: a title's first letters.
func mayHoldTitle(s string) bool {
	l := strings.ToLower(s)
	for _, t := range []string{"me", "mw", "mnr", "dhr", "heer", "pati", "pt"} {
		if strings.Contains(l, t) {
			return true
		}
	}
	return false
}

var (
	titlePrefix  = regexp.MustCompile(`^` + nameTitles + `(?:\.\s*|\s+)`)
	professional = regexp.MustCompile(`^(?i:dr|drs|prof|mr|ir|ing|dokter|arts|huisarts)\b`)
)

// lowerName matches a name typed in lower case, particles first ("de
// vries").
var lowerName = regexp.MustCompile(`^(?:` + lowerParticles + `\s+)+\p{Ll}`)

// articleBefore reports whether text ends in an article and a space: the
// title after it is a noun ("de patiënt"), no form of address.
func articleBefore(text string) bool {
	l := strings.ToLower(text)
	return strings.HasSuffix(l, "de ") || strings.HasSuffix(l, "het ") || strings.HasSuffix(l, "een ") || strings.HasSuffix(l, "deze ")
}

var (
	titledName = regexp.MustCompile(`\b` + nameTitles + `(?:\.\s*|\s+)` + fullName)
	titleWord  = regexp.MustCompile(`\b` + nameTitles + `\b`)
)

// names replaces the name after each title, keeping the title so the log
// still tells a person was named. A name after a professional title is
// kept. When what follows one title holds another ("patiënte van dhr. de
// Vries"), the search starts again at the second.
func names(text string) string {
	var b strings.Builder
	pos := 0
	for pos < len(text) {
		loc := titledName.FindStringIndex(text[pos:])
		if loc == nil {
			break
		}
		start, end := pos+loc[0], pos+loc[1]
		m := text[start:end]
		te := len(titlePrefix.FindString(m))
		rest := m[te:]
		switch inner := titleWord.FindStringIndex(rest); {
		case inner != nil:
			b.WriteString(text[pos : start+te+inner[0]])
			pos = start + te + inner[0]
		case professional.MatchString(rest), lowerName.MatchString(rest) && articleBefore(text[:start]),
			initialsOnly.MatchString(rest) && lowerNext(text[end:]) && articleBefore(text[:start]):
			// (a word in lower case after "de patiënt" is what the
			// sentence goes on with, "de patiënt de hielcup laten
			// dragen", not a surname typed in lower case: that follows
			// a title used as one, "patiënt de vries")
			b.WriteString(text[pos:end])
			pos = end
		default:
			b.WriteString(text[pos : start+te])
			b.WriteString(TagName)
			pos = end
		}
	}
	b.WriteString(text[pos:])
	return b.String()
}

// initialsOnly matches a name of initials alone ("H.").
var initialsOnly = regexp.MustCompile(`^\s*` + initials + `$`)

// lowerNext reports whether the text goes on with a word in lower case:
// after "een patiënt" (the noun, not a title) an initial before it
// abbreviates a genus ("scheidt een patiënt H. lentus uit", FT-92), not a
// person's name ("dhr. P.J. heeft pijn").
func lowerNext(text string) bool {
	t := strings.TrimLeft(text, " \t")
	r, _ := utf8.DecodeRuneInString(t)
	return t != text && unicode.IsLower(r)
}

// keepLabel keeps a label ("naam: ", "BSN ") before the tag.
func keepLabel(tag string) func(string) string {
	return func(m string) string {
		i := strings.IndexAny(m, ":0123456789")
		if i < 0 {
			return tag
		}
		if m[i] == ':' {
			i++
			for i < len(m) && (m[i] == ' ' || m[i] == '\t') {
				i++
			}
		}
		return m[:i] + tag
	}
}

// ibanCandidate is a country code, two check digits and 11 to 30 letters
// or digits, in groups of four or not.
var ibanCandidate = regexp.MustCompile(`(?i)\b[a-z]{2}\d{2}[ ]?(?:[a-z0-9]{4}[ ]?){2,7}[a-z0-9]{1,4}\b`)

// iban redacts an IBAN when its mod-97 check passes (ISO 13616), so that
// other letter-digit codes stay readable. A candidate that fails may have
// swallowed the start of a real IBAN ("AA00 NL91ABNA…"): the text after
// its first space is searched again.
func iban(m string) string {
	if ValidIBAN(m) {
		return TagIBAN
	}
	if i := strings.IndexByte(m, ' '); i >= 0 {
		return m[:i+1] + ibanCandidate.ReplaceAllStringFunc(m[i+1:], iban)
	}
	return m
}

// ValidIBAN reports whether s, spaces ignored and case-insensitive, is an
// IBAN with a valid check: 15 to 34 characters, and a Dutch one 18.
func ValidIBAN(s string) bool {
	s = strings.ToUpper(strings.ReplaceAll(s, " ", ""))
	if len(s) < 15 || len(s) > 34 || (strings.HasPrefix(s, "NL") && len(s) != 18) {
		return false
	}
	for i := 0; i < 2; i++ {
		if s[i] < 'A' || s[i] > 'Z' || s[i+2] < '0' || s[i+2] > '9' {
			return false
		}
	}
	rem := 0
	for _, c := range s[4:] + s[:4] {
		switch {
		case c >= '0' && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			rem = (rem*100 + int(c-'A'+10)) % 97
		default:
			return false
		}
	}
	return rem == 1
}

// keepPrefix keeps the birth-context word ("geboren op") so the log still
// tells what kind of data was there.
func keepPrefix(tag string) func(string) string {
	return func(m string) string {
		return m[:len(birthPrefix.FindString(m))] + tag
	}
}

// bsn redacts, inside a run of digits and separators, every nine digits
// that pass the elfproef and are whole groups ("3 111222333", "000
// 111-222-333"), so that other numbers (quantities, file numbers) stay
// readable and no BSN hides behind the digits before it.
func bsn(m string) string {
	// starts and ends of the digit groups, in bytes
	var starts, ends []int
	for i := 0; i < len(m); i++ {
		if isDigit(m[i]) && (i == 0 || !isDigit(m[i-1])) {
			starts = append(starts, i)
		}
		if isDigit(m[i]) && (i == len(m)-1 || !isDigit(m[i+1])) {
			ends = append(ends, i+1)
		}
	}
	var b strings.Builder
	last := 0
	for g := 0; g < len(starts); g++ {
		if starts[g] < last {
			continue
		}
		n := 0
		for h := g; h < len(ends) && n < 9; h++ {
			n += digitCount(m[starts[h]:ends[h]])
			if n == 9 && ValidBSN(digitsOf(m[starts[g]:ends[h]])) {
				b.WriteString(m[last:starts[g]])
				b.WriteString(TagBSN)
				last = ends[h]
			}
		}
	}
	if last == 0 {
		return m
	}
	b.WriteString(m[last:])
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func digitCount(s string) int { return len(digitsOf(s)) }

func digitsOf(s string) string {
	d := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			d = append(d, s[i])
		}
	}
	return string(d)
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
// clinical text: "1000 IE 2 keer daags" is a dose in international units,
// and in lower case "1000 mg 3 dd" is a dose, not "1000 MG".
func postcode(m string) string {
	letters := strings.TrimLeft(m[4:], " ")
	if len(letters) < 2 {
		return TagAddress
	}
	pair := letters[:2]
	switch strings.ToUpper(pair) {
	case "IE", "EH", "SA", "SD", "SS":
		return m
	}
	if pair != strings.ToUpper(pair) {
		switch strings.ToLower(pair) {
		case "mg", "ml", "kg", "dd", "mm", "cm", "dl", "cl", "gr", "km", "ng", "pg", "ug", "mu", "nm", "kj", "st", "uu", "pm", "am", "hr", "mi", "xd", "ie", "eh":
			return m
		}
	}
	return TagAddress
}
