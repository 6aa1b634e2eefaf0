package eval

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
)

//go:embed report.html.tmpl
var reportTemplate string

// htmlTemplate is parsed per call: reports are written once per run, and a
// package-level parsed template would be a global.
func htmlTemplate() (*template.Template, error) {
	return template.New("report").Funcs(template.FuncMap{
		"fmt":    formatValue,
		"get":    func(m metric, s Summary) *float64 { return m.get(s) },
		"pct":    func(v *float64) string { return formatPtr(v, 3) },
		"pages":  pages,
		"deref":  func(b *bool) bool { return b != nil && *b },
		"rank":   func(r *int) int { return *r },
		"misses": MissesOf,
		"tags":   tagTable,
	}).Parse(reportTemplate)
}

func formatPtr(v *float64, digits int) string {
	if v == nil {
		return "-"
	}
	return strconv.FormatFloat(*v, 'f', digits, 64)
}

func pages(start, end int) string {
	if end > start {
		return fmt.Sprintf("p. %d–%d", start, end)
	}
	return fmt.Sprintf("p. %d", start)
}

// htmlData is what the template renders.
type htmlData struct {
	Critical []CriticalError
	Meta     Meta
	Runs     []Run
	Metrics  []metric
	Chart    chart
	Curve    curvePlot
	History  historyPlot
}

// WriteHTML writes a self-contained HTML report: the critical errors
// first, the summary table, an inline SVG risk–coverage plot and bar chart
// comparing configurations, and per configuration its per-tag table and a
// per-question table. Everything is escaped by html/template; there is
// no script and no external resource.
func (rep *Report) WriteHTML(w io.Writer) error {
	t, err := htmlTemplate()
	if err != nil {
		return fmt.Errorf("parse report template: %w", err)
	}
	data := htmlData{Critical: rep.CriticalErrors(), Meta: rep.Meta, Runs: rep.Runs, Chart: rep.chart(), Curve: rep.curvePlot(),
		History: historyPlotOf(rep.History)}
	for _, m := range metrics {
		if m.Key != "faithfulness" || rep.hasFaithfulness() {
			data.Metrics = append(data.Metrics, m)
		}
	}
	if err := t.Execute(w, data); err != nil {
		return fmt.Errorf("write html report: %w", err)
	}
	return nil
}

// chart is a grouped bar chart: one group per rate metric, one bar per
// configuration, bar height = value (0..1). Geometry is computed here so
// the template only places elements.
type chart struct {
	Width, Height int
	Left, AxisX   int // plot's left edge and the x of the axis labels
	Bars          []bar
	Labels        []label
	Legend        []legendItem
	Grid          []gridLine
}

type bar struct {
	X, Y, W, H int
	Fill       string
	Title      string
}

type label struct {
	X, Y int
	Text string
}

type legendItem struct {
	X, Y int
	Fill string
	Name string
}

type gridLine struct {
	Y    int
	Text string
}

var palette = []string{"#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b83280"}

const (
	chartTop    = 30
	chartPlot   = 200 // plot height in px
	chartLeft   = 110 // room for the first rotated label
	chartBarW   = 14
	chartGroupG = 22
)

func (rep *Report) chart() chart {
	var rates []metric
	for _, m := range metrics {
		if m.Rate && (m.Key != "faithfulness" || rep.hasFaithfulness()) {
			rates = append(rates, m)
		}
	}
	n := max(1, len(rep.Runs))
	groupW := n*chartBarW + chartGroupG
	c := chart{Width: chartLeft + len(rates)*groupW + 10, Height: chartTop + chartPlot + 90, Left: chartLeft, AxisX: chartLeft - 34}
	for i := 0; i <= 4; i++ {
		v := float64(i) / 4
		c.Grid = append(c.Grid, gridLine{Y: chartTop + chartPlot - int(v*chartPlot), Text: strconv.FormatFloat(v, 'f', 2, 64)})
	}
	for gi, m := range rates {
		x0 := chartLeft + gi*groupW + chartGroupG/2
		c.Labels = append(c.Labels, label{X: x0 + n*chartBarW, Y: chartTop + chartPlot + 16, Text: m.Label})
		for ri, run := range rep.Runs {
			v := m.get(run.Summary)
			b := bar{X: x0 + ri*chartBarW, W: chartBarW - 2, Fill: palette[ri%len(palette)],
				Title: fmt.Sprintf("%s, %s: %s", run.Config.Name, m.Label, formatValue(m, v))}
			if v != nil {
				b.H = int(min(1, max(0, *v)) * chartPlot)
			}
			b.Y = chartTop + chartPlot - b.H
			c.Bars = append(c.Bars, b)
		}
	}
	for ri, run := range rep.Runs {
		c.Legend = append(c.Legend, legendItem{X: chartLeft + ri*110, Y: 10, Fill: palette[ri%len(palette)], Name: run.Config.Name})
	}
	return c
}

// tagTableData is a run's per-tag table as the template renders it.
type tagTableData struct {
	Header []string
	Rows   [][]string // tag, then one cell per tagColumns
}

func tagTable(s Summary) tagTableData {
	var t tagTableData
	for _, c := range tagColumns {
		t.Header = append(t.Header, c.label)
	}
	for _, tag := range sortedTags(s) {
		row := []string{tag}
		for _, c := range tagColumns {
			row = append(row, formatValue(metric{Rate: c.rate}, c.get(s.ByTag[tag])))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// curvePlot is the risk–coverage plot: coverage on x, risk on y, both 0..1,
// one line per configuration through its points, and a ring at each
// configuration's operating point. Geometry is computed here so the
// template only places elements.
type curvePlot struct {
	Width, Height int
	Left, Top     int
	Right, Bottom int // plot's right and bottom edges
	XTicks        []tick
	YTicks        []tick
	Lines         []curveLine
	Marks         []curveMark
	Legend        []legendItem
}

type tick struct {
	X, Y int
	Text string
}

type curveLine struct {
	Points string // SVG polyline points
	Fill   string
	Dash   string // stroke-dasharray, so configurations that coincide stay visible
	Dots   []curveMark
}

var dashes = []string{"none", "6 3", "2 2", "8 2 2 2", "1 3"}

type curveMark struct {
	X, Y  int
	Fill  string
	Title string
}

const (
	curveLeft = 50
	curveTop  = 30
	curveSize = 240 // plot width and height in px
)

func (rep *Report) curvePlot() curvePlot {
	c := curvePlot{Width: curveLeft + curveSize + 30, Height: curveTop + curveSize + 45,
		Left: curveLeft, Top: curveTop, Right: curveLeft + curveSize, Bottom: curveTop + curveSize}
	for i := 0; i <= 4; i++ {
		v := float64(i) / 4
		text := strconv.FormatFloat(v, 'f', 2, 64)
		c.XTicks = append(c.XTicks, tick{X: curveX(v), Y: c.Bottom + 14, Text: text})
		c.YTicks = append(c.YTicks, tick{X: curveLeft - 6, Y: curveY(v), Text: text})
	}
	for ri, run := range rep.Runs {
		rc := run.Summary.RiskCoverage
		if rc == nil {
			continue
		}
		fill := palette[ri%len(palette)]
		var line curveLine
		line.Fill, line.Dash = fill, dashes[ri%len(dashes)]
		pts := make([]string, 0, len(rc.Points))
		for _, p := range rc.Points {
			x, y := curveX(p.Coverage), curveY(p.Risk)
			pts = append(pts, fmt.Sprintf("%d,%d", x, y))
			line.Dots = append(line.Dots, curveMark{X: x, Y: y, Fill: fill,
				Title: fmt.Sprintf("%s, confidence ≥ %s: coverage %.3f, risk %.3f", run.Config.Name, formatPtr(p.Confidence, 3), p.Coverage, p.Risk)})
		}
		line.Points = strings.Join(pts, " ")
		c.Lines = append(c.Lines, line)
		op := rc.Operating
		if op.Risk != nil {
			c.Marks = append(c.Marks, curveMark{X: curveX(op.Coverage), Y: curveY(*op.Risk), Fill: fill,
				Title: fmt.Sprintf("%s, gegeven antwoorden (operating point): coverage %.3f, risk %.3f", run.Config.Name, op.Coverage, *op.Risk)})
		}
		c.Legend = append(c.Legend, legendItem{X: curveLeft + ri*90, Y: 8, Fill: fill, Name: run.Config.Name})
	}
	return c
}

func curveX(v float64) int { return curveLeft + int(min(1, max(0, v))*curveSize) }
func curveY(v float64) int { return curveTop + curveSize - int(min(1, max(0, v))*curveSize) }

// historyPlot charts the main rate metrics over the saved runs of the
// dataset (--save), oldest left, one line per metric, and lists the runs
// with their values below it. Geometry is computed here so the template
// only places elements.
type historyPlot struct {
	Width, Height int
	Left, Top     int
	Right, Bottom int
	YTicks        []tick
	XLabels       []label
	Lines         []curveLine
	Legend        []legendItem
	Header        []string   // the table's metric columns
	Rows          [][]string // per run: id, time, corpus, config, then one value per Header
}

const (
	historyLeft   = 120 // room for the first rotated date
	historyTop    = 40
	historyPlotH  = 200
	historyStep   = 70 // px between runs
	historyLegend = 165
)

func historyPlotOf(points []HistoryPoint) historyPlot {
	var h historyPlot
	if len(points) == 0 {
		return h
	}
	var rates []metric
	for _, k := range historyMetrics {
		m := metricByKey(k)
		h.Header = append(h.Header, m.Label)
		if m.Rate {
			rates = append(rates, m)
		}
	}
	h.Left, h.Top = historyLeft, historyTop
	h.Right = historyLeft + max(1, len(points)-1)*historyStep
	h.Bottom = historyTop + historyPlotH
	h.Width = max(h.Right+60, historyLeft+len(rates)*historyLegend)
	h.Height = h.Bottom + 80
	for i := 0; i <= 4; i++ {
		v := float64(i) / 4
		h.YTicks = append(h.YTicks, tick{X: historyLeft - 6, Y: historyY(v), Text: strconv.FormatFloat(v, 'f', 2, 64)})
	}
	for i, p := range points {
		h.XLabels = append(h.XLabels, label{X: historyX(i), Y: h.Bottom + 16, Text: p.CreatedAt.UTC().Format("2006-01-02 15:04")})
		row := []string{p.ID, p.CreatedAt.UTC().Format("2006-01-02 15:04"), orDash(p.CorpusVersion), p.Config}
		for _, k := range historyMetrics {
			m := metricByKey(k)
			row = append(row, formatValue(m, m.get(p.Summary)))
		}
		h.Rows = append(h.Rows, row)
	}
	for mi, m := range rates {
		h.Lines = append(h.Lines, historyLine(m, mi, points))
		h.Legend = append(h.Legend, legendItem{X: historyLeft + mi*historyLegend, Y: 8, Fill: palette[mi%len(palette)], Name: m.Label})
	}
	return h
}

// historyLine is one metric's line; a run without a value (a null rate)
// gets no dot and the line skips it.
func historyLine(m metric, mi int, points []HistoryPoint) curveLine {
	line := curveLine{Fill: palette[mi%len(palette)], Dash: dashes[mi%len(dashes)]}
	var pts []string
	for i, p := range points {
		v := m.get(p.Summary)
		if v == nil {
			continue
		}
		x, y := historyX(i), historyY(*v)
		pts = append(pts, fmt.Sprintf("%d,%d", x, y))
		line.Dots = append(line.Dots, curveMark{X: x, Y: y, Fill: line.Fill,
			Title: fmt.Sprintf("%s (%s): %s = %s", p.ID, p.CreatedAt.UTC().Format("2006-01-02 15:04"), m.Label, formatValue(m, v))})
	}
	line.Points = strings.Join(pts, " ")
	return line
}

func historyX(i int) int     { return historyLeft + i*historyStep }
func historyY(v float64) int { return historyTop + historyPlotH - int(min(1, max(0, v))*historyPlotH) }
