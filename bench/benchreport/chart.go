package benchreport

import (
	"fmt"
	"image/color"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

type series struct {
	label  string
	engine string
	mode   string
	value  func(SearchRow) float64 // < 0: no point
	dashed bool
}

var palette = []color.Color{
	color.RGBA{0x1f, 0x77, 0xb4, 0xff}, color.RGBA{0xd6, 0x27, 0x28, 0xff}, color.RGBA{0x2c, 0xa0, 0x2c, 0xff},
	color.RGBA{0xff, 0x7f, 0x0e, 0xff}, color.RGBA{0x94, 0x67, 0xbd, 0xff}, color.RGBA{0x8c, 0x56, 0x4b, 0xff},
}

// WriteCharts writes prefix+"latency.svg" (p99 search latency against
// corpus size), prefix+"cpu.svg" (CPU time per search of the in-process
// engines) and prefix+"memory.svg" (memory and database size against corpus
// size) and returns their paths.
func WriteCharts(r *Results, prefix string) ([]string, error) {
	p99 := func(s SearchRow) float64 { return s.Latency.P99 }
	lat := []series{
		{"embedded hybrid", EngineEmbedded, "hybrid", p99, false},
		{"embedded dense", EngineEmbedded, "dense", p99, false},
		{"PostgreSQL hybrid", EnginePostgres, "hybrid", p99, false},
		{"chromem-go dense (exact)", EngineChromem, "dense", p99, false},
		{"langchaingo pgvector dense", EngineLangchain, "dense", p99, false},
	}
	memory := func(s SearchRow) float64 { return s.MemoryMB }
	disk := func(s SearchRow) float64 { return s.DiskMB }
	mem := []series{
		{"embedded store: RSS growth", EngineEmbedded, "hybrid", memory, false},
		{"chromem-go: RSS growth", EngineChromem, "dense", memory, false},
		{"embedded store: file size", EngineEmbedded, "hybrid", disk, true},
		{"PostgreSQL store: database size", EnginePostgres, "hybrid", disk, true},
		{"langchaingo pgvector: database size", EngineLangchain, "dense", disk, true},
	}
	cpu := func(s SearchRow) float64 {
		if !s.InProcess {
			return -1
		}
		return s.Latency.CPU
	}
	cpus := []series{
		{"embedded hybrid", EngineEmbedded, "hybrid", cpu, false},
		{"embedded dense", EngineEmbedded, "dense", cpu, false},
		{"chromem-go dense (exact)", EngineChromem, "dense", cpu, false},
	}
	paths := []string{prefix + "latency.svg", prefix + "cpu.svg", prefix + "memory.svg"}
	if err := chart(r, lat, "Search latency (p99, wall clock) against corpus size", "p99 latency (ms)", paths[0]); err != nil {
		return nil, err
	}
	if err := chart(r, cpus, "CPU time per search (in-process engines) against corpus size", "CPU ms per search", paths[1]); err != nil {
		return nil, err
	}
	if err := chart(r, mem, "Memory and storage against corpus size", "MB", paths[2]); err != nil {
		return nil, err
	}
	return paths, nil
}

func chart(r *Results, ss []series, title, ylabel, path string) error {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "corpus size (chunks, log scale)"
	p.Y.Label.Text = ylabel + ", log scale"
	p.X.Scale, p.Y.Scale = plot.LogScale{}, plot.LogScale{}
	p.X.Tick.Marker = sizeTicks(r.Config.Sizes)
	p.Y.Tick.Marker = plot.LogTicks{Prec: -1}
	p.Legend.Top, p.Legend.Left = true, true
	p.Legend.TextStyle.Font.Size = vg.Points(9)
	p.Legend.XOffs = vg.Points(6)
	drawn := 0
	for i, s := range ss {
		var pts plotter.XYs
		for _, n := range r.Config.Sizes {
			row := r.searchRow(s.engine, s.mode, n)
			if row == nil || row.Skipped != "" {
				continue
			}
			if v := s.value(*row); v > 0 {
				pts = append(pts, plotter.XY{X: float64(n), Y: v})
			}
		}
		if len(pts) == 0 {
			continue
		}
		line, points, err := plotter.NewLinePoints(pts)
		if err != nil {
			return err
		}
		c := palette[i%len(palette)]
		line.Color, points.Color = c, c
		line.Width = vg.Points(1.5)
		points.Shape = draw.CircleGlyph{}
		if s.dashed {
			line.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
		}
		p.Add(line, points)
		p.Legend.Add(s.label, line, points)
		drawn++
	}
	if drawn == 0 {
		return fmt.Errorf("chart %s: no data", path)
	}
	// Headroom above the data for the legend (log scale: a factor).
	p.Y.Max *= math.Pow(10, 0.12*float64(drawn))
	return p.Save(18*vg.Centimeter, 12*vg.Centimeter, path)
}

// sizeTicks labels exactly the measured sizes.
type sizeTicks []int

func (t sizeTicks) Ticks(lo, hi float64) []plot.Tick {
	var out []plot.Tick
	s := slices.Clone([]int(t))
	slices.Sort(s)
	for _, n := range s {
		label := fmt.Sprint(n)
		if n >= 1000 && n%1000 == 0 {
			label = fmt.Sprintf("%dk", n/1000)
		}
		out = append(out, plot.Tick{Value: float64(n), Label: label})
	}
	return out
}
