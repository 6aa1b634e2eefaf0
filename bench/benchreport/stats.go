package benchreport

import (
	"bufio"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// percentile of sorted durations, nearest rank.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, max(0, int(math.Ceil(p*float64(len(sorted))))-1))]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// median of xs (not modified).
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func minF(xs []float64) float64 { return slices.Min(xs) }
func maxF(xs []float64) float64 { return slices.Max(xs) }

// Latency is the median over repetitions of each repetition's p50 and p99.
type Latency struct {
	P50, P99 float64 // milliseconds
	// CPU is this process's CPU time (user and system, all threads) per
	// operation in milliseconds, median over repetitions: steadier than wall
	// time on a shared machine, and only meaningful for in-process engines.
	CPU    float64
	Reps   int
	PerRep int // operations per repetition
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// measure runs op over n operations, reps times, and returns the medians of
// the per-repetition p50 and p99.
func measure(reps, n int, op func(i int) error) (Latency, error) {
	var p50s, p99s, cpus []float64
	for range reps {
		lat := make([]time.Duration, 0, n)
		cpu0 := cpuTime()
		for i := range n {
			start := time.Now()
			if err := op(i); err != nil {
				return Latency{}, err
			}
			lat = append(lat, time.Since(start))
		}
		cpus = append(cpus, ms(cpuTime()-cpu0)/float64(n))
		slices.Sort(lat)
		p50s = append(p50s, ms(percentile(lat, 0.50)))
		p99s = append(p99s, ms(percentile(lat, 0.99)))
	}
	return Latency{P50: median(p50s), P99: median(p99s), CPU: median(cpus), Reps: reps, PerRep: n}, nil
}

// settle collects garbage and returns freed memory to the OS, so resident
// set figures taken next reflect live data.
func settle() {
	runtime.GC()
	debug.FreeOSMemory()
}

// RSS is the process's resident set size (VmRSS) in bytes.
func RSS() int64 { return procStatusBytes("VmRSS") }

// PeakRSS is the process's peak resident set size (VmHWM) in bytes since the
// last ResetPeakRSS.
func PeakRSS() int64 { return procStatusBytes("VmHWM") }

// ResetPeakRSS resets VmHWM to the current RSS (Linux: "5" to
// /proc/self/clear_refs), so PeakRSS measures one phase. It reports whether
// the kernel allowed it.
func ResetPeakRSS() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

func procStatusBytes(key string) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), key+":"); ok {
			fs := strings.Fields(v)
			n, _ := strconv.ParseInt(fs[0], 10, 64)
			return n << 10
		}
	}
	return 0
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }
