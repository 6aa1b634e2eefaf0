// Package corpus reads the registry of verified sources (corpus/sources.json).
// The registry is how a practice declares which documents are verified: a file
// is verified only when its SHA-256 matches a registry entry.
package corpus

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/bronwijzer/bronwijzer"
)

// Registry is the parsed list of verified sources. Its methods are safe for
// concurrent use; Set changes it in place, so every holder of the pointer (a
// server's upload check, its citations' review dates) sees a change at once.
type Registry struct {
	mu      sync.RWMutex
	about   string
	sources []bronwijzer.Source
	bySHA   map[string]int
	byFile  map[string]int
	byID    map[string]int
}

type registryFile struct {
	About   string              `json:"about"`
	Sources []bronwijzer.Source `json:"sources"`
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,127}$`)

// Load reads a registry file. A missing file is an error; callers that treat
// the registry as optional check os.IsNotExist first.
func Load(path string) (*Registry, error) {
	data, err := os.ReadFile(path) // #nosec G304 -- the registry path is the operator's --registry
	if err != nil {
		return nil, fmt.Errorf("read registry: %w", err)
	}
	reg, err := Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("registry %s: %w", path, err)
	}
	return reg, nil
}

// Parse reads and validates a registry. Every problem is reported with the
// entry it belongs to.
func Parse(r io.Reader) (*Registry, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var f registryFile
	if err := dec.Decode(&f); err != nil {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "ongeldig bronnenregister (invalid registry JSON): %v", err)
	}
	reg, err := New(f.Sources)
	if err != nil {
		return nil, err
	}
	reg.about = f.About
	return reg, nil
}

// New builds a registry from sources after validating them.
func New(sources []bronwijzer.Source) (*Registry, error) {
	reg := &Registry{bySHA: map[string]int{}, byFile: map[string]int{}, byID: map[string]int{}}
	var problems []string
	for i, s := range sources {
		s.SHA256 = strings.ToLower(strings.TrimSpace(s.SHA256))
		if s.Publisher == "" {
			s.Publisher = "unknown"
		}
		if s.Published == "" {
			s.Published = "unknown"
		}
		for _, p := range validate(s) {
			problems = append(problems, fmt.Sprintf("entry %d (%q): %s", i+1, s.ID, p))
		}
		if _, dup := reg.byID[s.ID]; dup {
			problems = append(problems, fmt.Sprintf("entry %d: duplicate id %q", i+1, s.ID))
		}
		if _, dup := reg.bySHA[s.SHA256]; dup && s.SHA256 != "" {
			problems = append(problems, fmt.Sprintf("entry %d (%q): duplicate sha256", i+1, s.ID))
		}
		reg.byID[s.ID] = len(reg.sources)
		reg.bySHA[s.SHA256] = len(reg.sources)
		reg.byFile[s.File] = len(reg.sources)
		reg.sources = append(reg.sources, s)
	}
	if len(problems) > 0 {
		return nil, bronwijzer.Errorf(bronwijzer.EINVALID, "ongeldig bronnenregister (invalid registry): %s", strings.Join(problems, "; "))
	}
	return reg, nil
}

func validate(s bronwijzer.Source) []string {
	var p []string
	if !idPattern.MatchString(s.ID) {
		p = append(p, "id must be lowercase letters, digits, '.', '_' or '-'")
	}
	if strings.TrimSpace(s.Title) == "" {
		p = append(p, "title is required")
	}
	if s.File == "" || filepath.Base(s.File) != s.File {
		p = append(p, "file must be a plain file name")
	}
	if b, err := hex.DecodeString(s.SHA256); err != nil || len(b) != 32 {
		p = append(p, "sha256 must be 64 hex digits")
	}
	if s.Published != "unknown" && !validDate(s.Published) {
		p = append(p, "published must be YYYY, YYYY-MM, YYYY-MM-DD or \"unknown\"")
	}
	switch {
	case s.ReviewBy != "" && !validDate(s.ReviewBy):
		p = append(p, "review_by must be YYYY, YYYY-MM or YYYY-MM-DD")
	case s.ReviewBy != "" && validDate(s.Published) && s.ReviewBy <= s.Published:
		p = append(p, fmt.Sprintf("review_by %s must be after published %s", s.ReviewBy, s.Published))
	}
	if s.Retired != "" && !validDate(s.Retired) {
		p = append(p, "retired must be YYYY, YYYY-MM or YYYY-MM-DD")
	}
	return p
}

var datePattern = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// validDate accepts YYYY, YYYY-MM and real calendar days (no 2025-02-30).
func validDate(s string) bool {
	if !datePattern.MatchString(s) {
		return false
	}
	if len(s) == len(time.DateOnly) {
		_, err := time.Parse(time.DateOnly, s)
		return err == nil
	}
	return true
}

// ValidDate reports whether s is a registry date: YYYY, YYYY-MM or a real
// YYYY-MM-DD.
func ValidDate(s string) bool { return validDate(s) }

// Sources returns the registry's entries in file order.
func (r *Registry) Sources() []bronwijzer.Source {
	if r == nil {
		return nil
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	return append([]bronwijzer.Source(nil), r.sources...)
}

// Set makes r hold next's entries (next itself is not changed).
func (r *Registry) Set(next *Registry) {
	sources, about := next.Sources(), next.aboutText()
	r.mu.Lock()
	defer r.mu.Unlock()
	r.about, r.sources = about, sources
	r.byID, r.bySHA, r.byFile = map[string]int{}, map[string]int{}, map[string]int{}
	for i, s := range sources {
		r.byID[s.ID], r.bySHA[s.SHA256], r.byFile[s.File] = i, i, i
	}
}

func (r *Registry) aboutText() string {
	if r == nil {
		return ""
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.about
}

// Match is the result of looking a file up in the registry.
type Match struct {
	Source   bronwijzer.Source
	Found    bool // an entry names this file or has this digest
	Verified bool // the digest matches the entry: the file is the verified one
	// Mismatch is true when an entry names this file but the digest differs:
	// the file changed since it was verified.
	Mismatch bool
	// Retired is true when the digest matches an entry that was retired: the
	// file is the one once verified, but it is no longer cited as verified.
	Retired bool
}

// Lookup finds the entry for a file by digest first, then by file name.
func (r *Registry) Lookup(fileName, sha256 string) Match {
	if r == nil {
		return Match{}
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	if i, ok := r.bySHA[strings.ToLower(sha256)]; ok {
		s := r.sources[i]
		return Match{Source: s, Found: true, Verified: s.Retired == "", Retired: s.Retired != ""}
	}
	if i, ok := r.byFile[filepath.Base(fileName)]; ok {
		return Match{Source: r.sources[i], Found: true, Mismatch: true}
	}
	return Match{}
}

// Source returns the entry with the given id.
func (r *Registry) Source(id string) (bronwijzer.Source, bool) {
	if r == nil {
		return bronwijzer.Source{}, false
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	i, ok := r.byID[id]
	if !ok {
		return bronwijzer.Source{}, false
	}
	return r.sources[i], true
}
