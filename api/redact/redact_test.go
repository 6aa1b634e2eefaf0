package redact_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer/api/redact"
	"github.com/google/go-cmp/cmp"
)

func TestString(t *testing.T) {
	r := redact.New()
	tests := []struct {
		name, in, want string
	}{
		{"valid BSN", "Patiënt met BSN 111222333 heeft koorts", "Patiënt met BSN [BSN] heeft koorts"},
		{"valid BSN with dots", "bsn 1234.56.782 bekend", "bsn [BSN] bekend"},
		{"invalid elfproef stays", "ordernummer 123456789 graag", "ordernummer 123456789 graag"},
		{"all zeros is no BSN", "code 000000000", "code 000000000"},
		{"eight digits stay", "12345678 eenheden", "12345678 eenheden"},
		{"mobile with dash", "bel 06-12345678 terug", "bel [TELEFOON] terug"},
		{"mobile plain", "tel 0612345678.", "tel [TELEFOON]."},
		{"mobile international", "nummer +31 6 12345678", "nummer [TELEFOON]"},
		{"international with (0)", "nummer +31 (0)6 1234 5678", "nummer [TELEFOON]"},
		{"landline Amsterdam", "praktijk 020-1234567", "praktijk [TELEFOON]"},
		{"landline spaced", "praktijk 020 123 4567", "praktijk [TELEFOON]"},
		{"0031 prefix", "0031201234567 bellen", "[TELEFOON] bellen"},
		{"email", "mail j.jansen@example.nl over de uitslag", "mail [EMAIL] over de uitslag"},
		{"email with digits", "a.b123@zorg-praktijk.com", "[EMAIL]"},
		{"postcode and house number", "woont op 1234 AB 12 in Utrecht", "woont op [ADRES] in Utrecht"},
		{"postcode without space", "1234AB 12a", "[ADRES]"},
		{"street and number", "Dorpsstraat 12, Utrecht", "[ADRES], Utrecht"},
		{"IE dose is not a postcode", "geef 1000 IE 2 keer daags", "geef 1000 IE 2 keer daags"},
		{"lowercase units stay", "1500 mg 3 dd", "1500 mg 3 dd"},
		{"date dd-mm-jjjj", "vrouw, 03-04-1950, met hoest", "vrouw, [GEBOORTEDATUM], met hoest"},
		{"date d/m/yyyy", "man 3/4/1950", "man [GEBOORTEDATUM]"},
		{"geboren op written out", "geboren op 3 maart 1950, diabetes", "geboren op [GEBOORTEDATUM], diabetes"},
		{"geb. numeric", "geb. 12-11-1948", "geb. [GEBOORTEDATUM]"},
		{"two-digit year with context", "geboren 1-2-48", "geboren [GEBOORTEDATUM]"},
		{"clinical numbers untouched", "eGFR 45 ml/min, HbA1c 53 mmol/mol, 2 x daags 500 mg", "eGFR 45 ml/min, HbA1c 53 mmol/mol, 2 x daags 500 mg"},
		{"year alone untouched", "sinds 2024 geldt", "sinds 2024 geldt"},
		{"percentages untouched", "in 25% van de praktijken", "in 25% van de praktijken"},
		{"several at once", "BSN 123456782, tel 06 12345678, jan@x.nl", "BSN [BSN], tel [TELEFOON], [EMAIL]"},
		{"empty", "", ""},

		// Names after a title (issue 15).
		{"mevrouw", "mevrouw Jansen heeft koorts", "mevrouw [NAAM] heeft koorts"},
		{"Mevrouw at sentence start", "Mevrouw Jansen (82) valt vaak", "Mevrouw [NAAM] (82) valt vaak"},
		{"meneer with particle", "meneer de Vries gebruikt metformine", "meneer [NAAM] gebruikt metformine"},
		{"mw. with initials and particles", "mw. J.A. van der Berg, diabetes", "mw. [NAAM], diabetes"},
		{"mw without dot", "mw Pietersen-Jansen belt", "mw [NAAM] belt"},
		{"mevr.", "Mevr. Bakker", "Mevr. [NAAM]"},
		{"dhr.", "dhr. El Amrani heeft astma", "dhr. [NAAM] heeft astma"},
		{"dhr. initials only", "dhr. P.J. heeft pijn", "dhr. [NAAM] heeft pijn"},
		{"a genus abbreviated after the noun patiënt", "Hoe lang scheidt een patiënt H. lentus uit?", "Hoe lang scheidt een patiënt H. lentus uit?"},
		{"initials after patiënt as a title", "patiënt H. Jansen", "patiënt [NAAM]"},
		{"de heer", "de heer Öztürk", "de heer [NAAM]"},
		{"patiënt", "patiënt Jansen, 67 jaar", "patiënt [NAAM], 67 jaar"},
		{"patiënte first and last name", "patiënte Fatima El Amrani is zwanger", "patiënte [NAAM] is zwanger"},
		{"patient without diaeresis", "patient Bakker", "patient [NAAM]"},
		{"lower-case surname with particle", "mevrouw de vries heeft griep", "mevrouw [NAAM] heeft griep"},
		{"lower-case surname after a bare patiënt", "patiënt de vries heeft griep", "patiënt [NAAM] heeft griep"},
		// "de patiënt" is a noun: the words after it are the sentence's
		// (FT-44's question), a capitalised name after it is still one
		{"object after de patiënt", "Hoe lang moet de patiënt de hielcup dragen?", "Hoe lang moet de patiënt de hielcup dragen?"},
		{"name after de patiënt", "de patiënt De Vries belt", "de patiënt [NAAM] belt"},
		{"all caps", "MEVROUW JANSEN", "MEVROUW [NAAM]"},
		{"O'Brien", "meneer O'Brien", "meneer [NAAM]"},
		{"naam:", "naam: Jan Jansen, 45 jaar", "naam: [NAAM], 45 jaar"},
		{"title inside a name", "patiënte van dhr. de Vries", "patiënte van dhr. [NAAM]"},
		{"two persons", "mevrouw Jansen en meneer Bakker", "mevrouw [NAAM] en meneer [NAAM]"},
		{"Naam: lower case", "Naam:piet de boer; klachten", "Naam:[NAAM]; klachten"},

		// Dates of birth and full dates.
		{"ISO date", "geboren 1954-03-12, COPD", "geboren [GEBOORTEDATUM], COPD"},
		{"ISO date without context", "consult op 2024-01-15 gehad", "consult op [GEBOORTEDATUM] gehad"},
		{"geboren op written", "geboren op 12 maart 1954", "geboren op [GEBOORTEDATUM]"},
		{"written date without context", "sinds 12 maart 1954 bekend", "sinds [GEBOORTEDATUM] bekend"},
		{"abbreviated month", "geb. 12-mrt-1954", "geb. [GEBOORTEDATUM]"},
		{"ordinal day", "geboren op 1e januari 1960", "geboren op [GEBOORTEDATUM]"},
		{"month and year of birth", "geboren in maart 1954", "geboren in [GEBOORTEDATUM]"},
		{"year of birth", "geboren in 1954, man", "geboren in [GEBOORTEDATUM], man"},
		{"geboortedatum:", "geboortedatum: 1954-03-12", "geboortedatum: [GEBOORTEDATUM]"},
		{"two-digit year written", "geboren 12 maart '54", "geboren [GEBOORTEDATUM]"},

		// BSN in every form.
		{"bsn glued", "bsn111222333", "bsn[BSN]"},
		{"BSN: with colon, failing the elfproef", "BSN: 123456789", "BSN: [BSN]"},
		{"bsn with dashes", "bsn 111-222-333", "bsn [BSN]"},
		{"BSN-nummer", "burgerservicenummer 1112.22.333", "burgerservicenummer [BSN]"},
		{"valid BSN with dashes, no label", "nummer 111-22-2333 bekend", "nummer [BSN] bekend"},
		{"valid BSN with spaces, no label", "1112 22 333 bekend", "[BSN] bekend"},

		// Phone numbers.
		{"mobile in parentheses", "bel (06) 12345678", "bel [TELEFOON]"},
		{"landline with spaced dash", "praktijk 030 - 123 45 67", "praktijk [TELEFOON]"},
		{"landline in parentheses", "(030) 1234567 terugbellen", "[TELEFOON] terugbellen"},
		{"+31 with dashes", "+31-6-12345678", "[TELEFOON]"},
		{"+31 pairs", "+31 6 12 34 56 78 graag", "[TELEFOON] graag"},
		{"+31 (0)30", "+31 (0)30 123 45 67", "[TELEFOON]"},
		{"phone then a number", "bel 06-12345678 of 3 keer per dag", "bel [TELEFOON] of 3 keer per dag"},

		// Postcodes and IBAN.
		{"lower-case postcode", "woont 3511 ab 5 Utrecht", "woont [ADRES] Utrecht"},
		{"mixed-case postcode", "3511Ab 5", "[ADRES]"},
		{"IBAN", "rekening NL91ABNA0417164300 graag", "rekening [IBAN] graag"},
		{"IBAN spaced", "NL91 ABNA 0417 1643 00.", "[IBAN]."},
		{"IBAN lower case", "nl91abna0417164300", "[IBAN]"},
		{"Belgian IBAN", "BE68 5390 0754 7034", "[IBAN]"},
		{"IBAN with wrong check stays", "NL92ABNA0417164300", "NL92ABNA0417164300"},

		// Clinical text that must stay as it is.
		{"dose 2 dd", "2 dd 500 mg paracetamol", "2 dd 500 mg paracetamol"},
		{"dose 1000 mg 3 dd", "1000 mg 3 dd bij koorts", "1000 mg 3 dd bij koorts"},
		{"dose 1500 ml 2", "1500 ml 2 keer", "1500 ml 2 keer"},
		{"eGFR range", "eGFR 30–59 ml/min/1,73m2", "eGFR 30–59 ml/min/1,73m2"},
		{"eGFR range with hyphen", "bij een eGFR 30-59", "bij een eGFR 30-59"},
		{"year", "de standaard van 2024", "de standaard van 2024"},
		{"table reference", "zie tabel 2 en 3", "zie tabel 2 en 3"},
		{"drug names", "Metformine, Amoxicilline en Nordaxilline", "Metformine, Amoxicilline en Nordaxilline"},
		{"patiënt met", "Patiënt met hypertensie en COPD", "Patiënt met hypertensie en COPD"},
		{"abbreviation after a title", "Patiënt BSN 111222333, mevrouw COPD GOLD 2", "Patiënt BSN [BSN], mevrouw COPD GOLD 2"},
		{"patiënt in a city", "patiënt in Utrecht", "patiënt in Utrecht"},
		{"patiënten", "Patiënten met astma", "Patiënten met astma"},
		{"mevrouw then a verb", "mevrouw heeft koorts", "mevrouw heeft koorts"},
		{"meneer van 80", "meneer van 80 jaar", "meneer van 80 jaar"},
		{"professional title", "Mw. Dr. A. Jansen, huisarts, schreef", "Mw. Dr. A. Jansen, huisarts, schreef"},
		{"professional title lower case", "mw. dr. Jansen (auteur)", "mw. dr. Jansen (auteur)"},
		{"NHG-Standaard", "NHG-Standaard M01 versie 2024", "NHG-Standaard M01 versie 2024"},
		{"ICPC code", "ICPC R74 en T90", "ICPC R74 en T90"},
		{"blood pressure", "RR 140/90 mmHg", "RR 140/90 mmHg"},
		{"date range of years", "van 2019-2024", "van 2019-2024"},
		{"dosage schedule", "0-0-1 tablet, 3 x 1", "0-0-1 tablet, 3 x 1"},
		{"Naamgeving is no label", "Naamgeving van middelen", "Naamgeving van middelen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, r.String(tt.in)); diff != "" {
				t.Errorf("String(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestValidBSN(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"111222333", true},
		{"123456782", true},
		{"999999990", true},
		{"123456789", false},
		{"111222334", false},
		{"000000000", false},
		{"12345678", false},
		{"1234567890", false},
		{"12345678a", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := redact.ValidBSN(tt.in); got != tt.want {
				t.Errorf("ValidBSN(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzString checks invariants: redaction is idempotent and never leaves a
// nine-digit number that passes the elfproef, an IBAN that passes its check,
// or a BSN or phone number the table test knows, whatever text surrounds it.
var (
	nineDigits = regexp.MustCompile(`\b\d{9}\b`)
	ibanLike   = regexp.MustCompile(`(?i)\b[a-z]{2}\d{2}[a-z0-9]{11,30}\b`)
)

func FuzzString(f *testing.F) {
	for _, s := range []string{"BSN 111222333", "06-12345678", "a@b.nl", "1234 AB 12", "03-04-1950",
		"mevrouw Jansen", "dhr. J. de Vries", "naam: Jan", "geboren 1954-03-12", "bsn111222333",
		"(06) 12345678", "030 - 123 45 67", "3511 ab 5", "NL91ABNA0417164300", "Mw. Dr. Jansen", "2 dd 500 mg"} {
		f.Add(s, "")
	}
	r := redact.New()
	known := []string{"111222333", "111-222-333", "06-12345678", "(06) 12345678", "NL91ABNA0417164300", "NL91 ABNA 0417 1643 00"}
	f.Fuzz(func(t *testing.T, s, around string) {
		once := r.String(s)
		if twice := r.String(once); twice != once {
			t.Errorf("not idempotent: %q -> %q -> %q", s, once, twice)
		}
		for _, m := range nineDigits.FindAllString(once, -1) {
			if redact.ValidBSN(m) {
				t.Errorf("BSN %q left in %q (from %q)", m, once, s)
			}
		}
		for _, m := range ibanLike.FindAllString(once, -1) {
			if redact.ValidIBAN(m) {
				t.Errorf("IBAN %q left in %q (from %q)", m, once, s)
			}
		}
		// Known data between arbitrary words is always removed (as a
		// whole token: s may hold it inside a longer number).
		for _, k := range known {
			text := around + " " + k + " " + s
			got := r.String(text)
			if i := strings.Index(got, k); i >= 0 && (i == 0 || !isAlnum(got[i-1])) &&
				(i+len(k) == len(got) || !isAlnum(got[i+len(k)])) {
				t.Errorf("%q left in %q", k, got)
			}
		}
	})
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func BenchmarkString(b *testing.B) {
	r := redact.New()
	for _, bc := range []struct{ name, text string }{
		{"plain", "Wat zijn de aandachtspunten bij het inzetten van een AI-chatbot in de huisartsenpraktijk voor triage?"},
		{"with data", "Patiënt geb. 03-04-1950, BSN 111222333, tel 06-12345678, mail j.jansen@example.nl: wat is de dosis?"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				r.String(bc.text)
			}
		})
	}
}

// TestQuestionSetsUnchanged: the evaluation questions hold no personal
// data, so redaction must leave every one of them as it is. A rule that
// eats doses, years, table numbers, drug names or guideline titles shows up
// here. (Source text is never redacted; a written full date in it, such as
// "9 oktober 2025", would be.)
// A question that names its patient ("Mevrouw de Vries, 34 jaar, …") loses
// the name and nothing else.
func TestQuestionSetsUnchanged(t *testing.T) {
	r := redact.New()
	files, err := filepath.Glob("../../eval/datasets/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no question sets: %v", err)
	}
	n := 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			var q struct {
				Question string `json:"question"`
			}
			if err := json.Unmarshal([]byte(line), &q); err != nil {
				t.Fatalf("%s:%d: %v", file, i+1, err)
			}
			n++
			if got := r.String(q.Question); got != q.Question && !onlyNamesRedacted(q.Question, got) {
				t.Errorf("%s:%d: %q\n  redacted to %q", filepath.Base(file), i+1, q.Question, got)
			}
		}
	}
	if n < 270 {
		t.Fatalf("only %d questions checked", n)
	}
}

// onlyNamesRedacted reports whether got is question with names alone
// replaced by [NAAM], each after a form of address: capitalised words,
// with the lower-case particles before them ("Mevrouw de Vries", "Meneer
// van der Berg").
func onlyNamesRedacted(question, got string) bool {
	addressed := regexp.MustCompile(`(?i:(?:^|[^\p{L}])(?:mevrouw|meneer|mw\.|dhr\.)) \[NAAM\]`)
	if !strings.Contains(got, "[NAAM]") || strings.Contains(addressed.ReplaceAllString(got, ""), "[NAAM]") {
		return false // a name only after a form of address: not a drug's
	}
	var pattern strings.Builder
	for i, part := range strings.Split(got, "[NAAM]") {
		if i > 0 {
			pattern.WriteString(`(?:(?:van|de|der|den|ter|ten|het|la|le|du) )*\p{Lu}[\p{L}'-]+`)
		}
		pattern.WriteString(regexp.QuoteMeta(part))
	}
	return regexp.MustCompile("^" + pattern.String() + "$").MatchString(question)
}
