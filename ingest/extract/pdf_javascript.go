package extract

import (
	"strings"

	"github.com/ledongthuc/pdf"
)

// Active content in PDFs.
//
// A PDF can carry JavaScript in many places: the document's open action and
// the /Next chain behind any action, additional actions (/AA) of the
// catalog, pages, annotations and form fields, the /Names /JavaScript name
// tree, link and bookmark actions (JavaScript, a javascript: URI, the /JS of
// a Rendition), and XFA forms. It can also launch programs (/Launch).
//
// Such files are accepted with a warning, because publishers' guideline
// PDFs do carry harmless scripts (print buttons, form helpers) and refusing
// a verified source would leave the practice without it. Nothing is ever
// executed: Bronwijzer has no JavaScript engine and interprets only page
// content streams, so a script's source never becomes passage text; the
// clinician page shows PDFs in its own viewer with scripting off; and the
// raw file endpoint serves them as a download (Content-Disposition:
// attachment, with Content-Security-Policy: sandbox), because Chromium's
// own viewer runs a document's scripts whatever the CSP (docs/api.md).

// msgPDFLaunch warns about actions that open programs or files.
const msgPDFLaunch = "PDF bevat een actie die een programma of bestand opent (Launch): die wordt nooit uitgevoerd"

// pdfActionBudget bounds the dictionaries one document's walk visits, so a
// hostile file with millions of annotations or a cyclic /Next chain cannot
// keep a core busy.
const pdfActionBudget = 20000

// pdfActiveContent warns about forms, scripts and launch actions.
func pdfActiveContent(r *pdf.Reader, pages []pdfPageRef) []string {
	root := r.Trailer().Key("Root")
	var warnings []string
	if root.Key("AcroForm").Kind() == pdf.Dict {
		warnings = append(warnings, msgPDFForms)
	}
	w := pdfActionWalk{budget: pdfActionBudget, seen: map[string]bool{}}
	w.document(root, pages)
	if w.script {
		warnings = append(warnings, msgPDFJavaScript)
	}
	if w.launch {
		warnings = append(warnings, msgPDFLaunch)
	}
	return warnings
}

// pdfActionWalk visits every action of a document once.
type pdfActionWalk struct {
	script, launch bool
	budget         int
	// seen holds the printed form of visited action dictionaries: the
	// parser hides object numbers, and a dictionary's print shows its
	// references ("7 0 R") without following them, so a cycle repeats a
	// print that is already here.
	seen map[string]bool
}

func (w *pdfActionWalk) done() bool { return w.script && w.launch || w.budget <= 0 }

func (w *pdfActionWalk) document(root pdf.Value, pages []pdfPageRef) {
	w.action(root.Key("OpenAction"))
	w.additional(root.Key("AA"))
	if names := root.Key("Names").Key("JavaScript"); !names.IsNull() {
		w.script = true // a document-level script tree, whatever its entries
	}
	form := root.Key("AcroForm")
	if !form.Key("XFA").IsNull() {
		w.script = true // XFA forms carry their scripts in XML
	}
	w.fields(form.Key("Fields"), 0)
	w.outlines(root.Key("Outlines").Key("First"))
	for _, p := range pages {
		if w.done() {
			return
		}
		w.additional(p.v.Key("AA"))
		annots := p.v.Key("Annots")
		for i := range annots.Len() {
			if w.done() {
				return
			}
			a := annots.Index(i)
			w.action(a.Key("A"))
			w.additional(a.Key("AA"))
		}
	}
}

// action checks an action dictionary and the actions after it (/Next: one
// dictionary or an array of them). A destination array is not an action.
func (w *pdfActionWalk) action(v pdf.Value) {
	for stack := []pdf.Value{v}; len(stack) > 0 && !w.done(); {
		a := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if a.Kind() != pdf.Dict {
			continue
		}
		w.budget--
		key := a.String()
		if w.seen[key] {
			continue
		}
		w.seen[key] = true
		w.classify(a)
		switch next := a.Key("Next"); next.Kind() {
		case pdf.Dict:
			stack = append(stack, next)
		case pdf.Array:
			for i := next.Len() - 1; i >= 0; i-- {
				stack = append(stack, next.Index(i))
			}
		}
	}
}

// classify marks one action: JavaScript, a javascript: URI, a Rendition
// (or any action) with /JS, a Launch.
func (w *pdfActionWalk) classify(a pdf.Value) {
	switch a.Key("S").Name() {
	case "JavaScript":
		w.script = true
	case "URI":
		uri := strings.ToLower(strings.TrimSpace(a.Key("URI").RawString()))
		if strings.HasPrefix(uri, "javascript:") {
			w.script = true
		}
	case "Launch":
		w.launch = true
	}
	if !a.Key("JS").IsNull() {
		w.script = true
	}
}

// additional checks an additional-actions dictionary: each entry (/O, /C,
// /K, /WC, …) is an action.
func (w *pdfActionWalk) additional(aa pdf.Value) {
	if aa.Kind() != pdf.Dict {
		return
	}
	for _, k := range aa.Keys() {
		w.action(aa.Key(k))
	}
}

// fields walks the AcroForm field tree: a field's /A, /AA and its /Kids.
func (w *pdfActionWalk) fields(list pdf.Value, depth int) {
	if depth > 32 {
		return
	}
	for i := range list.Len() {
		if w.done() {
			return
		}
		w.budget--
		f := list.Index(i)
		w.action(f.Key("A"))
		w.additional(f.Key("AA"))
		w.fields(f.Key("Kids"), depth+1)
	}
}

// outlines walks the bookmarks: each item's /A, its children (/First) and
// its siblings (/Next).
func (w *pdfActionWalk) outlines(item pdf.Value) {
	for stack := []pdf.Value{item}; len(stack) > 0 && !w.done(); {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.Kind() != pdf.Dict {
			continue
		}
		w.budget--
		w.action(it.Key("A"))
		stack = append(stack, it.Key("Next"), it.Key("First"))
	}
}
