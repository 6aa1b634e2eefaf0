package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bronwijzer/bronwijzer"
)

// DefaultAbout is the registry's "about" text when a new registry is written.
const DefaultAbout = "Registry of verified sources. A document is verified when its file's SHA-256 matches an entry here. " +
	"Manage it with 'bronwijzer sources add', 'sources list' and 'sources retire'; unknown metadata is written as \"unknown\", never guessed."

// Add returns a registry with s added. An entry with the same id or the same
// digest is an error unless replace is set; then s takes the place of every
// such entry (at the position of the first). The receiver is not changed.
func (r *Registry) Add(s bronwijzer.Source, replace bool) (*Registry, error) {
	s.SHA256 = strings.ToLower(strings.TrimSpace(s.SHA256))
	sources := r.Sources()
	var clash []int
	for i, old := range sources {
		if old.ID == s.ID || old.SHA256 == s.SHA256 {
			clash = append(clash, i)
		}
	}
	if len(clash) > 0 && !replace {
		old := sources[clash[0]]
		if old.ID == s.ID {
			return nil, bronwijzer.Errorf(bronwijzer.ECONFLICT,
				"bron %q staat al in het bronnenregister; vervang de vermelding expliciet (--replace, of \"replace\": true in de API)", s.ID)
		}
		return nil, bronwijzer.Errorf(bronwijzer.ECONFLICT,
			"dit bestand (SHA-256 %s…) staat al in het bronnenregister als %q; vervang de vermelding expliciet (--replace, of \"replace\": true in de API)", prefix(s.SHA256, 12), old.ID)
	}
	at := len(sources)
	if len(clash) > 0 {
		at = clash[0]
		for _, i := range slices.Backward(clash) {
			sources = slices.Delete(sources, i, i+1)
		}
	}
	sources = slices.Insert(sources, at, s)
	return r.rebuild(sources)
}

// Retire returns a registry where source id is marked retired on date
// (YYYY-MM-DD). An already retired source keeps its first date.
func (r *Registry) Retire(id, date string) (*Registry, error) {
	sources := r.Sources()
	i := slices.IndexFunc(sources, func(s bronwijzer.Source) bool { return s.ID == id })
	if i < 0 {
		return nil, bronwijzer.Errorf(bronwijzer.ENOTFOUND, "bron %q niet gevonden in het bronnenregister", id)
	}
	if sources[i].Retired == "" {
		sources[i].Retired = date
	}
	return r.rebuild(sources)
}

func (r *Registry) rebuild(sources []bronwijzer.Source) (*Registry, error) {
	reg, err := New(sources)
	if err != nil {
		return nil, err
	}
	reg.about = r.aboutText()
	return reg, nil
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// Marshal renders the registry as the committed file is written: two-space
// indentation, keys in the order of bronwijzer.Source, a final newline, no
// HTML escaping, so a change shows as a small diff.
func (r *Registry) Marshal() ([]byte, error) {
	about := r.aboutText()
	if about == "" {
		about = DefaultAbout
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(registryFile{About: about, Sources: nonNil(r.Sources())}); err != nil {
		return nil, fmt.Errorf("encode registry: %w", err)
	}
	return buf.Bytes(), nil
}

func nonNil(s []bronwijzer.Source) []bronwijzer.Source {
	if s == nil {
		return []bronwijzer.Source{}
	}
	return s
}

// Save writes the registry to path atomically: a temporary file in the same
// directory, synced, then renamed over path. Readers see the old or the new
// registry, never half of one; on any error path is unchanged.
func Save(path string, r *Registry) (err error) {
	data, err := r.Marshal()
	if err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write registry: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("write registry: %w", err)
	}
	if err = tmp.Chmod(mode); err != nil {
		return fmt.Errorf("write registry: %w", err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write registry: %w", err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write registry: %w", err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write registry: %w", err)
	}
	return nil
}
