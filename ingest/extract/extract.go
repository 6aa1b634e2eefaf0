// Package extract turns source files (PDF, HTML, Markdown, plain text) into
// normalised page text with block structure (headings and paragraphs), the
// input of the chunker.
package extract

// Kind tells what a block is.
type Kind int

const (
	Paragraph Kind = iota
	Heading
)

// Block is a heading or paragraph on a page. Start and End are rune offsets
// into Page.Text (End exclusive); Text == string([]rune(Page.Text)[Start:End]).
type Block struct {
	Kind  Kind
	Level int // heading level, 1 = top; 0 for paragraphs
	Start int
	End   int
}

// Page is one page of extracted text. Number is 1-based and exact (the PDF's
// page index); HTML, Markdown and text files are a single page 1.
type Page struct {
	Number int
	Text   string // normalised text, blocks separated by "\n\n"
	Blocks []Block
}

// Document is the extraction result of one file.
type Document struct {
	Title     string // from metadata or the first heading; may be ""
	MediaType string
	Pages     []Page
	Warnings  []string // per-page quality problems, e.g. "pagina 3: geen tekst"
}
