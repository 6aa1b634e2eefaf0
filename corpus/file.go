package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/bronwijzer/bronwijzer"
)

// File is the registry file being changed, by `bronwijzer sources` and by the
// server's /v1/sources routes alike: each change reads the file again (the
// file is the truth; another process may have changed it), applies the
// change, writes the file atomically (Save) and then updates Live in place,
// so a server's readers see it at once. Changes through one File are
// serialised.
type File struct {
	Path string
	// Live, when set, is the in-memory registry kept in step with the file
	// (Registry.Set after each successful write).
	Live *Registry

	mu sync.Mutex
}

// NewFile returns a File for path that keeps live in step. A nil live
// gets an empty registry, so the holders of Live() share one pointer from
// the start, also when the file does not exist yet.
func NewFile(path string, live *Registry) *File {
	if live == nil {
		live, _ = New(nil) // an empty registry always validates
	}
	return &File{Path: path, Live: live}
}

// Source returns the entry with the given id from the in-memory registry.
func (f *File) Source(id string) (bronwijzer.Source, bool) { return f.Live.Source(id) }

// Sources returns the in-memory registry's entries in file order.
func (f *File) Sources() []bronwijzer.Source { return f.Live.Sources() }

// Add adds (or with replace, replaces) an entry and writes the file;
// created reports that the file did not exist before. An existing id or
// digest is an ECONFLICT error unless replace is set.
func (f *File) Add(s bronwijzer.Source, replace bool) (created bool, err error) {
	err = f.change(func(reg *Registry, isNew bool) (*Registry, error) {
		created = isNew
		return reg.Add(s, replace)
	})
	return created, err
}

// Retire marks source id retired on date (YYYY-MM-DD; an already retired
// source keeps its first date) and writes the file. It returns the entry as
// stored; an unknown id is ENOTFOUND.
func (f *File) Retire(id, date string) (bronwijzer.Source, error) {
	var src bronwijzer.Source
	err := f.change(func(reg *Registry, isNew bool) (*Registry, error) {
		if isNew {
			return nil, bronwijzer.Errorf(bronwijzer.ENOTFOUND, "bron %q niet gevonden: bronnenregister %s bestaat niet", id, f.Path)
		}
		next, err := reg.Retire(id, date)
		if err != nil {
			return nil, err
		}
		src, _ = next.Source(id)
		return next, nil
	})
	return src, err
}

func (f *File) change(apply func(reg *Registry, isNew bool) (*Registry, error)) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	reg, isNew, err := loadForEdit(f.Path)
	if err != nil {
		return err
	}
	next, err := apply(reg, isNew)
	if err != nil {
		return err
	}
	if err := Save(f.Path, next); err != nil {
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "bronnenregister %s kon niet worden geschreven; niets gewijzigd", f.Path)
	}
	if f.Live != nil {
		f.Live.Set(next)
	}
	return nil
}

// loadForEdit reads the registry to change it. A registry that does not
// exist yet starts empty (isNew reports that) when its directory exists;
// one that cannot be read or does not validate is an error, so nothing is
// written over it (EUNAVAILABLE: the request was fine, the file is not).
func loadForEdit(path string) (reg *Registry, isNew bool, err error) {
	if path == "" {
		return nil, false, bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "geen bronnenregister: geef --registry PAD")
	}
	reg, err = Load(path)
	if errors.Is(err, os.ErrNotExist) {
		if _, derr := os.Stat(filepath.Dir(path)); derr != nil {
			return nil, false, bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "bronnenregister %s: map %s bestaat niet", path, filepath.Dir(path))
		}
		reg, err = New(nil)
		return reg, true, err
	}
	if err != nil {
		return nil, false, bronwijzer.Errorf(bronwijzer.EUNAVAILABLE, "bronnenregister %s is niet leesbaar; niets gewijzigd: %s", path, message(err))
	}
	return reg, false, nil
}

// message is the safe text of an error: a bronwijzer error's message, else
// the error itself.
func message(err error) string {
	var e *bronwijzer.Error
	if errors.As(err, &e) && e.Code != bronwijzer.EINTERNAL {
		return e.Message
	}
	return err.Error()
}

// CheckDates checks the dates of a new entry: published is required (YYYY,
// YYYY-MM or a real YYYY-MM-DD), review_by optional and after published.
// The messages name the fields as field names them (e.g. "--published" for
// the command, "published" for the API).
func CheckDates(published, reviewBy string, field func(name string) string) error {
	switch {
	case published == "":
		return bronwijzer.Errorf(bronwijzer.EINVALID, "%s is verplicht (JJJJ-MM-DD)", field("published"))
	case !ValidDate(published):
		return bronwijzer.Errorf(bronwijzer.EINVALID, "%s %q is geen geldige datum (verwacht JJJJ-MM-DD)", field("published"), published)
	case reviewBy != "" && !ValidDate(reviewBy):
		return bronwijzer.Errorf(bronwijzer.EINVALID, "%s %q is geen geldige datum (verwacht JJJJ-MM-DD)", field("review_by"), reviewBy)
	case reviewBy != "" && reviewBy <= published:
		return bronwijzer.Errorf(bronwijzer.EINVALID, "%s %s moet na %s %s liggen", field("review_by"), reviewBy, field("published"), published)
	}
	return nil
}

// NewEntry is a registry entry for a verified file with the given
// metadata: publisher "unknown" when empty, language "nl", text fields
// trimmed. It checks what the registry would refuse (id, title, file name,
// digest), with a message per problem.
func NewEntry(s bronwijzer.Source) (bronwijzer.Source, error) {
	s.Title, s.Publisher = strings.TrimSpace(s.Title), strings.TrimSpace(s.Publisher)
	s.URL, s.Remark = strings.TrimSpace(s.URL), strings.TrimSpace(s.Remark)
	if s.Publisher == "" {
		s.Publisher = "unknown"
	}
	if s.Language == "" {
		s.Language = "nl"
	}
	s.SHA256 = strings.ToLower(s.SHA256)
	if !idPattern.MatchString(s.ID) {
		return s, bronwijzer.Errorf(bronwijzer.EINVALID,
			"ongeldig bron-id %q voor het bronnenregister: gebruik kleine letters, cijfers, '.', '_' of '-', maximaal 128 tekens (id must be lowercase letters, digits, '.', '_' or '-')", s.ID)
	}
	if p := validate(s); len(p) > 0 {
		return s, bronwijzer.Errorf(bronwijzer.EINVALID, "bron %q kan niet in het bronnenregister: %s", s.ID, strings.Join(p, "; "))
	}
	return s, nil
}
