package extract

import (
	"bytes"
	"encoding/binary"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fontProgramText is what the embedded-program fixtures of testdata/pdftext
// show (scripts/gen-pdf-text-fixtures.go).
const fontProgramText = "Controleer de nierfunctie voor metformine."

// testSFNT assembles a TrueType table directory around the given tables.
func testSFNT(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	slices.Sort(tags)
	out := []byte{0, 1, 0, 0, 0, byte(len(tags)), 0, 0, 0, 0, 0, 0}
	off := 12 + 16*len(tags)
	var body []byte
	for _, t := range tags {
		out = append(out, t...)
		out = append(out, 0, 0, 0, 0)
		out = binary.BigEndian.AppendUint32(out, uint32(off+len(body)))
		out = binary.BigEndian.AppendUint32(out, uint32(len(tables[t])))
		body = append(body, tables[t]...)
		for len(body)%4 != 0 {
			body = append(body, 0)
		}
	}
	return append(out, body...)
}

// testCmap12 is a cmap table with one (3,10) format 12 subtable of groups
// {first code, last code, first glyph}.
func testCmap12(groups ...[3]uint32) []byte {
	b := []byte{0, 0, 0, 1, 0, 3, 0, 10, 0, 0, 0, 12, 0, 12, 0, 0}
	b = binary.BigEndian.AppendUint32(b, uint32(16+12*len(groups)))
	b = binary.BigEndian.AppendUint32(b, 0)
	b = binary.BigEndian.AppendUint32(b, uint32(len(groups)))
	for _, g := range groups {
		for _, v := range g {
			b = binary.BigEndian.AppendUint32(b, v)
		}
	}
	return b
}

func TestPDFTrueTypeProgram(t *testing.T) {
	post := []byte{0, 2, 0, 0}
	post = append(post, make([]byte, 28)...)
	post = append(post, 0, 4, 0, 0, 0, 36, 1, 2, 1, 3) // .notdef, A, fi (a new name), uni20AC
	post = append(post, 2, 'f', 'i', 7, 'u', 'n', 'i', '2', '0', 'A', 'C')
	font := testSFNT(map[string][]byte{
		"cmap": testCmap12([3]uint32{'b', 'b', 1}, [3]uint32{0xe000, 0xe000, 2}),
		"post": post,
	})
	p := pdfReadTrueType(font)
	want := map[int]string{1: "b", 2: "ﬁ", 3: "€"} // the cmap's "b" over the post name "A"; no private use
	if diff := cmp.Diff(want, p.gidText); diff != "" {
		t.Errorf("glyph text (-want +got):\n%s", diff)
	}
}

// TestPDFFontProgramMalformed feeds truncated and hostile programs: no
// panic, and a cmap group spanning all 32-bit codes ends within the bound.
func TestPDFFontProgramMalformed(t *testing.T) {
	huge := testSFNT(map[string][]byte{"cmap": testCmap12([3]uint32{0, 0xffffffff, 1}, [3]uint32{0, 0xffffffff, 1})})
	start := time.Now()
	p := pdfReadTrueType(huge)
	if p == nil || len(p.gidText) == 0 {
		t.Fatal("the huge group read nothing")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("a huge cmap group took %v", d)
	}
	for n := range len(huge) {
		pdfReadTrueType(huge[:n])
	}
	for _, b := range [][]byte{nil, []byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\xff\xff\xff\xff"), []byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00")} {
		pdfReadTrueType(b)
	}
}

func TestPDFType1Encoding(t *testing.T) {
	prog := []byte("%!PS-AdobeFont-1.0: X\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n" +
		"dup 1 /C put\ndup 2 /eacute put\ndup 300 /x put\nreadonly def\ncurrentfile eexec\n\x00\x01dup 3 /y put")
	enc, standard := pdfType1Encoding(prog, 0)
	if diff := cmp.Diff(map[int]string{1: "C", 2: "eacute"}, enc); diff != "" || standard {
		t.Errorf("encoding (-want +got):\n%s (standard %v)", diff, standard)
	}
	if _, standard := pdfType1Encoding([]byte("/Encoding StandardEncoding def"), 0); !standard {
		t.Error("StandardEncoding not recognised")
	}
}

func FuzzPDFFontProgram(f *testing.F) {
	f.Add(testSFNT(map[string][]byte{"cmap": testCmap12([3]uint32{'a', 'z', 1})}))
	f.Add([]byte("/Encoding 256 array dup 65 /A put readonly def"))
	f.Add(readFixtureCFF(f))
	f.Fuzz(func(t *testing.T, b []byte) {
		if p := pdfReadTrueType(b); p != nil {
			for gid, s := range p.gidText {
				if gid < 0 || s == "" {
					t.Fatalf("glyph %d → %q", gid, s)
				}
			}
		}
		pdfType1Encoding(b, len(b)/2)
		if enc, _ := pdfCFFEncoding(b); len(enc) > 256 {
			t.Fatalf("%d codes", len(enc))
		}
	})
}

// readFixtureCFF returns the CFF program of testdata/pdftext/cff-builtin.pdf
// (its last stream) as a fuzzing seed.
func readFixtureCFF(tb testing.TB) []byte {
	tb.Helper()
	data := readFixture(tb, "pdftext/cff-builtin.pdf")
	j := bytes.LastIndex(data, []byte("\nendstream"))
	i := bytes.LastIndex(data[:max(j, 0)], []byte("stream\n"))
	if i < 0 || j < i {
		tb.Fatal("no stream in cff-builtin.pdf")
	}
	return data[i+len("stream\n") : j]
}

// TestPDFCFFEncoding: the built-in encoding of a CFF program names its
// glyphs by standard strings and by its own.
func TestPDFCFFEncoding(t *testing.T) {
	enc, standard := pdfCFFEncoding(readFixtureCFF(t))
	if standard || enc[1] != "mu" || enc[2] != "gamma" || enc['S'] != "S" || enc[' '] != "space" {
		t.Errorf("encoding %v (standard %v)", enc, standard)
	}
}
