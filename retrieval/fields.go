package retrieval

import (
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// FieldWeight is how much one occurrence of a query term in a chunk's field
// (its section path, table caption, column headers and a row's first cell)
// counts against one
// in its body, in the lexical ranking of every store: BM25 with the term
// frequency tf_body + FieldWeight·tf_field (BM25F with one length, the
// chunk's terms in both fields). A heading names what its passages are about
// in the words a clinician asks with ("Consultatie en verwijzing"), while the
// body may never repeat them; at 1 the field counts as much as the body,
// which is how the section path was indexed before it was a field.
//
// The value is the lower end of the plateau both eval sets share
// (docs/storage.md, "Fields"): on the dev set 1 to 1.5 give the same best
// hit@1, hit@5 and MRR; on the guideline set 1.25 to 1.5 are the best in
// hybrid mode (hit@5 0.918, table dose with its drug 0.982, against 0.905
// and 0.944 at 1). A weight above 1 is also what ranks both passages of
// "Consultatie en verwijzing" first for a question about verwijzing in the
// pluimhoest guideline.
const FieldWeight = 1.25

// Separators of a table row's text as ingest/extract.Table.RowText writes
// it ("Header: cell · Header: cell") and the chunker prefixes its caption
// ("Tabel 2 … — Header: cell"). TestIndexFieldsTableRow checks them against
// extract.Table.RowText.
const (
	cellSeparator    = " · "
	headerSeparator  = ": "
	captionSeparator = " — "
)

// IndexFields splits a chunk into the text of its two lexical fields: the
// body, and the field of its section path, table caption and (for a table
// row) column headers and the row's first cell. A caption or header that a
// table row's text repeats counts once, as field; the first cell, the row's
// subject, counts in both (measured on the guideline set: hit@5 0.864 →
// 0.918, table dose with its drug in one top-5 passage 0.815 → 0.982; the
// dev set unchanged).
func IndexFields(c bronwijzer.Chunk) (body, field string) {
	parts := []string{c.Section}
	body = c.Text
	if c.Caption != "" {
		parts = append(parts, c.Caption)
		body = strings.TrimPrefix(body, c.Caption+captionSeparator)
	}
	if c.Kind == bronwijzer.KindTableRow {
		var headers []string
		body, headers = splitHeaders(body)
		// The first cell is the row's own header, what the row is about
		// ("tarvomycine tablet 250 mg"): it names the row as the column
		// headers name its cells.
		first, _, _ := strings.Cut(body, cellSeparator)
		parts = append(parts, headers...)
		parts = append(parts, first)
	}
	return body, joinNonEmpty(parts, "\n")
}

// RowSubject returns a table row's first cell without its header
// ("tarvomycine tablet 250 mg"), what the row is about, or "" for a passage
// that is no table row. The answerer holds answers to it.
func RowSubject(kind, caption, text string) string {
	if kind != bronwijzer.KindTableRow {
		return ""
	}
	if caption != "" {
		text = strings.TrimPrefix(text, caption+captionSeparator)
	}
	first, _, _ := strings.Cut(text, cellSeparator)
	if _, cell, ok := strings.Cut(first, headerSeparator); ok {
		return cell
	}
	return first
}

// splitHeaders takes the column headers out of a table row's text: the
// words before the first ": " of each cell. A cell without a header whose
// own text holds ": " loses those words to the field; they still count.
func splitHeaders(row string) (cells string, headers []string) {
	parts := strings.Split(row, cellSeparator)
	for i, p := range parts {
		if h, cell, ok := strings.Cut(p, headerSeparator); ok && strings.TrimSpace(h) != "" {
			headers = append(headers, h)
			parts[i] = cell
		}
	}
	return strings.Join(parts, cellSeparator), headers
}

func joinNonEmpty(parts []string, sep string) string {
	var kept []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}
