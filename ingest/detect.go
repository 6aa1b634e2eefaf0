package ingest

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bronwijzer/bronwijzer"
)

// Media types the pipeline accepts.
const (
	MediaPDF      = "application/pdf"
	MediaHTML     = "text/html"
	MediaMarkdown = "text/markdown"
	MediaText     = "text/plain"
)

// DetectType decides a file's media type from its extension, checked against
// its content: a ".pdf" that is not a PDF is an error, not a text file.
func DetectType(name string, data []byte) (string, error) {
	ext := strings.ToLower(filepath.Ext(name))
	isPDF := bytes.HasPrefix(bytes.TrimLeft(data[:min(len(data), 1024)], "\x00\t\r\n "), []byte("%PDF-"))
	switch ext {
	case ".pdf":
		if !isPDF {
			return "", bronwijzer.Errorf(bronwijzer.EINVALID, "bestand heeft de extensie .pdf maar is geen PDF (geen %%PDF-kop) (not a PDF)")
		}
		return MediaPDF, nil
	case ".html", ".htm", ".xhtml":
		return htmlType(data)
	case ".md", ".markdown":
		return textType(MediaMarkdown, data)
	case ".txt", ".text":
		return textType(MediaText, data)
	}
	if isPDF {
		return MediaPDF, nil
	}
	return "", bronwijzer.Errorf(bronwijzer.EUNSUPPORTED,
		"bestandstype %q wordt niet ondersteund; gebruik PDF, HTML, Markdown of tekst (unsupported file type)", ext)
}

func textType(mediaType string, data []byte) (string, error) {
	if bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0 || !utf8.Valid(data) {
		return "", bronwijzer.Errorf(bronwijzer.EINVALID, "tekstbestand is geen geldige UTF-8-tekst (invalid UTF-8 or binary content)")
	}
	return mediaType, nil
}

// htmlType accepts a web page in any encoding the HTML extractor decodes:
// UTF-8, or a charset the page declares by its BOM or a <meta> (Word's
// "Opslaan als webpagina" writes windows-1252; FT-53's page had been
// refused as invalid UTF-8 before its declaration was read). A page that
// declares nothing and is not UTF-8 is refused by the extractor; NUL bytes
// outside UTF-16 are binary.
func htmlType(data []byte) (string, error) {
	utf16 := bytes.HasPrefix(data, []byte{0xfe, 0xff}) || bytes.HasPrefix(data, []byte{0xff, 0xfe})
	if !utf16 && bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0 {
		return "", bronwijzer.Errorf(bronwijzer.EINVALID, "tekstbestand is geen geldige UTF-8-tekst (invalid UTF-8 or binary content)")
	}
	return MediaHTML, nil
}

var nonID = regexp.MustCompile(`[^a-z0-9]+`)

// DocumentID derives a stable document id from a file name for files that
// have no registry entry: lowercase, non-alphanumerics as '-'.
func DocumentID(name string) string {
	base := strings.ToLower(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)))
	id := strings.Trim(nonID.ReplaceAllString(base, "-"), "-")
	if id == "" {
		id = "document"
	}
	if len(id) > 100 {
		id = strings.TrimRight(id[:100], "-")
	}
	return id
}
