package ingest

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// Supported reports whether a file name has an extension the pipeline reads.
// Directory walks take only these; a file named explicitly is always tried so
// that an unsupported type gets its specific error.
func Supported(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf", ".html", ".htm", ".xhtml", ".md", ".markdown", ".txt", ".text":
		return true
	}
	return false
}

// Expand turns files and directories into the sorted list of files to ingest.
// Hidden files and files of unsupported types inside directories are left out.
func Expand(paths []string) ([]string, []Result) {
	var files []string
	var failed []Result
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			failed = append(failed, Result{Path: p, Status: StatusFailed,
				Err: bronwijzer.WrapError(bronwijzer.EINVALID, err, "bestand of map bestaat niet of is niet leesbaar (no such file or directory)")})
			continue
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			hidden := strings.HasPrefix(d.Name(), ".") && path != p
			switch {
			case d.IsDir() && hidden:
				return filepath.SkipDir
			case !d.IsDir() && !hidden && Supported(d.Name()):
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			failed = append(failed, Result{Path: p, Status: StatusFailed,
				Err: bronwijzer.WrapError(bronwijzer.EINVALID, err, "map kan niet worden gelezen (cannot read directory)")})
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, failed
}

// Progress is called after each file with the results so far.
type Progress func(done, total int, last Result)

// Paths ingests files and directories one file at a time. Failures are
// collected, never fatal: the rest of the batch is stored. It stops early
// only when ctx is cancelled.
func (p *Pipeline) Paths(ctx context.Context, paths []string, progress Progress) []Result {
	files, results := Expand(paths)
	for i, f := range files {
		if ctx.Err() != nil {
			results = append(results, Result{Path: f, Status: StatusFailed,
				Err: bronwijzer.WrapError(bronwijzer.ETIMEOUT, ctx.Err(), "afgebroken (cancelled)")})
			continue
		}
		r := p.File(ctx, f)
		results = append(results, r)
		if progress != nil {
			progress(i+1, len(files), r)
		}
	}
	return results
}
