package extract

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Named CJK CMaps: Type0 fonts without ToUnicode whose /Encoding names one
// of Adobe's predefined CMaps over a legacy byte encoding (GBK-EUC-H,
// 90ms-RKSJ-H, B5pc-H, KSCms-UHC-H …). Their codes are that encoding's
// bytes, one or two per character, so golang.org/x/text decodes them. The
// code → CID tables (Adobe's cmap-resources) are in no Go module, so widths
// are the font's default width, half of it for single-byte codes (the
// half-width Latin range).

// pdfCJKCodec is the byte encoding behind a named CMap and how long its
// codes are.
type pdfCJKCodec struct {
	enc encoding.Encoding
	// codeLen returns the length of the code starting with byte b, followed
	// by next (0 at the end of the string).
	codeLen func(b, next byte) int
}

func pdfCJKFor(cmap string) *pdfCJKCodec {
	name := strings.TrimSuffix(strings.TrimSuffix(cmap, "-H"), "-V")
	twoFrom81 := func(b, _ byte) int {
		if b >= 0x81 && b <= 0xfe {
			return 2
		}
		return 1
	}
	switch {
	case strings.HasPrefix(name, "GBK2K"):
		return &pdfCJKCodec{simplifiedchinese.GB18030, func(b, next byte) int {
			switch {
			case b < 0x81 || b > 0xfe:
				return 1
			case next >= 0x30 && next <= 0x39:
				return 4
			}
			return 2
		}}
	case strings.HasPrefix(name, "GBK"), strings.HasPrefix(name, "GB-EUC"), name == "GBpc-EUC":
		return &pdfCJKCodec{simplifiedchinese.GBK, twoFrom81}
	case strings.HasPrefix(name, "B5"), strings.HasPrefix(name, "ETen-B5"), strings.HasPrefix(name, "HKscs-B5"), strings.HasPrefix(name, "ETenms-B5"):
		return &pdfCJKCodec{traditionalchinese.Big5, twoFrom81}
	case strings.HasSuffix(name, "RKSJ"):
		return &pdfCJKCodec{japanese.ShiftJIS, func(b, _ byte) int {
			if b >= 0x81 && b <= 0x9f || b >= 0xe0 && b <= 0xfc {
				return 2
			}
			return 1
		}}
	case name == "EUC":
		return &pdfCJKCodec{japanese.EUCJP, func(b, _ byte) int {
			switch {
			case b == 0x8f:
				return 3
			case b == 0x8e, b >= 0xa1 && b <= 0xfe:
				return 2
			}
			return 1
		}}
	case strings.HasPrefix(name, "KSC"):
		return &pdfCJKCodec{korean.EUCKR, twoFrom81}
	}
	return nil
}

// codeAt returns the length of the code at raw[i] for a font's encoding:
// 1 for simple fonts, by the codespace ranges of an embedded CMap, by lead
// byte for named CJK CMaps, else 2.
func (f *pdfFont) codeAt(raw string, i int) int {
	switch {
	case !f.twoByte:
		return 1
	case f.spaces != nil:
		return f.spaceCodeAt(raw, i)
	case f.cjk == nil:
		return 2
	}
	next := byte(0)
	if i+1 < len(raw) {
		next = raw[i+1]
	}
	return f.cjk.codeLen(raw[i], next)
}

// nextCode returns the code that starts at raw[i] and its length in bytes
// (codeAt); ok is false when the string ends inside the code.
func (f *pdfFont) nextCode(raw string, i int) (code, n int, ok bool) {
	n = f.codeAt(raw, i)
	if i+n > len(raw) {
		return 0, n, false
	}
	for k := range n {
		code = code<<8 | int(raw[i+k])
	}
	return code, n, true
}

// cjkText decodes one code of a named CJK CMap.
func (f *pdfFont) cjkText(code, n int) string {
	b := make([]byte, n)
	for k := n - 1; k >= 0; k-- {
		b[k] = byte(code) // #nosec G115 -- the low byte, on purpose
		code >>= 8
	}
	out, err := f.cjk.enc.NewDecoder().Bytes(b)
	if err != nil || len(out) == 0 {
		return "\uFFFD"
	}
	return string(out)
}

// spaceCodeAt returns the length of the code at raw[i] by the codespace
// ranges of an embedded CMap: the shortest range that matches, else the
// shortest range's length.
func (f *pdfFont) spaceCodeAt(raw string, i int) int {
	shortest := 4
	for n := 1; n <= 4; n++ {
		for _, c := range f.spaces {
			if len(c.lo) == n {
				shortest = min(shortest, n)
				if c.match(raw, i) {
					return n
				}
			}
		}
	}
	return shortest
}
