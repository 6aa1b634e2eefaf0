package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ledongthuc/pdf"

	"github.com/bronwijzer/bronwijzer"
)

// MediaTypePDF is the media type of extracted PDF documents.
const MediaTypePDF = "application/pdf"

// PDFOptions bounds the work spent on one PDF.
type PDFOptions struct {
	MaxPages int           // more pages is ETOOLARGE; 0 means the default
	Timeout  time.Duration // wall-clock limit for the whole extraction; 0 means the default
	// TrustXref hands the cross-reference data to the parser without the
	// check of pdf_repair.go. Only tests set it, to show that a worker
	// process contains what the check prevents (ingest/extract/pdfworker).
	TrustXref bool
}

// SetDefaults fills zero fields: 2000 pages, 60 seconds.
func (o *PDFOptions) SetDefaults() {
	if o.MaxPages <= 0 {
		o.MaxPages = 2000
	}
	if o.Timeout <= 0 {
		o.Timeout = 60 * time.Second
	}
}

// User-facing messages (Dutch, with English in parentheses).
const (
	msgPDFCorrupt   = "PDF kon niet worden gelezen: het bestand is beschadigd of heeft een onbekende structuur (corrupt or unsupported PDF)"
	msgPDFTruncated = "PDF is onvolledig: het einde van het bestand ontbreekt, waarschijnlijk is het afgebroken tijdens downloaden of kopiëren (truncated PDF)"
	msgPDFNoText    = "PDF bevat geen tekstlaag (gescand document?): OCR is nodig voordat het kan worden opgenomen (no text layer)"
	msgPDFEncrypted = "PDF is versleuteld met een wachtwoord; lever een onversleutelde versie aan (password protected)"
	// The parser reads RC4 and AES-128; AES-256 files go through pdfcpu,
	// and one pdfcpu cannot read either (a damaged or unusual security
	// handler) may need no password at all: say what is known.
	msgPDFEncryptionUnsupported = "PDF is beveiligd met een versleuteling (AES-256) die niet kon worden gelezen; " +
		"lever een versie zonder beveiliging aan (unsupported encryption)"
	msgPDFEmpty   = "Het bestand is leeg (empty file)"
	msgPDFNotPDF  = "Het bestand is geen PDF: de kop %PDF ontbreekt (not a PDF)"
	msgPDFTimeout = "PDF-extractie duurde te lang en is afgebroken (extraction timed out)"
	msgPDFBomb    = "PDF bevat op pagina %d een datastroom die uitgepakt groter is dan %d MB (mogelijk een decompressiebom); " +
		"het bestand is niet opgenomen (stream too large)"
	msgPDFForms      = "PDF bevat formuliervelden (AcroForm): alleen de paginatekst is opgenomen, ingevulde veldwaarden niet"
	msgPDFJavaScript = "PDF bevat JavaScript: dat wordt nooit uitgevoerd en niet als tekst opgenomen"
)

// PDF extracts normalised page text with headings and paragraphs from a PDF.
//
// The parser panics on malformed input in many places, so the extraction runs
// in its own goroutine under recover; a panic becomes an EINVALID error. When
// the timeout or ctx ends first, PDF returns at once, but the goroutine cannot
// be killed: it stops at the next page boundary, so one pathological page can
// keep a core busy after PDF has returned.
func PDF(ctx context.Context, data []byte, opts PDFOptions) (*Document, error) {
	opts.SetDefaults()
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "%s", msgPDFEmpty)
	}
	if pdfFindHeader(data) < 0 {
		return nil, bronwijzer.Errorf(bronwijzer.EUNSUPPORTED, "%s", msgPDFNotPDF)
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()

	type result struct {
		doc *Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- result{err: bronwijzer.WrapError(bronwijzer.EINVALID, fmt.Errorf("pdf parser panic: %v", p), "%s", msgPDFCorrupt)}
			}
		}()
		doc, err := extractPDF(ctx, data, opts)
		done <- result{doc, err}
	}()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-ctx.Done():
		return nil, pdfContextError(ctx.Err())
	}
}

func pdfContextError(err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return bronwijzer.WrapError(bronwijzer.ETIMEOUT, err, "%s", msgPDFTimeout)
	}
	return fmt.Errorf("extract pdf: %w", err)
}

// extractPDF does the work of PDF; it may panic.
func extractPDF(ctx context.Context, data []byte, opts PDFOptions) (*Document, error) {
	data, repaired, err := pdfPrepare(data, !opts.TrustXref)
	if err != nil {
		return nil, err
	}
	r, err := pdfOpen(data, &repaired)
	if err != nil {
		return nil, err
	}
	pages, err := pdfPageTree(r, opts.MaxPages)
	if err != nil {
		return nil, err
	}
	raw, warnings, err := pdfReadPages(ctx, pages)
	if err != nil {
		return nil, err
	}
	doc := pdfBuildDocument(raw)
	doc.Warnings = slices.Concat(repaired, pdfActiveContent(r, pages), warnings, doc.Warnings)
	if err := pdfUnreadable(raw, doc); err != nil { // most pages unreadable: say what failed (pdf_quality.go)
		return nil, err
	}
	if !doc.hasText() {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "%s", msgPDFNoText)
	}
	if t := NormalizeText(r.Trailer().Key("Info").Key("Title").Text()); t != "" && !strings.ContainsRune(t, '\n') {
		doc.Title = t
	}
	return doc, nil
}

// pdfOpen opens the file; when the parser cannot read its cross-reference
// data, the file is rebuilt by scanning for objects and opened again, with
// a warning added to repaired. A truncated file is rebuilt only when its
// last object is complete (the cut fell in the xref table at the end): cut
// inside an object, pages are missing and it is refused.
func pdfOpen(data []byte, repaired *[]string) (*pdf.Reader, error) {
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err == nil {
		return r, nil
	}
	truncated := pdfTruncated(err)
	if !pdfRebuildable(err) || len(*repaired) > 0 || truncated && !pdfLastObjectComplete(data) {
		return nil, pdfOpenError(err)
	}
	rebuilt, rerr := pdfRebuild(data)
	if rerr != nil {
		return nil, pdfOpenError(err)
	}
	r, rerr = pdf.NewReader(bytes.NewReader(rebuilt), int64(len(rebuilt)))
	if rerr != nil {
		return nil, pdfOpenError(err)
	}
	if truncated {
		*repaired = append(*repaired, msgPDFTruncatedRepaired)
	} else {
		*repaired = append(*repaired, msgPDFRepaired)
	}
	return r, nil
}

// pdfRebuildable tells open errors a rebuild may cure (a damaged or missing
// xref) from those it cannot (a password, an encryption the parser lacks).
func pdfRebuildable(err error) bool {
	msg := err.Error()
	return !errors.Is(err, pdf.ErrInvalidPassword) && !strings.Contains(msg, "encrypt") && !strings.Contains(msg, "invalid header")
}

func (d *Document) hasText() bool {
	for _, p := range d.Pages {
		if strings.TrimSpace(p.Text) != "" {
			return true
		}
	}
	return false
}

func pdfTruncated(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "%%EOF") || strings.Contains(msg, "%EOF") || strings.Contains(msg, "startxref")
}

// pdfPrepare fixes what the parser would refuse needlessly or could not
// survive (pdf_repair.go) and decrypts; warnings say what was repaired.
func pdfPrepare(data []byte, check bool) ([]byte, []string, error) {
	data, warnings, err := pdfRepair(data, check)
	if err != nil || !pdfLooksEncrypted(data) {
		return data, warnings, err
	}
	dec, err := pdfDecrypt(data)
	if err != nil || bytes.Equal(dec, data) {
		return dec, warnings, err
	}
	// Decrypted streams may now show filters the parser lacks.
	dec, more, err := pdfRepair(dec, check)
	return dec, append(warnings, more...), err
}

// pdfOpenError turns a parser open error into a specific user message.
func pdfOpenError(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "invalid header"):
		return bronwijzer.WrapError(bronwijzer.EUNSUPPORTED, err, "%s", msgPDFNotPDF)
	case pdfTruncated(err):
		return bronwijzer.WrapError(bronwijzer.EINVALID, err, "%s", msgPDFTruncated)
	case strings.Contains(msg, "256-bit encryption"), strings.Contains(msg, "unsupported encryption"), strings.Contains(msg, "encryption version"):
		return bronwijzer.WrapError(bronwijzer.EUNSUPPORTED, err, "%s", msgPDFEncryptionUnsupported)
	case errors.Is(err, pdf.ErrInvalidPassword), strings.Contains(msg, "encrypt"):
		return bronwijzer.WrapError(bronwijzer.EINVALID, err, "%s", msgPDFEncrypted)
	default:
		return bronwijzer.WrapError(bronwijzer.EINVALID, err, "%s", msgPDFCorrupt)
	}
}

// pdfPageRef is a page dictionary with its inherited attributes resolved.
type pdfPageRef struct {
	v, resources pdf.Value
	box          [4]float64 // MediaBox llx lly urx ury
}

// pdfPageTree lists the pages in order by walking the page tree once; the
// library's Reader.Page walks it from the root for every page and re-parses
// each object it touches.
func pdfPageTree(r *pdf.Reader, maxPages int) ([]pdfPageRef, error) {
	root := r.Trailer().Key("Root").Key("Pages")
	if n := int(root.Key("Count").Int64()); n > maxPages {
		return nil, bronwijzer.Errorf(bronwijzer.ETOOLARGE, "PDF heeft %d pagina's; maximaal %d toegestaan (too many pages)", n, maxPages)
	}
	w := pdfTreeWalker{max: maxPages}
	if err := w.walk(root, pdf.Value{}, [4]float64{0, 0, 612, 792}, 0); err != nil {
		return nil, err
	}
	if len(w.pages) == 0 {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "%s", msgPDFCorrupt)
	}
	return w.pages, nil
}

type pdfTreeWalker struct {
	max   int
	nodes int
	pages []pdfPageRef
}

func (w *pdfTreeWalker) walk(node, res pdf.Value, box [4]float64, depth int) error {
	w.nodes++
	if depth > 64 || w.nodes > 4*w.max+1000 {
		return bronwijzer.Errorf(bronwijzer.EINVALID, "%s", msgPDFCorrupt)
	}
	if r := node.Key("Resources"); !r.IsNull() {
		res = r
	}
	if mb := node.Key("MediaBox"); mb.Len() == 4 {
		for i := range 4 {
			box[i] = mb.Index(i).Float64()
		}
	}
	kids := node.Key("Kids")
	if node.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
		if len(w.pages) >= w.max {
			return bronwijzer.Errorf(bronwijzer.ETOOLARGE, "PDF heeft meer dan %d pagina's (too many pages)", w.max)
		}
		w.pages = append(w.pages, pdfPageRef{v: node, resources: res, box: box})
		return nil
	}
	for i := range kids.Len() {
		if err := w.walk(kids.Index(i), res, box, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// pdfOnPage drops the lines of glyphs that lie wholly outside the page's
// MediaBox: text parked beside or above the page, which no viewer shows
// and pdftotext does not read. A line with any glyph on the page keeps all
// its glyphs, also those that run off the page's edge: a table set wider
// than its page (pandoc's LaTeX, FT-07 through XeLaTeX) cut there would
// read "20 mg/kg/d" for "20 mg/kg/dag in 2 giften …", a truncated dose,
// where the file holds the whole cell. A line is the glyphs of one
// direction on one baseline (to the point). A box that holds fewer than
// half of the glyphs is taken for a wrong one, and the page keeps them
// all.
func pdfOnPage(glyphs []pdfGlyph, box [4]float64) []pdfGlyph {
	x0, x1 := min(box[0], box[2]), max(box[0], box[2])
	y0, y1 := min(box[1], box[3]), max(box[1], box[3])
	if x1-x0 < 1 || y1-y0 < 1 {
		return glyphs
	}
	off := func(g pdfGlyph) bool {
		if g.rot != 0 {
			// a turned glyph's extent lies within its size and advance
			// of its origin, in whatever direction
			r := g.size + math.Abs(g.w)
			return g.x < x0-r || g.x > x1+r || g.y < y0-r || g.y > y1+r
		}
		return g.x+max(g.w, 0) <= x0 || g.x >= x1 || g.y+0.8*g.size <= y0 || g.y-0.25*g.size >= y1
	}
	type line struct {
		rot int16
		y   float64
	}
	keys := func(g pdfGlyph) [2]line {
		_, y := pdfRotationFor(g.rot).apply(g.x, g.y)
		return [2]line{{g.rot, math.Floor(y)}, {g.rot, math.Floor(y + 0.5)}}
	}
	outside := make([]bool, len(glyphs))
	shown := map[line]bool{}
	for i, g := range glyphs {
		if outside[i] = off(g); !outside[i] {
			for _, k := range keys(g) {
				shown[k] = true
			}
		}
	}
	n := 0
	for i, g := range glyphs {
		if k := keys(g); outside[i] && !shown[k[0]] && !shown[k[1]] {
			n++
		} else {
			outside[i] = false // on a line the page shows
		}
	}
	if n == 0 || 2*n > len(glyphs) {
		return glyphs
	}
	kept := glyphs[:0]
	for i, g := range glyphs {
		if !outside[i] {
			kept = append(kept, g)
		}
	}
	return kept
}

// pdfRawPage is one page's glyph rows before layout.
type pdfRawPage struct {
	stats  pdfPageStats // text-showing counts for the quality checks (pdf_quality.go)
	number int
	box    [4]float64
	rows   []pdfRow
	rules  []pdfRule  // drawn horizontal and vertical lines (table borders)
	shapes []pdfShape // small filled shapes (drawn bullets)
	bands  []pdfFill  // filled backgrounds in a colour
	forms  int        // Form XObjects drawn
	failed bool       // the content stream could not be interpreted
	// tooLarge: a stream of the page decodes to more than pdfMaxStreamBytes
	tooLarge bool
	running  string // rows removed as running headers and footers (pdfDropRunningRows)
	chars    int    // glyphs shown, including ones that decode to nothing
	bad      int    // glyphs decoding to control or replacement characters
}

// pdfReadPages interprets every page; a page whose content stream panics is
// reported as a warning and the other pages are kept. Pages are spread over
// up to GOMAXPROCS workers (each with its own font cache): the parser's
// Reader only reads immutable state after opening, through io.ReaderAt.
func pdfReadPages(ctx context.Context, pages []pdfPageRef) ([]pdfRawPage, []string, error) {
	raw := make([]pdfRawPage, len(pages))
	workers := min(runtime.GOMAXPROCS(0), 4, len(pages))
	var next atomic.Int64
	var bomb atomic.Int64 // number of the first page found with an oversized stream
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			in := newPDFInterp()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(pages) || ctx.Err() != nil || bomb.Load() != 0 {
					return
				}
				raw[i] = pdfReadPage(in, pages[i], i+1)
				if raw[i].tooLarge {
					bomb.CompareAndSwap(0, int64(i+1))
				}
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, pdfContextError(err)
	}
	if n := bomb.Load(); n != 0 {
		return nil, nil, bronwijzer.Errorf(bronwijzer.ETOOLARGE, msgPDFBomb, n, pdfMaxStreamBytes>>20)
	}
	var warnings []string
	for _, p := range raw {
		if p.failed {
			warnings = append(warnings, fmt.Sprintf("pagina %d: de pagina-inhoud is beschadigd en kon niet (volledig) worden gelezen", p.number))
		}
	}
	return raw, warnings, nil
}

func pdfReadPage(in *pdfInterp, p pdfPageRef, number int) (page pdfRawPage) {
	page = pdfRawPage{number: number, box: p.box}
	in.forms, in.tooLarge = 0, false
	defer func() {
		page.tooLarge = in.tooLarge
		page.rules, page.shapes, page.bands = in.rules, in.shapes, in.bands
		if recover() != nil {
			page.failed = true
			page.rows = pdfRows(in.glyphs) // keep what was read before the damage
		}
	}()
	contents, annots := p.v.Key("Contents"), p.v.Key("Annots")
	if contents.IsNull() && annots.Kind() != pdf.Array {
		return page
	}
	glyphs := in.page(contents, p.resources, annots)
	in.glyphs = pdfOnPage(in.glyphs, p.box)
	glyphs = in.glyphs
	page.box, page.stats = in.upright(p), in.stats // upright frame (pdf_rotate.go); counts for pdf_quality.go
	page.forms = in.forms
	page.chars = len(glyphs)
	for _, g := range glyphs {
		if pdfBadText(g.s) {
			page.bad++
		}
	}
	glyphs, drawn := pdfCharacterRules(glyphs)
	in.rules = append(in.rules, drawn...)
	page.rows = pdfRows(glyphs)
	return page
}
