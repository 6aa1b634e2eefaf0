package extract

import (
	"slices"
	"strings"
)

// Box-drawing runes: the joints, rules and bars of a table drawn in text,
// in ASCII ("+", "-", "=", "|") or in Unicode's box-drawing block (a
// browser's text dump, a terminal's table printer).

// boxJoint reports a rune where rules and bars meet: "+", "┌", "┼", "╠"…
func boxJoint(r rune) bool {
	switch {
	case r == '+':
		return true
	case r >= 0x250C && r <= 0x254B: // ┌ … ╋, light and heavy joints
		return true
	case r >= 0x2552 && r <= 0x2570: // ╒ … ╬ double joints, ╭ … ╰ rounded
		return true
	}
	return false
}

// boxRule reports a rune of a horizontal rule.
func boxRule(r rune) bool {
	switch r {
	case '-', '=', '─', '━', '═', '┄', '┅', '┈', '┉', '╌', '╍', ':':
		return true
	}
	return false
}

// boxDouble reports a rune of a double or heavy rule: the rule under a
// table's header when the other rules are single.
func boxDouble(r rune) bool { return r == '=' || r == '═' || r == '━' }

// boxBar reports a rune of a vertical bar.
func boxBar(r rune) bool {
	switch r {
	case '|', '│', '┃', '║', '┆', '┇', '┊', '┋', '╎', '╏':
		return true
	}
	return false
}

// boxTop reports the top border of a drawn table, leading spaces allowed:
// joints and rules only, starting and ending with a joint (its columns'
// joints, or none: gridTable).
func boxTop(l string) bool {
	rs := []rune(strings.TrimSpace(l))
	if len(rs) < 5 || !boxJoint(rs[0]) || !boxJoint(rs[len(rs)-1]) || !boxRule(rs[1]) {
		return false
	}
	for _, r := range rs {
		if !boxJoint(r) && !boxRule(r) {
			return false
		}
	}
	return true
}

// boxLine reports a line that goes on with a drawn table: it starts with
// a bar or a joint.
func boxLine(l string) bool {
	l = strings.TrimSpace(l)
	for _, r := range l {
		return boxBar(r) || boxJoint(r)
	}
	return false
}

// edges returns where a line has joints or bars.
func edges(l []rune) []int {
	var out []int
	for p, r := range l {
		if boxJoint(r) || boxBar(r) {
			out = append(out, p)
		}
	}
	return out
}

// barred returns the end of the run of lines from i that are the rows of
// a table drawn with bars and no rules (antiword prints a Word table so:
// "|Kenmerk |Punten |"): minBarredLines or more lines, each opening and
// closing with a bar, their bars where the first line's are, three bars
// at least, none a rule, and no other line of a table right before or
// after them. It returns i when no such run starts there.
func barred(raw []string, i int) int {
	first := []rune(strings.TrimRight(raw[i], " \t\r"))
	bars := edges(first)
	same := func(l []rune) bool {
		return len(l) > 0 && boxBar(l[len(l)-1]) && len(bars) >= 3 && bars[0] < len(l) && boxBar(l[bars[0]]) &&
			slices.Equal(edges(l), bars) && !ruleOnly(l) && strings.TrimSpace(string(l[:bars[0]])) == ""
	}
	// the whole table: no line of bars, rules or DokuWiki's carets right
	// before or after the run (a Markdown table's rows under its
	// delimiter row, a table whose header keeps other bars)
	tableLine := func(k int) bool {
		t := strings.TrimSpace(raw[k])
		return t != "" && strings.ContainsRune("|+^", rune(t[0]))
	}
	if i > 0 && tableLine(i-1) {
		return i
	}
	j := i
	for j < len(raw) && same([]rune(strings.TrimRight(raw[j], " \t\r"))) {
		j++
	}
	if j-i < minBarredLines || j < len(raw) && tableLine(j) {
		return i
	}
	return j
}

// minBarredLines is the fewest lines of a table of bars without rules.
const minBarredLines = 3

// bordered returns the lines of a table of bars with a top and a bottom
// border drawn at its bars, for gridTable.
func bordered(lines []string) []string {
	first := []rune(strings.TrimRight(lines[0], " \t\r"))
	border := make([]rune, len(first))
	for p := range border {
		border[p] = ' '
	}
	bars := edges(first)
	for p := bars[0]; p < len(border); p++ {
		border[p] = '-'
	}
	for _, p := range bars {
		border[p] = '+'
	}
	return slices.Concat([]string{string(border)}, lines, []string{string(border)})
}

// ruleOnly reports a line of rules, joints and bars alone, a rule among
// them.
func ruleOnly(l []rune) bool {
	rule := false
	for _, r := range l {
		switch {
		case boxRule(r):
			rule = true
		case boxJoint(r), boxBar(r), r == ' ':
		default:
			return false
		}
	}
	return rule
}

// ruledRows returns the lines of a drawn table with a rule put above each
// line that starts a row, after the first of a run of lines between rules
// that holds minUnruledRows or more of them: a table drawn without rules
// between its rows (groff's tbl "box", FT-159's score; an ASCII table
// typed by hand, FT-146's source), one row per such line. A line starts a
// row when every column holds text, or every column but the first, whose
// cell then spans the rows (a drug named once beside its populations'
// rows): the rule put above it leaves that column open. A line that
// leaves another column empty is the wrap of the row above ("Contact met
// vermolmd hout of ton‐" over "delzwammen in de afgelopen 3 weken"). A run
// with fewer such lines is one row, its cells wrapped. lines[0] is the
// top border.
func ruledRows(lines [][]rune, bounds []int) [][]rune {
	cols := len(bounds) - 1
	// starts returns the first column the row a line starts holds text
	// in (0 or 1), or -1 when the line starts none
	starts := func(l []rune) int {
		if bounds[cols] >= len(l) || !boxBar(l[bounds[cols]]) {
			return -1
		}
		first := -1
		for c := range cols {
			if !boxBar(l[bounds[c]]) {
				return -1
			}
			filled := strings.TrimSpace(string(l[bounds[c]+1:bounds[c+1]])) != ""
			switch {
			case filled && first < 0:
				first = c
			case !filled && first >= 0:
				return -1
			}
		}
		if first > 1 || first == 1 && cols < 3 {
			return -1
		}
		return first
	}
	rule := func(from int) []rune {
		r := make([]rune, bounds[cols]+1)
		for i := range r {
			r[i] = ' '
			if i > bounds[from] {
				r[i] = '─'
			}
		}
		for c, b := range bounds {
			switch {
			case c < from:
				r[b] = '│'
			case c == cols:
				r[b] = '┤'
			case c == from:
				r[b] = '├'
			default:
				r[b] = '┼'
			}
		}
		return r
	}
	out := [][]rune{lines[0]}
	for i := 1; i < len(lines); {
		j := i
		for j < len(lines) && !ruleOnly(lines[j]) {
			j++
		}
		run, n := lines[i:j], 0
		for _, l := range run {
			if starts(l) >= 0 {
				n++
			}
		}
		for k, l := range run {
			if from := starts(l); n >= minUnruledRows && k > 0 && from >= 0 {
				out = append(out, rule(from))
			}
			out = append(out, l)
		}
		if j < len(lines) {
			out = append(out, lines[j])
		}
		i = j + 1
	}
	return out
}

// minUnruledRows is the fewest lines that start rows making a run of a
// drawn table's lines between rules rows of their own rather than one row
// wrapped: every cell of one row wrapping over three lines is rare.
const minUnruledRows = 3

// gridTable reads a table drawn with rules and bars, in ASCII
// (reStructuredText's and pandoc's grid tables, a table typed in an
// e-mail) or with box-drawing characters (a browser's text dump): its
// columns are the top border's joints (or, where it has none between its
// ends, those of the first rule under it), and each column is read down on
// its own, so a cell ends where a rule crosses its column. A cell that
// spans rows (a drug named once beside all its rows, its name standing
// half-way down, even on a rule that crosses the other columns) gives its
// text to every row it spans; a cell spanning columns gives it to its
// first column. The rows above a double rule ("+===+", "╞═══╡") are the
// header when the other rules are single, else the first row. A line that
// does not keep to the columns makes it no table.
func gridTable(lines []string, vocab map[string]int) (Table, bool) {
	if len(lines) < 3 {
		return Table{}, false
	}
	rs := make([][]rune, len(lines))
	for i, l := range lines {
		rs[i] = []rune(strings.TrimRight(l, " \t\r"))
	}
	bounds := edges(rs[0])
	if len(bounds) < 3 {
		// a top border with no joints of its columns (Links's dump): the
		// columns are the first rule's under it ("|-----+-----|")
		for _, l := range rs[1:] {
			if e := edges(l); len(e) >= 3 && e[0] == bounds[0] && e[len(e)-1] == bounds[len(bounds)-1] && ruleOnly(l) {
				bounds = e
				break
			}
		}
	}
	cols := len(bounds) - 1
	if cols < 2 {
		return Table{}, false
	}
	rs = ruledRows(rs, bounds)
	last := bounds[cols]
	at := func(l []rune, p int) rune {
		if p < len(l) {
			return l[p]
		}
		return ' '
	}
	edge := func(r rune) bool { return boxBar(r) || boxJoint(r) }

	// each column's open cell: its lines and the row it started in; a
	// closed cell spans rows first to last of its column
	type cell struct {
		col, first, last int
		text             string
	}
	open := make([][]string, cols)
	from := make([]int, cols)
	var cells []cell
	closeCell := func(c, row int) {
		if len(open[c]) > 0 {
			cells = append(cells, cell{c, from[c], row, joinHyphenated(open[c], vocab)})
		}
		open[c], from[c] = nil, row+1
	}
	row := 0         // rows closed so far
	var rules []bool // for each rule between rows: double or not
	for _, l := range rs[1:] {
		if len(l) > last+1 || strings.TrimSpace(string(l[:min(bounds[0], len(l))])) != "" || !edge(at(l, bounds[0])) || !edge(at(l, last)) {
			return Table{}, false
		}
		ruled, double := make([]bool, cols), false
		anyRule := false
		for c := 0; c < cols; c++ {
			seg := l[min(bounds[c]+1, len(l)):min(bounds[c+1], len(l))]
			ruled[c] = len(seg) > 0 && bounds[c+1] <= len(l)
			for _, r := range seg {
				ruled[c] = ruled[c] && boxRule(r)
				double = double || boxDouble(r)
			}
			anyRule = anyRule || ruled[c]
		}
		// the text of the columns not ruled, cut at the bars present (a
		// cell spanning columns has none between them)
		for c := 0; c < cols; {
			if ruled[c] {
				c++
				continue
			}
			e := c + 1
			for e < cols && !ruled[e] && !edge(at(l, bounds[e])) {
				e++
			}
			if text := strings.TrimSpace(NormalizeText(string(l[min(bounds[c]+1, len(l)):min(bounds[e], len(l))]))); text != "" {
				open[c] = append(open[c], text)
			}
			c = e
		}
		if anyRule {
			for c := range cols {
				if ruled[c] {
					closeCell(c, row)
				}
			}
			row++
			rules = append(rules, double)
		}
	}
	for c := range cols {
		closeCell(c, row) // a table without its bottom border
	}
	grid := make([][]string, row+1)
	for i := range grid {
		grid[i] = make([]string, cols)
	}
	for _, c := range cells {
		for r := c.first; r <= c.last && r < len(grid); r++ {
			grid[r][c.col] = c.text
		}
	}
	header := 1
	var doubles int
	for _, d := range rules {
		if d {
			doubles++
		}
	}
	if doubles > 0 && doubles < len(rules) {
		for i, d := range rules {
			if d {
				header = i + 1
				break
			}
		}
	}
	var rows [][]string
	var head [][]string
	for i, r := range grid {
		if strings.TrimSpace(strings.Join(r, "")) == "" {
			continue
		}
		if i < header {
			head = append(head, r)
		} else {
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 || len(head) == 0 {
		return Table{}, false
	}
	t := Table{Header: joinHeaderRows(head)}
	for _, r := range rows {
		t.Rows = append(t.Rows, carryFirstCell(t.Rows, r))
	}
	return t, true
}
