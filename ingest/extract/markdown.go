package extract

import (
	"regexp"
	"strings"
)

// Markdown extracts a Markdown file: ATX ("## Kop") and setext (underlined)
// headings, paragraphs (soft line breaks become spaces), list items and
// block quotes as paragraphs, fenced code as a paragraph with its line
// breaks, table rows as one paragraph. Emphasis, code and link markup is
// stripped, keeping link and image text. YAML front matter is skipped. The
// title is the first top heading.
func Markdown(data []byte) (*Document, error) {
	s, err := decodeUTF8(data)
	if err != nil {
		return nil, err
	}
	p := &mdParser{syn: newMDSyntax()}
	p.parse(skipFrontMatter(strings.Split(s, "\n")))
	return assemble("text/markdown", "", p.blocks)
}

// mdSyntax holds the compiled patterns, built per call to keep the package
// free of global state.
type mdSyntax struct {
	atx, setext1, setext2, hrule, fence, item, quote, refDef, tableDelim *regexp.Regexp
	image, link, refLink, autolink, tag, footnote, strong, underscore    *regexp.Regexp
}

func newMDSyntax() *mdSyntax {
	return &mdSyntax{
		atx:        regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`),
		setext1:    regexp.MustCompile(`^ {0,3}=+[ \t]*$`),
		setext2:    regexp.MustCompile(`^ {0,3}-+[ \t]*$`),
		hrule:      regexp.MustCompile(`^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`),
		fence:      regexp.MustCompile("^ {0,3}(`{3,}|~{3,})"),
		item:       regexp.MustCompile(`^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?(.*)|$)`),
		quote:      regexp.MustCompile(`^ {0,3}>[ \t]?(.*)$`),
		refDef:     regexp.MustCompile(`^ {0,3}\[[^\]]+\]:[ \t]*\S`),
		tableDelim: regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$`),
		image:      regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`),
		link:       regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`),
		refLink:    regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`),
		autolink:   regexp.MustCompile(`<((?:https?|mailto|ftp):[^>\s]+)>`),
		tag:        regexp.MustCompile(`<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`),
		footnote:   regexp.MustCompile(`\[\^[^\]]+\]`),
		strong:     regexp.MustCompile(`\*\*|__|~~|` + "`+"),
		underscore: regexp.MustCompile(`(^|[^\p{L}\p{N}])_+|_+([^\p{L}\p{N}]|$)`),
	}
}

type mdKind int

const (
	mdNone mdKind = iota
	mdPara
	mdItem
	mdQuote
	mdTable
)

type mdParser struct {
	syn    *mdSyntax
	blocks []textBlock
	lines  []string // lines of the open block
	kind   mdKind
	fence  string // closing fence while inside fenced code
}

func (p *mdParser) parse(lines []string) {
	for _, line := range lines {
		p.line(line)
	}
	p.flush()
}

func (p *mdParser) line(line string) {
	s := p.syn
	if p.fence != "" {
		if strings.HasPrefix(strings.TrimSpace(line), p.fence) {
			p.flush()
			p.fence = ""
			return
		}
		p.lines = append(p.lines, line)
		return
	}
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "":
		p.flush()
	case s.fence.MatchString(line):
		p.flush()
		p.fence = s.fence.FindStringSubmatch(line)[1]
		p.kind = mdPara
	case s.atx.MatchString(line):
		p.flush()
		m := s.atx.FindStringSubmatch(line)
		p.emit(Heading, len(m[1]), p.inline(m[2]))
	case p.kind == mdPara && len(p.lines) > 0 && s.setext1.MatchString(line):
		p.setext(1)
	case p.kind == mdPara && len(p.lines) > 0 && s.setext2.MatchString(line):
		p.setext(2)
	case s.hrule.MatchString(line):
		p.flush()
	case len(p.lines) == 0 && s.refDef.MatchString(line):
		// link reference definition: markup only
	case s.item.MatchString(line):
		p.flush()
		p.kind = mdItem
		p.lines = append(p.lines, s.item.FindStringSubmatch(line)[1])
	case s.quote.MatchString(line):
		if p.kind != mdQuote {
			p.flush()
			p.kind = mdQuote
		}
		p.lines = append(p.lines, s.quote.FindStringSubmatch(line)[1])
	case strings.Contains(trimmed, "|") && s.tableDelim.MatchString(line):
		if p.kind != mdTable { // header row came as a paragraph line
			p.kind = mdTable
		}
	case p.kind == mdTable && strings.Contains(trimmed, "|"):
		p.lines = append(p.lines, trimmed)
	default:
		if p.kind == mdNone || p.kind == mdTable {
			p.flush()
			p.kind = mdPara
		}
		p.lines = append(p.lines, trimmed)
	}
}

// setext turns the open paragraph into a heading of level.
func (p *mdParser) setext(level int) {
	text := p.inline(strings.Join(p.lines, " "))
	p.lines, p.kind = nil, mdNone
	p.emit(Heading, level, text)
}

func (p *mdParser) flush() {
	if len(p.lines) == 0 {
		p.kind = mdNone
		return
	}
	var text string
	switch {
	case p.fence != "":
		text = strings.Join(p.lines, "\n") // code: no inline markup
	case p.kind == mdTable:
		rows := make([]string, len(p.lines))
		for i, r := range p.lines {
			rows[i] = p.tableRow(r)
		}
		text = strings.Join(rows, "\n")
	default:
		text = p.inline(strings.Join(p.lines, " "))
	}
	p.lines, p.kind = nil, mdNone
	p.emit(Paragraph, 0, text)
}

func (p *mdParser) emit(kind Kind, level int, text string) {
	if strings.TrimSpace(text) != "" {
		p.blocks = append(p.blocks, textBlock{kind: kind, level: level, text: text})
	}
}

func (p *mdParser) tableRow(r string) string {
	cells := strings.Split(strings.Trim(r, "| \t"), "|")
	for i, c := range cells {
		cells[i] = p.inline(strings.TrimSpace(c))
	}
	return strings.Join(cells, " | ")
}

// inline strips inline markup, keeping the visible text. Backslash escapes
// are protected first so "\*" stays a literal asterisk.
func (p *mdParser) inline(t string) string {
	s := p.syn
	t = protectEscapes(t)
	t = s.image.ReplaceAllString(t, "$1")
	t = s.link.ReplaceAllString(t, "$1")
	t = s.refLink.ReplaceAllString(t, "$1")
	t = s.autolink.ReplaceAllString(t, "$1")
	t = s.footnote.ReplaceAllString(t, "")
	t = s.tag.ReplaceAllString(t, "")
	t = s.strong.ReplaceAllString(t, "")
	t = stripStars(t)
	t = s.underscore.ReplaceAllString(t, "$1$2")
	return restoreEscapes(t)
}

// stripStars removes single-asterisk emphasis but keeps an asterisk with
// space on both sides ("2 * 3").
func stripStars(t string) string {
	if !strings.Contains(t, "*") {
		return t
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if t[i] == '*' && !(i > 0 && t[i-1] == ' ' && i+1 < len(t) && t[i+1] == ' ') {
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String()
}

// escapeBase maps an escaped ASCII punctuation character into the Private
// Use Area while inline markup is stripped.
const escapeBase = 0xE000

func protectEscapes(t string) string {
	if !strings.Contains(t, `\`) {
		return t
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if t[i] == '\\' && i+1 < len(t) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", t[i+1]) >= 0 {
			b.WriteRune(rune(escapeBase + int(t[i+1]))) // #nosec G115 -- t[i+1] is an ASCII punctuation byte; the sum is a private-use code point
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String()
}

func restoreEscapes(t string) string {
	return strings.Map(func(r rune) rune {
		if r >= escapeBase && r < escapeBase+128 {
			return r - escapeBase
		}
		return r
	}, t)
}

// skipFrontMatter drops a leading YAML front-matter block ("---" … "---").
func skipFrontMatter(lines []string) []string {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return lines
	}
	for i := 1; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t == "---" || t == "..." {
			return lines[i+1:]
		}
	}
	return lines
}
