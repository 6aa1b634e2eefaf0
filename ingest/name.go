package ingest

import (
	"strings"
	"unicode"

	"github.com/bronwijzer/bronwijzer"
)

// maxNameBytes is the longest file name kept, as on common file systems.
const maxNameBytes = 255

// SafeName is the name a file is stored and shown under: the last element
// of name whichever separator it uses ('/' or '\'), without control
// characters (NUL included) or invalid UTF-8. Names that are nothing after
// that ("", ".", "..") or longer than 255 bytes are EINVALID. The name is
// only ever data (registry lookup, document id, Content-Disposition): no
// file is created under it, so a traversal such as "../../etc/passwd" can at
// most name a document "passwd".
func SafeName(name string) (string, error) {
	base := name
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	base = strings.ToValidUTF8(base, "")
	base = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, base)
	base = strings.TrimSpace(base)
	switch {
	case base == "" || base == "." || base == "..":
		return "", bronwijzer.Errorf(bronwijzer.EINVALID,
			"ongeldige bestandsnaam %q: geef een gewone bestandsnaam zoals richtlijn.pdf (invalid file name)", strings.ToValidUTF8(name, "?"))
	case len(base) > maxNameBytes:
		return "", bronwijzer.Errorf(bronwijzer.EINVALID,
			"bestandsnaam is te lang: %d bytes, maximaal %d (file name too long)", len(base), maxNameBytes)
	}
	return base, nil
}
