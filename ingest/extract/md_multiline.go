package extract

import (
	"strings"
	"unicode/utf8"
)

// multilineTables rewrites pandoc's multiline tables as pipe tables, which
// the Markdown reader then reads as any other: a rule of dashes, the
// header's lines, a rule of dashes broken under each column, the rows
// apart by blank lines, each cell wrapping within its column, and a
// closing rule (pandoc writes a Word table so, FT-170). Read as Markdown,
// the closing rule had made the last row a heading, and each row's cells
// had run together as a paragraph.
func multilineTables(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		if end, table := multilineTable(lines, i); end > i {
			out = append(out, table...)
			i = end
			continue
		}
		out = append(out, lines[i])
	}
	return out
}

// maxHeaderLines and maxTableLines bound a multiline table's header and
// body.
const (
	maxHeaderLines = 4
	maxTableLines  = 600
)

// multilineTable returns the index of the closing rule of a multiline
// table whose top rule is lines[i], and the table as pipe-table lines; i
// and nil when none starts there.
func multilineTable(lines []string, i int) (int, []string) {
	full := func(l string) bool {
		t := strings.TrimSpace(l)
		return len(t) >= 10 && strings.Trim(t, "-") == ""
	}
	if !full(lines[i]) {
		return i, nil
	}
	r := i + 1
	for r < len(lines) && r <= i+maxHeaderLines && strings.TrimSpace(lines[r]) != "" && !columnRule(lines[r]) {
		r++
	}
	if r == i+1 || r >= len(lines) || !columnRule(lines[r]) {
		return i, nil
	}
	end := r + 1
	for end < len(lines) && end <= r+maxTableLines && !full(lines[end]) {
		end++
	}
	if end >= len(lines) || !full(lines[end]) {
		return i, nil
	}
	starts := ruleSegments([]rune(lines[r]))
	cells := func(group []string) []string {
		row := make([]string, len(starts))
		for _, l := range group {
			rs := []rune(l)
			for c, s := range starts {
				if s >= len(rs) {
					break
				}
				e := len(rs)
				if c+1 < len(starts) {
					e = min(e, starts[c+1])
				}
				if t := strings.TrimSpace(string(rs[s:e])); t != "" {
					row[c] = strings.TrimSpace(row[c] + " " + t)
				}
			}
		}
		return row
	}
	pipe := func(row []string) string {
		for c := range row {
			row[c] = strings.ReplaceAll(row[c], "|", `\|`)
		}
		return "| " + strings.Join(row, " | ") + " |"
	}
	out := []string{"", pipe(cells(lines[i+1 : r])), "|" + strings.Repeat("---|", len(starts))}
	var group []string
	for _, l := range append(lines[r+1:end], "") {
		if strings.TrimSpace(l) != "" {
			group = append(group, l)
			continue
		}
		if len(group) > 0 {
			out = append(out, pipe(cells(group)))
			group = nil
		}
	}
	return end, append(out, "")
}

// columnRule reports a rule of dashes broken into two or more runs, one
// under each column of a pandoc table's header.
func columnRule(l string) bool {
	t := strings.TrimSpace(l)
	return strings.Trim(t, "- ") == "" && strings.Contains(t, " ") && utf8.RuneCountInString(t) >= 10 && len(ruleSegments([]rune(l))) >= 2
}
