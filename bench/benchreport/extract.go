package benchreport

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/bronwijzer/bronwijzer/ingest/extract"
)

// ExtractRow compares Bronwijzer's PDF extraction with pdftotext on one file.
type ExtractRow struct {
	File         string
	Pages        int
	Seconds      float64 // median over repetitions
	PdftotextSec float64 // median, the same repetitions interleaved; 0: not run
	// CPU time (user and system, all threads) of the extraction in this
	// process and of the pdftotext process, medians: the steadier figures
	// when other work shares the machine.
	CPUSec          float64
	PdftotextCPUSec float64
	Skipped         string // why pdftotext did not run
}

// CPURatio is Bronwijzer's CPU time over pdftotext's.
func (r ExtractRow) CPURatio() float64 { return r.CPUSec / r.PdftotextCPUSec }

// PagesPerSec is Bronwijzer's extraction rate.
func (r ExtractRow) PagesPerSec() float64 { return float64(r.Pages) / r.Seconds }

// Ratio is Bronwijzer's time over pdftotext's (≤ MaxExtractRatio is the
// target).
func (r ExtractRow) Ratio() float64 { return r.Seconds / r.PdftotextSec }

// MaxExtractRatio is the target of issue 12: extraction with table
// detection at most 1.5 times pdftotext's time on every PDF (issue 8 had 2).
const MaxExtractRatio = 1.5

// RunExtraction times extract.PDF and `pdftotext -enc UTF-8 FILE /dev/null`
// (a process per file, as a pipeline built on it would run) on the bundled
// PDFs, the dev guideline PDFs and a generated PDF of cfg.PDFPages pages,
// reps times each, alternating the two so both see the same machine load.
func RunExtraction(ctx context.Context, cfg Config, generated string) ([]ExtractRow, error) {
	files := append(bundledPDFs(cfg.Root), guidelinePDFs(cfg.Root)...)
	files = append(files, generated)
	bin, lookErr := exec.LookPath("pdftotext")
	var rows []ExtractRow
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		row := ExtractRow{File: filepath.Base(f)}
		var ours, theirs, oursCPU, theirsCPU []float64
		for range cfg.Reps {
			start, cpu0 := time.Now(), cpuTime()
			doc, err := extract.PDF(ctx, data, extract.PDFOptions{MaxPages: 10000, Timeout: 10 * time.Minute})
			if err != nil {
				return nil, fmt.Errorf("extract %s: %w", f, err)
			}
			ours = append(ours, time.Since(start).Seconds())
			oursCPU = append(oursCPU, (cpuTime() - cpu0).Seconds())
			row.Pages = len(doc.Pages)
			if lookErr != nil {
				continue
			}
			start = time.Now()
			cmd := exec.CommandContext(ctx, bin, "-enc", "UTF-8", f, os.DevNull)
			if out, err := cmd.CombinedOutput(); err != nil {
				return nil, fmt.Errorf("pdftotext %s: %v: %s", f, err, out)
			}
			theirs = append(theirs, time.Since(start).Seconds())
			theirsCPU = append(theirsCPU, (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds())
		}
		row.Seconds, row.CPUSec = median(ours), median(oursCPU)
		if lookErr != nil {
			row.Skipped = "pdftotext not installed (apt-get install poppler-utils)"
		} else {
			row.PdftotextSec, row.PdftotextCPUSec = median(theirs), median(theirsCPU)
		}
		rows = append(rows, row)
	}
	return rows, nil
}
