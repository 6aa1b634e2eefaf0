// Package extract turns source files (PDF, HTML, Markdown, plain text) into
// normalised page text with block structure (headings, paragraphs, list
// items, table rows and notes), the input of the chunker.
package extract

// Kind tells what a block is.
type Kind int

const (
	Paragraph Kind = iota
	Heading
	// ListItem is one item of a bullet or numbered list; Level is its
	// nesting depth (1 = top). The paragraph before the first item is the
	// list's lead-in ("… bij een of meer van de volgende alarmsymptomen:").
	ListItem
	// Caption is a table's caption ("Tabel 2 Dosering …"); Table names it.
	Caption
	// TableRow is one body row of a table, its text rendered by
	// Table.RowText ("Middel: tarvomycine · Kinderen: 12 mg/kg/dag");
	// Table names the table and Row the row.
	TableRow
	// Note is a footnote, endnote, entry of a numbered reference list or a
	// URL list: kept apart from the content, never retrieved. Label is its
	// marker ("1", "12") when it has one.
	Note
)

// Block is a typed span of a page. Start and End are rune offsets into
// Page.Text (End exclusive); Text == string([]rune(Page.Text)[Start:End]).
type Block struct {
	Kind  Kind
	Level int // heading level (1 = top) or list nesting depth; 0 otherwise
	Start int
	End   int
	Table int    // Caption, TableRow: 1-based index into Document.Tables
	Row   int    // TableRow: 0-based index into the table's Rows
	Label string // Note: its marker; ListItem: its number or bullet as printed
	// Notes are the markers of notes referenced from this block ("hoger.1"):
	// the markers are removed from the text and kept here as links.
	Notes []string
}

// Page is one page of extracted text. Number is 1-based and exact (the PDF's
// page index); HTML and Markdown files are a single page 1, a text file one
// page a form feed starts (formFeedPages).
type Page struct {
	Number int
	Text   string // normalised text, blocks separated by "\n\n"
	Blocks []Block
	// Running is the text of the rows a PDF page's layout set aside as
	// running headers, footers and page numbers, one row a line: read,
	// but kept out of Text and of every passage. The robustness report
	// (cmd/pdfreport) counts it as read.
	Running string
}

// Document is the extraction result of one file.
type Document struct {
	Title     string // from metadata or the first heading; may be ""
	MediaType string
	Pages     []Page
	Tables    []Table  // every detected table, in reading order
	Warnings  []string // per-page quality problems, e.g. "pagina 3: geen tekst"
}
