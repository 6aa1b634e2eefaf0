package eval

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bronwijzer/bronwijzer"
)

func TestLoadDataset(t *testing.T) {
	in := `{"id":"k1","question":"Vraag?","answerable":true,"reference_answer":"Ja.","evidence":[{"document":"a.pdf","quote":"ja"}],"tags":["t"]}

{"id":"u1","question":"Onbekend?","answerable":false,"reference_answer":"","evidence":[],"tags":[]}
{"id":"t1","question":"Dosis?","answerable":true,"reference_answer":"2 dd.","evidence":[{"document":"a.pdf","quote":"2 dd"}],"tags":["tabel"],"subject":" tarvomycine "}
`
	got, err := LoadDataset(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Question{
		{ID: "k1", Question: "Vraag?", Answerable: true, ReferenceAnswer: "Ja.", Evidence: []Evidence{{Document: "a.pdf", Quote: "ja"}}, Tags: []string{"t"}},
		{ID: "u1", Question: "Onbekend?", Evidence: []Evidence{}, Tags: []string{}},
		{ID: "t1", Question: "Dosis?", Answerable: true, ReferenceAnswer: "2 dd.", Evidence: []Evidence{{Document: "a.pdf", Quote: "2 dd"}}, Tags: []string{"tabel"}, Subject: "tarvomycine"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LoadDataset (-want +got):\n%s", diff)
	}
}

func TestLoadDatasetRejects(t *testing.T) {
	good := `{"id":"ok","question":"q","answerable":false}`
	tests := []struct {
		name, line string
		want       string // substring of the problem
	}{
		{"invalid json", `{"id": "x",`, "truncated JSON"},
		{"syntax error", `{"id" "x"}`, "invalid JSON"},
		{"unknown field", `{"id":"x","question":"q","answerable":false,"answer":"y"}`, `unknown field`},
		{"unknown evidence field", `{"id":"x","question":"q","answerable":true,"reference_answer":"r","evidence":[{"document":"d","quote":"q","page":1}]}`, "unknown field"},
		{"wrong type", `{"id":"x","question":"q","answerable":"yes"}`, "wrong type"},
		{"subject wrong type", `{"id":"x","question":"q","answerable":false,"subject":["a"]}`, "wrong type"},
		{"empty subject", `{"id":"x","question":"q","answerable":false,"subject":" "}`, "empty subject"},
		{"missing id", `{"question":"q","answerable":false}`, `"id" ontbreekt`},
		{"missing question", `{"id":"x","answerable":false}`, `"question" ontbreekt`},
		{"missing answerable", `{"id":"x","question":"q"}`, `"answerable" ontbreekt`},
		{"duplicate id", `{"id":"ok","question":"q2","answerable":false}`, "duplicate id"},
		{"answerable without evidence", `{"id":"x","question":"q","answerable":true,"reference_answer":"r"}`, "answerable without evidence"},
		{"answerable without reference", `{"id":"x","question":"q","answerable":true,"evidence":[{"document":"d","quote":"q"}]}`, "missing reference answer"},
		{"unanswerable with evidence", `{"id":"x","question":"q","answerable":false,"evidence":[{"document":"d","quote":"q"}]}`, "unanswerable with evidence"},
		{"unanswerable with reference", `{"id":"x","question":"q","answerable":false,"reference_answer":"r"}`, "unanswerable with reference answer"},
		{"empty quote", `{"id":"x","question":"q","answerable":true,"reference_answer":"r","evidence":[{"document":"d","quote":" "}]}`, "empty quote"},
		{"empty document", `{"id":"x","question":"q","answerable":true,"reference_answer":"r","evidence":[{"document":"","quote":"q"}]}`, "empty document"},
		{"trailing data", good[:len(good)-1] + `,"tags":[]} {}`, "trailing data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadDataset(strings.NewReader(good + "\n" + tt.line + "\n"))
			var de *DatasetError
			if !errors.As(err, &de) {
				t.Fatalf("err = %v, want *DatasetError", err)
			}
			if bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
				t.Errorf("code = %q, want %q", bronwijzer.ErrorCode(err), bronwijzer.EINVALID)
			}
			if len(de.Lines) == 0 || de.Lines[0].Line != 2 || !strings.Contains(de.Lines[0].Problem, tt.want) {
				t.Errorf("problems = %+v, want line 2 with %q", de.Lines, tt.want)
			}
		})
	}
}

// TestLoadDatasetListsAllBadLines proves one error names every bad line.
func TestLoadDatasetListsAllBadLines(t *testing.T) {
	in := "{\n" + `{"id":"a","question":"q","answerable":false}` + "\n" + `{"id":"b"}` + "\n"
	_, err := LoadDataset(strings.NewReader(in))
	var de *DatasetError
	if !errors.As(err, &de) {
		t.Fatalf("err = %v, want *DatasetError", err)
	}
	var lines []int
	for _, l := range de.Lines {
		lines = append(lines, l.Line)
	}
	if diff := cmp.Diff([]int{1, 3, 3}, lines); diff != "" {
		t.Errorf("bad lines (-want +got):\n%s", diff)
	}
	if msg := bronwijzer.ErrorMessage(err); !strings.Contains(msg, "regel 1") || !strings.Contains(msg, "regel 3") {
		t.Errorf("message %q does not name lines 1 and 3", msg)
	}
}

func TestLoadDatasetEmpty(t *testing.T) {
	_, err := LoadDataset(strings.NewReader("\n  \n"))
	if bronwijzer.ErrorCode(err) != bronwijzer.EINVALID {
		t.Errorf("err = %v, want EINVALID", err)
	}
}

func FuzzLoadDataset(f *testing.F) {
	f.Add(`{"id":"k1","question":"q","answerable":true,"reference_answer":"r","evidence":[{"document":"d","quote":"q"}]}`)
	f.Add(`{"id":"u","question":"q","answerable":false}` + "\n{")
	f.Fuzz(func(t *testing.T, in string) {
		qs, err := LoadDataset(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, q := range qs {
			if q.ID == "" || q.Question == "" || q.Answerable != (len(q.Evidence) > 0) {
				t.Fatalf("accepted invalid question %+v", q)
			}
		}
	})
}
