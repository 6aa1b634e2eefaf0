package eval

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
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
	Meta    Meta
	Runs    []Run
	Metrics []metric
	Chart   chart
}

// WriteHTML writes a self-contained HTML report: inline CSS, an inline SVG
// bar chart comparing configurations, the summary table and a per-question
// table per configuration. Everything is escaped by html/template; there is
// no script and no external resource.
func (rep *Report) WriteHTML(w io.Writer) error {
	t, err := htmlTemplate()
	if err != nil {
		return fmt.Errorf("parse report template: %w", err)
	}
	data := htmlData{Meta: rep.Meta, Runs: rep.Runs, Chart: rep.chart()}
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
