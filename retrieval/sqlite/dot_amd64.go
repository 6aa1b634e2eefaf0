//go:build amd64 && !purego

package sqlite

import "golang.org/x/sys/cpu"

// hasAVX2FMA selects the assembly dot product. Read once at start-up by the
// runtime's CPU detection; a constant for the process's life.
var hasAVX2FMA = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// dot is the inner product of two equally long vectors. It is the dense
// scan's whole cost: with AVX2 and FMA it multiplies and adds 32 floats per
// step in four independent registers (dotAVX2, dot_amd64.s); otherwise it
// falls back to dotGo. The summation order differs from dotGo's, so the
// last bits may differ, but every row is scored by the same function, so
// the ranking is still exact over all rows.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	if hasAVX2FMA {
		return dotAVX2(a, b)
	}
	return dotGo(a, b)
}

// dotAVX2 requires len(b) >= len(a).
//
//go:noescape
func dotAVX2(a, b []float32) float32
