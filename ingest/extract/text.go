package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
)

// Messages for problems with text-based files (shown to clinicians).
const (
	msgTextInvalidUTF8 = "bestand is geen geldige UTF-8-tekst (file is not valid UTF-8)"
	msgTextEmpty       = "bestand bevat geen tekst (file contains no text)"
)

// textBlock is a heading or paragraph before page assembly.
type textBlock struct {
	kind  Kind
	level int
	text  string
}

// Text extracts a plain-text file: paragraphs are separated by blank lines;
// single line breaks inside a paragraph are kept.
func Text(data []byte) (*Document, error) {
	s, err := decodeUTF8(data)
	if err != nil {
		return nil, err
	}
	var blocks []textBlock
	for _, p := range strings.Split(NormalizeText(s), "\n\n") {
		blocks = append(blocks, textBlock{kind: Paragraph, text: p})
	}
	return assemble("text/plain", "", blocks)
}

// decodeUTF8 validates data as UTF-8, drops a byte-order mark and turns
// CRLF and CR line ends into LF (NormalizeText would read "\r\n" as two
// line breaks, a paragraph break).
func decodeUTF8(data []byte) (string, error) {
	if !utf8.Valid(data) {
		return "", bronwijzer.Errorf(bronwijzer.EINVALID, "%s", msgTextInvalidUTF8)
	}
	s := strings.TrimPrefix(string(data), "\ufeff")
	return strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s), nil
}

// assemble builds the single page of a text-based document: block texts
// normalised and joined by blank lines, offsets in runes. Empty blocks are
// dropped; a document without any text is an EINVALID error.
func assemble(mediaType, title string, blocks []textBlock) (*Document, error) {
	page := Page{Number: 1}
	var sb strings.Builder
	pos := 0
	for _, b := range blocks {
		t := normalizeBlock(b.text)
		if t == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
			pos += 2
		}
		n := utf8.RuneCountInString(t)
		blk := Block{Kind: b.kind, Start: pos, End: pos + n}
		if b.kind == Heading {
			blk.Level = b.level
		}
		page.Blocks = append(page.Blocks, blk)
		sb.WriteString(t)
		pos += n
	}
	if len(page.Blocks) == 0 {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "%s", msgTextEmpty)
	}
	page.Text = sb.String()
	if title == "" {
		title = firstHeading(page)
	}
	return &Document{Title: title, MediaType: mediaType, Pages: []Page{page}}, nil
}

// normalizeBlock normalises a block's text and makes sure it cannot contain
// a blank line, which would break the "blocks separated by \n\n" contract.
func normalizeBlock(s string) string {
	s = NormalizeText(s)
	for strings.Contains(s, "\n\n") {
		s = strings.ReplaceAll(s, "\n\n", "\n")
	}
	return s
}

// firstHeading returns the text of the page's first top-most heading, or "".
func firstHeading(p Page) string {
	best := -1
	for i, b := range p.Blocks {
		if b.Kind == Heading && (best < 0 || b.Level < p.Blocks[best].Level) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	b := p.Blocks[best]
	return string([]rune(p.Text)[b.Start:b.End])
}
