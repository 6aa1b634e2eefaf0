// Package prompts holds the versioned prompt templates of the LLM answerer,
// embedded in the binary so the prompt a response reports (Version) is the
// prompt that produced it.
//
// Every template keeps passages and the question inside <<<...>>> delimiters
// and calls them data, never instructions; the data function strips the
// delimiter sequences from untrusted text so a passage or question cannot
// close its block and pose as instructions.
package prompts

import (
	"bytes"
	"embed"
	"fmt"
	"strings"
	"text/template"
)

// Version identifies the template set; it changes whenever a template's
// wording does, so answers can be traced to their prompt.
const Version = "answer-v1"

// Refusal is the fixed answer the model must give when the passages do not
// support an answer. It is an unusual token so the answerer can detect it
// reliably in any surrounding text.
const Refusal = "GEEN_ANTWOORD_UIT_BRONNEN"

//go:embed *.tmpl
var files embed.FS

// Passage is one numbered passage as shown to the model.
type Passage struct {
	N         int
	Title     string
	Section   string
	Pages     string // "3" or "3-4"
	Published string
	Text      string
}

// AnswerData fills the answer prompt.
type AnswerData struct {
	Question string
	Passages []Passage
}

// Failure is one sentence that failed citation enforcement.
type Failure struct {
	Sentence string
	Reasons  []string
}

// RepairData fills the repair prompt.
type RepairData struct {
	Question string
	Passages []Passage
	Answer   string
	Failures []Failure
}

// Set is the parsed template set. It is safe for concurrent use.
type Set struct {
	t *template.Template
}

// Load parses the embedded templates.
func Load() (*Set, error) {
	t, err := template.New("prompts").Funcs(template.FuncMap{"data": Data, "refusal": func() string { return Refusal }}).
		Option("missingkey=error").ParseFS(files, "*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("prompts: parse: %w", err)
	}
	for _, name := range []string{Version + ".system.tmpl", Version + ".user.tmpl", Version + ".repair.tmpl"} {
		if t.Lookup(name) == nil {
			return nil, fmt.Errorf("prompts: template %s missing", name)
		}
	}
	return &Set{t: t}, nil
}

// MustLoad is Load for callers that cannot proceed without prompts; the
// templates are embedded and tested, so a failure is a build defect.
func MustLoad() *Set {
	s, err := Load()
	if err != nil {
		panic(err)
	}
	return s
}

// Version returns the template set's version.
func (s *Set) Version() string { return Version }

// Answer renders the system and user messages for a question.
func (s *Set) Answer(d AnswerData) (system, user string, err error) {
	if system, err = s.render(Version+".system.tmpl", nil); err != nil {
		return "", "", err
	}
	user, err = s.render(Version+".user.tmpl", d)
	return system, user, err
}

// Repair renders the system and user messages asking the model to fix the
// sentences that failed enforcement.
func (s *Set) Repair(d RepairData) (system, user string, err error) {
	if system, err = s.render(Version+".system.tmpl", nil); err != nil {
		return "", "", err
	}
	user, err = s.render(Version+".repair.tmpl", d)
	return system, user, err
}

func (s *Set) render(name string, data any) (string, error) {
	var b bytes.Buffer
	if err := s.t.ExecuteTemplate(&b, name, data); err != nil {
		return "", fmt.Errorf("prompts: render %s: %w", name, err)
	}
	return b.String(), nil
}

// Data makes untrusted text safe to place inside a delimited data block: it
// removes the delimiter sequences "<<<" and ">>>" and trims space.
func Data(s string) string {
	s = strings.ReplaceAll(s, "<<<", "‹‹‹")
	s = strings.ReplaceAll(s, ">>>", "›››")
	return strings.TrimSpace(s)
}
