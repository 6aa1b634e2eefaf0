package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer"
	"github.com/bronwijzer/bronwijzer/retrieval"
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

// BulkStore stores many document versions in one load
// (retrieval/postgres's BulkPut, which rebuilds its indexes once instead of
// updating them per passage).
type BulkStore interface {
	BulkPut(ctx context.Context, docs []bronwijzer.Document, chunks [][]bronwijzer.Chunk) ([]retrieval.PutResult, error)
}

// StatusPrepared is reported by BulkPaths' progress while files are being
// prepared, before the one bulk load stores them.
const StatusPrepared = "prepared"

// BulkPaths is Paths for an initial load: every file is prepared first
// (extracted, chunked, embedded), then all versions are stored with one
// BulkPut. A file that fails to prepare is reported and left out, as in
// Paths; if the bulk load fails, every prepared file fails with its error
// and nothing is stored.
func (p *Pipeline) BulkPaths(ctx context.Context, paths []string, bulk BulkStore, progress Progress) []Result {
	files, results := Expand(paths)
	var preps []*prepared
	var at []int // index in results of each prepared file
	for i, f := range files {
		start := time.Now()
		res := Result{Path: f}
		data, err := p.readFile(f)
		var prep *prepared
		if err == nil {
			prep, err = p.prepare(ctx, Input{Name: filepath.Base(f), Data: data}, &res)
		}
		res.Duration = time.Since(start)
		switch {
		case err != nil:
			res.Status, res.Err = StatusFailed, err
		case prep != nil:
			res.Status = StatusPrepared
			preps, at = append(preps, prep), append(at, len(results))
		}
		results = append(results, res)
		if progress != nil {
			progress(i+1, len(files), res)
		}
	}
	if len(preps) == 0 {
		return results
	}
	docs := make([]bronwijzer.Document, len(preps))
	chunks := make([][]bronwijzer.Chunk, len(preps))
	for i, prep := range preps {
		docs[i], chunks[i] = prep.doc, prep.chunks
	}
	puts, err := bulk.BulkPut(ctx, docs, chunks)
	for i, j := range at {
		if err != nil {
			results[j].Status, results[j].Err = StatusFailed, writeFailed(fmt.Errorf("bulk load: %w", err))
			continue
		}
		recordPut(&results[j], puts[i])
	}
	return results
}
