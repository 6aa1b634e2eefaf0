//go:build ignore

// gen-bad-pdfs writes the damaged and unusual PDFs of
// ingest/extract/testdata/bad, one per class of real-world trouble the
// extractor must survive (issue 14): cross-reference tables that make a
// parser allocate without bound, headers after a banner or with trailing
// blanks, stream filters the parser lacks, and xref tables that point
// nowhere. Every file is small and written from scratch here; no third-party
// test file is used.
//
//	go run scripts/gen-bad-pdfs.go [-out ingest/extract/testdata/bad]
package main

import (
	"bytes"
	"compress/zlib"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/filter"
)

// The sentence every readable file shows, so tests can check the text.
const sentence = "Controleer de nierfunctie voor het starten van metformine."

func main() {
	out := flag.String("out", "ingest/extract/testdata/bad", "output directory")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o750); err != nil {
		log.Fatal(err)
	}
	files := map[string][]byte{
		"xref-huge-object.pdf":      xrefHugeObject(),
		"xref-stream-huge-size.pdf": xrefStreamHugeSize(),
		"xref-offsets-wrong.pdf":    xrefOffsetsWrong(),
		"xref-missing.pdf":          xrefMissing(),
		"truncated-in-xref.pdf":     truncatedInXref(),
		"incremental-update.pdf":    incrementalUpdate(),
		"objstm-large.pdf":          objstmLarge(3000),
		"header-banner.pdf":         headerBanner(),
		"header-trailing-blank.pdf": headerTrailingBlank(),
		"filter-lzw.pdf":            filtered(filter.LZW),
		"filter-asciihex.pdf":       filtered(filter.ASCIIHex),
		"filter-runlength.pdf":      filtered(filter.RunLength),
		"filter-chain.pdf":          filtered(filter.ASCIIHex, filter.LZW),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(*out, name), data, 0o600); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%-28s %6d bytes\n", name, len(data))
	}
}

// pdfFile is a PDF under construction: objects numbered from 1, written in
// order, their offsets recorded for the xref table.
type pdfFile struct {
	b       bytes.Buffer
	offsets []int
}

func newPDF(header string) *pdfFile {
	f := &pdfFile{}
	f.b.WriteString(header)
	return f
}

func (f *pdfFile) obj(body string) {
	f.offsets = append(f.offsets, f.b.Len())
	fmt.Fprintf(&f.b, "%d 0 obj\n%s\nendobj\n", len(f.offsets), body)
}

// page writes the catalog, page tree, page and font as objects 1 to 4 and
// the content stream (with its filter entry, if any) as object 5.
func (f *pdfFile) page(filterEntry string, content []byte) {
	f.obj("<< /Type /Catalog /Pages 2 0 R >>")
	f.obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	f.obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
	f.obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	f.offsets = append(f.offsets, f.b.Len())
	fmt.Fprintf(&f.b, "5 0 obj\n<< /Length %d%s >>\nstream\n", len(content), filterEntry)
	f.b.Write(content)
	f.b.WriteString("\nendstream\nendobj\n")
}

// xref writes a classic xref table for the objects, offsets shifted by
// shift, and the trailer; extra goes after the regular subsection.
func (f *pdfFile) xref(shift int, extra string) []byte {
	start := f.b.Len()
	fmt.Fprintf(&f.b, "xref\n0 %d\n0000000000 65535 f \n", len(f.offsets)+1)
	for _, o := range f.offsets {
		fmt.Fprintf(&f.b, "%010d 00000 n \n", o+shift)
	}
	f.b.WriteString(extra)
	fmt.Fprintf(&f.b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(f.offsets)+1, start)
	return f.b.Bytes()
}

func content() []byte {
	return []byte(fmt.Sprintf("BT /F1 12 Tf 72 720 Td (%s) Tj ET", sentence))
}

// xrefHugeObject is the 627-byte crash file of issue 14: a second xref
// subsection starting at object 4294967296 makes a parser that sizes its
// table by the highest object number allocate about 128 GiB.
func xrefHugeObject() []byte {
	f := newPDF("%PDF-1.4\n")
	f.page("", content())
	return f.xref(0, "0000000004294967296 3\n0000000009 00000 n \n0000000009 00000 n \n0000000009 00000 n \n")
}

// xrefStreamHugeSize has a cross-reference stream whose /Size claims 2^32
// objects: a parser that makes its table /Size long allocates 128 GiB.
func xrefStreamHugeSize() []byte {
	f := newPDF("%PDF-1.5\n")
	f.page("", content())
	var rows bytes.Buffer
	rows.Write([]byte{0, 0, 0, 0, 0xff, 0xff})
	for _, o := range f.offsets {
		rows.Write([]byte{1, byte(o >> 16), byte(o >> 8), byte(o), 0, 0})
	}
	start := f.b.Len()
	fmt.Fprintf(&f.b, "6 0 obj\n<< /Type /XRef /Size 4294967296 /Index [0 6] /W [1 3 2] /Root 1 0 R /Length %d >>\nstream\n", rows.Len())
	f.b.Write(rows.Bytes())
	fmt.Fprintf(&f.b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", start)
	return f.b.Bytes()
}

// xrefOffsetsWrong points every xref entry 7 bytes off, as a file edited
// by hand or re-saved with other line endings does.
func xrefOffsetsWrong() []byte {
	f := newPDF("%PDF-1.4\n")
	f.page("", content())
	return f.xref(7, "")
}

// xrefMissing has no xref table at all: startxref points past the end.
func xrefMissing() []byte {
	f := newPDF("%PDF-1.4\n")
	f.page("", content())
	fmt.Fprintf(&f.b, "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", f.b.Len()+5000)
	return f.b.Bytes()
}

// truncatedInXref is cut in the middle of its xref table, as a download
// that stopped a few hundred bytes early: every object is there, the end
// of the file (xref, trailer, startxref, %%EOF) is not.
func truncatedInXref() []byte {
	f := newPDF("%PDF-1.4\n")
	f.page("", content())
	data := f.xref(0, "")
	return data[:bytes.Index(data, []byte("xref\n"))+60]
}

// incrementalUpdate is well formed: a file saved twice, its second xref
// section and trailer appended with /Prev pointing at the first, as every
// "save" of an editor that appends does. Its text is the sentence with a
// second line added by the update.
func incrementalUpdate() []byte {
	f := newPDF("%PDF-1.4\n")
	f.page("", content())
	data := f.xref(0, "")
	prev := bytes.Index(data, []byte("\nxref\n")) + 1
	var b bytes.Buffer
	b.Write(data)
	off := b.Len()
	added := fmt.Sprintf("BT /F1 12 Tf 72 720 Td (%s) Tj 0 -20 Td (Bijgewerkt bij de tweede versie.) Tj ET", sentence)
	fmt.Fprintf(&b, "5 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n", len(added), added)
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n5 1\n%010d 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", off, prev, xref)
	return b.Bytes()
}

// objstmLarge keeps n annotations of its page in one object stream,
// indexed by a cross-reference stream. The parser inflates an object
// stream from its start for every object it resolves from it: n objects
// cost n²/2 objects' worth of inflating (a file of pdf.js's suite with
// 32,000 objects per stream ran past every time limit).
func objstmLarge(n int) []byte {
	f := newPDF("%PDF-1.5\n")
	annots := make([]string, n)
	for i := range n {
		annots[i] = fmt.Sprintf("%d 0 R", 6+i)
	}
	f.obj("<< /Type /Catalog /Pages 2 0 R >>")
	f.obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	f.obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [" +
		strings.Join(annots, " ") + "] >>")
	f.obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	f.obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content()), content()))
	var head, body bytes.Buffer
	for i := range n {
		fmt.Fprintf(&head, "%d %d ", 6+i, body.Len())
		fmt.Fprintf(&body, "<< /Type /Annot /Subtype /Text /Rect [%d 0 %d 1] /Contents (Opmerking %d) >> ", i, i+1, i)
	}
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(head.Bytes()) //nolint:errcheck // bytes.Buffer
	w.Write(body.Bytes()) //nolint:errcheck // bytes.Buffer
	w.Close()             //nolint:errcheck // bytes.Buffer
	stm := 6 + n
	f.offsets = append(f.offsets, f.b.Len())
	fmt.Fprintf(&f.b, "%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n", stm, n, head.Len(), z.Len())
	f.b.Write(z.Bytes())
	f.b.WriteString("\nendstream\nendobj\n")
	var rows bytes.Buffer
	row := func(typ byte, a, b int) {
		rows.Write([]byte{typ, byte(a >> 24), byte(a >> 16), byte(a >> 8), byte(a), byte(b >> 8), byte(b)})
	}
	row(0, 0, 0xffff)
	for _, o := range f.offsets[:5] {
		row(1, o, 0)
	}
	for i := range n {
		row(2, stm, i)
	}
	row(1, f.offsets[5], 0)
	start := f.b.Len()
	row(1, start, 0)
	fmt.Fprintf(&f.b, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n", stm+1, stm+2, rows.Len())
	f.b.Write(rows.Bytes())
	fmt.Fprintf(&f.b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", start)
	return f.b.Bytes()
}

// headerBanner has a mail gateway's banner before the header; offsets count
// from the start of the file, banner included.
func headerBanner() []byte {
	f := newPDF("Gescand door MailGate 3.1 -- virusvrij\r\n%PDF-1.6\n")
	f.page("", content())
	return f.xref(0, "")
}

// headerTrailingBlank has "%PDF-1.7 " with a trailing blank.
func headerTrailingBlank() []byte {
	f := newPDF("%PDF-1.7 \n")
	f.page("", content())
	return f.xref(0, "")
}

// filtered encodes the content stream with the given filters, the first
// applied last (as /Filter lists them).
func filtered(names ...string) []byte {
	data := content()
	for i := len(names) - 1; i >= 0; i-- {
		fl, err := filter.NewFilter(names[i], nil)
		if err != nil {
			log.Fatal(err)
		}
		r, err := fl.Encode(bytes.NewReader(data))
		if err != nil {
			log.Fatal(err)
		}
		if data, err = io.ReadAll(r); err != nil {
			log.Fatal(err)
		}
	}
	entry := " /Filter ["
	for _, n := range names {
		entry += " /" + n
	}
	f := newPDF("%PDF-1.4\n")
	f.page(entry+" ]", data)
	return f.xref(0, "")
}
