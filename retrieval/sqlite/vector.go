package sqlite

import (
	"encoding/binary"
	"fmt"
	"math"
)

// encodeVector stores v as little-endian float32, 4 bytes per component.
func encodeVector(v []float32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}

// decodeVector is the inverse of encodeVector.
func decodeVector(b []byte) ([]float32, error) {
	if len(b)%4 != 0 {
		return nil, fmt.Errorf("embedding blob of %d bytes is not a float32 vector", len(b))
	}
	v := make([]float32, len(b)/4)
	decodeInto(v, b)
	return v, nil
}

// decodeInto fills dst (len(b)/4 long) from b without allocating.
func decodeInto(dst []float32, b []byte) {
	for i := range dst {
		dst[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
}

// dotGo is the portable inner product of two equally long vectors: eight
// independent accumulators, so the additions do not wait on each other,
// over 8-element three-index sub-slices, so the loop body has no bounds
// checks. Measured about as fast as the previous four-accumulator loop
// (about 200 ns at dimension 384 either way: scalar Go does not vectorise),
// so it only matters where the assembly cannot run: on amd64 with AVX2 and
// FMA, dot uses dotAVX2 (about 25 ns).
func dotGo(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3, s4, s5, s6, s7 float32
	i := 0
	for ; i+8 <= len(a); i += 8 {
		x, y := a[i:i+8:i+8], b[i:i+8:i+8]
		s0 += x[0] * y[0]
		s1 += x[1] * y[1]
		s2 += x[2] * y[2]
		s3 += x[3] * y[3]
		s4 += x[4] * y[4]
		s5 += x[5] * y[5]
		s6 += x[6] * y[6]
		s7 += x[7] * y[7]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7))
}
