package bronwijzer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// HasControl reports whether s holds a control character other than tab and
// line breaks. Questions and queries with one are refused: a NUL cannot be
// stored in a PostgreSQL text column, and none of them means anything in a
// question. The API and the answer service use the same rule.
func HasControl(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
	}) >= 0
}

// CheckText trims a question or search query and checks it: present,
// valid UTF-8, without control characters, at most maxRunes characters.
// field names the input in the message ("question", "query"). The API, the
// CLI and the answer service check questions with this one rule.
func CheckText(field, text string, maxRunes int) (string, error) {
	text = strings.TrimSpace(text)
	switch n := utf8.RuneCountInString(text); {
	case text == "" && field == "question":
		return "", Errorf(EINVALID, "Vraag ontbreekt: vul het veld \"question\" in (missing question).")
	case text == "":
		return "", Errorf(EINVALID, "Zoekopdracht ontbreekt: vul het veld %q in (missing %s).", field, field)
	case !utf8.ValidString(text):
		return "", Errorf(EINVALID, "Veld %q bevat ongeldige tekens (invalid UTF-8).", field)
	case HasControl(text):
		return "", Errorf(EINVALID,
			"Veld %q bevat stuurtekens (zoals NUL); alleen tekst, spaties, tabs en regeleinden zijn toegestaan (control characters).", field)
	case n > maxRunes:
		return "", Errorf(EINVALID, "Veld %q is te lang: %d tekens, maximaal %d (too long).", field, n, maxRunes)
	}
	return text, nil
}

// CheckK checks a number of passages: 1 to max. name is how the caller
// spells the input in the message (`Veld "k"` for the API, "-k" for the
// CLI).
func CheckK(name string, k, max int) error {
	if k < 1 || k > max {
		return Errorf(EINVALID, "%s moet tussen 1 en %d liggen, niet %d (k out of range).", name, max, k)
	}
	return nil
}
