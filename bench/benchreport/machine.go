package benchreport

import (
	"bufio"
	"context"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Machine describes where the figures were measured.
type Machine struct {
	CPU      string
	Cores    int
	MemoryGB float64
	Go       string
	OS       string
	Date     time.Time
	Postgres string // server and pgvector versions, or why skipped
}

// DescribeMachine reads /proc/cpuinfo and /proc/meminfo.
func DescribeMachine() Machine {
	m := Machine{Cores: runtime.NumCPU(), Go: runtime.Version(), OS: runtime.GOOS + "/" + runtime.GOARCH, Date: time.Now().UTC()}
	m.CPU = procField("/proc/cpuinfo", "model name")
	if kb := procField("/proc/meminfo", "MemTotal"); kb != "" {
		n, _ := strconv.ParseFloat(strings.Fields(kb)[0], 64)
		m.MemoryGB = n / (1 << 20)
	}
	if b, err := os.ReadFile("/etc/os-release"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "PRETTY_NAME="); ok {
				m.OS = strings.Trim(v, `"`) + " " + m.OS
			}
		}
	}
	return m
}

func procField(path, key string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// LoadSampler records the 1-minute load average every interval while the
// report runs.
type LoadSampler struct {
	mu      sync.Mutex
	samples []float64
	stop    context.CancelFunc
	done    chan struct{}
}

// StartLoadSampler samples now and then every interval until Stop.
func StartLoadSampler(interval time.Duration) *LoadSampler {
	ctx, cancel := context.WithCancel(context.Background())
	s := &LoadSampler{stop: cancel, done: make(chan struct{})}
	s.sample()
	go func() {
		defer close(s.done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				s.sample()
			}
		}
	}()
	return s
}

func (s *LoadSampler) sample() {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return
	}
	v, err := strconv.ParseFloat(f[0], 64)
	if err != nil {
		return
	}
	s.mu.Lock()
	s.samples = append(s.samples, v)
	s.mu.Unlock()
}

// Stop ends sampling and returns min, median and max of the samples.
func (s *LoadSampler) Stop() (lo, med, hi float64) {
	s.sample()
	s.stop()
	<-s.done
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.samples) == 0 {
		return 0, 0, 0
	}
	xs := append([]float64(nil), s.samples...)
	return minF(xs), median(xs), maxF(xs)
}
