// Package load measures Bronwijzer under load: it starts `bronwijzer serve`
// as a subprocess on a random loopback port (scratch data directory or
// scratch PostgreSQL database, bundled corpus ingested), attacks
// /v1/search and /v1/ask at a fixed rate with vegeta, and reports
// throughput, latency percentiles, errors by status and the server's memory.
//
// Every attack is bounded twice, by duration and by request count, and only
// ever targets a loopback address: Attack refuses any other URL before
// sending anything. `make loadtest` (cmd/loadtest) is the entry point.
package load

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"
)

// Scenario is one endpoint under attack: every request is a POST of one of
// Bodies (JSON), taken in turn.
type Scenario struct {
	Name   string // "ask", "search"
	Path   string // "/v1/ask"
	Bodies [][]byte
}

// Options bound an attack.
type Options struct {
	Rate        int           // requests per second
	Duration    time.Duration // attack length
	MaxRequests uint64        // hard cap on requests sent; 0 = Rate × Duration
	Timeout     time.Duration // per request; 0 = 10 s
	Workers     uint64        // initial workers; 0 = 16 (vegeta adds more when all are busy)
	MaxWorkers  uint64        // cap on concurrent requests; 0 = 512
}

func (o *Options) setDefaults() {
	if o.MaxRequests == 0 {
		o.MaxRequests = uint64(float64(o.Rate) * o.Duration.Seconds())
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.Workers == 0 {
		o.Workers = 16
	}
	if o.MaxWorkers == 0 {
		o.MaxWorkers = 512
	}
	if o.Workers > o.MaxWorkers {
		o.Workers = o.MaxWorkers
	}
}

// Result is what one attack measured.
type Result struct {
	Store       string         `json:"store"`
	Endpoint    string         `json:"endpoint"`
	Rate        int            `json:"rate"`      // requested, per second
	Duration    time.Duration  `json:"duration"`  // first request to last response
	Requests    uint64         `json:"requests"`  // sent
	Successes   uint64         `json:"successes"` // 2xx
	Throughput  float64        `json:"throughput"`
	P50         time.Duration  `json:"p50"`
	P95         time.Duration  `json:"p95"`
	P99         time.Duration  `json:"p99"`
	Max         time.Duration  `json:"max"`
	StatusCodes map[string]int `json:"status_codes"` // "200", "503"; "0" = no response (transport error)
	Errors5xx   int            `json:"errors_5xx"`
	Transport   int            `json:"transport_errors"` // timeouts, refused connections
	ErrorSample []string       `json:"error_sample,omitempty"`
	Memory      *Memory        `json:"memory,omitempty"` // of the server, when it was our subprocess
	Target      *Target        `json:"target,omitempty"`
}

// Attack sends sc's requests to baseURL at opts.Rate until opts.Duration or
// opts.MaxRequests is reached, or ctx ends. baseURL must name a loopback
// address; anything else is refused before a request is made.
func Attack(ctx context.Context, baseURL string, sc Scenario, opts Options) (Result, error) {
	if err := CheckLoopback(baseURL); err != nil {
		return Result{}, err
	}
	if opts.Rate <= 0 || opts.Duration <= 0 {
		return Result{}, fmt.Errorf("rate (%d) and duration (%s) must be positive", opts.Rate, opts.Duration)
	}
	if len(sc.Bodies) == 0 {
		return Result{}, fmt.Errorf("scenario %s has no request bodies", sc.Name)
	}
	opts.setDefaults()
	targets := make([]vegeta.Target, len(sc.Bodies))
	hdr := http.Header{"Content-Type": []string{"application/json"}}
	for i, b := range sc.Bodies {
		targets[i] = vegeta.Target{Method: http.MethodPost, URL: baseURL + sc.Path, Body: b, Header: hdr}
	}
	atk := vegeta.NewAttacker(
		vegeta.Timeout(opts.Timeout),
		vegeta.Workers(opts.Workers),
		vegeta.MaxWorkers(opts.MaxWorkers),
		vegeta.Redirects(vegeta.NoFollow), // a redirect could point off loopback
		vegeta.MaxBody(512),               // only error samples are kept
		vegeta.KeepAlive(true),
	)
	pacer := boundedPacer{Pacer: vegeta.ConstantPacer{Freq: opts.Rate, Per: time.Second}, max: opts.MaxRequests}
	stop := context.AfterFunc(ctx, func() { atk.Stop() })
	defer stop()

	var m vegeta.Metrics
	res := Result{Endpoint: sc.Name, Rate: opts.Rate, StatusCodes: map[string]int{}}
	for r := range atk.Attack(vegeta.NewStaticTargeter(targets...), pacer, opts.Duration, sc.Name) {
		m.Add(r)
		res.count(r)
	}
	m.Close()
	res.Requests = m.Requests
	res.Duration = m.Duration + m.Wait
	if res.Duration > 0 {
		res.Throughput = float64(res.Successes) / res.Duration.Seconds()
	}
	res.P50, res.P95, res.P99, res.Max = m.Latencies.P50, m.Latencies.P95, m.Latencies.P99, m.Latencies.Max
	if ctx.Err() != nil {
		return res, fmt.Errorf("attack %s interrupted: %w", sc.Name, ctx.Err())
	}
	return res, nil
}

// maxErrorSamples bounds the distinct error messages kept per attack.
const maxErrorSamples = 5

func (res *Result) count(r *vegeta.Result) {
	res.StatusCodes[strconv.Itoa(int(r.Code))]++
	switch {
	case r.Code == 0:
		res.Transport++
	case r.Code >= 200 && r.Code < 300:
		res.Successes++
	case r.Code >= 500:
		res.Errors5xx++
	}
	if r.Code >= 200 && r.Code < 300 {
		return
	}
	sample := r.Error
	if r.Code != 0 {
		sample = fmt.Sprintf("%d %s", r.Code, errorMessage(r.Body))
	}
	if len(res.ErrorSample) < maxErrorSamples && !contains(res.ErrorSample, sample) {
		res.ErrorSample = append(res.ErrorSample, sample)
	}
}

// errorMessage is the message of a Bronwijzer error body, or the raw start.
func errorMessage(body []byte) string {
	var e struct {
		Error struct {
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if json.Unmarshal(body, &e) == nil && e.Error.Code != "" {
		return e.Error.Code + ": " + e.Error.Message
	}
	return string(body)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Codes returns the status codes seen, sorted, for reports.
func (res Result) Codes() []string {
	codes := make([]string, 0, len(res.StatusCodes))
	for c := range res.StatusCodes {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
}

// boundedPacer stops its Pacer after max hits, so an attack is bounded in
// count as well as in time.
type boundedPacer struct {
	vegeta.Pacer
	max uint64
}

func (p boundedPacer) Pace(elapsed time.Duration, hits uint64) (time.Duration, bool) {
	if hits >= p.max {
		return 0, true
	}
	return p.Pacer.Pace(elapsed, hits)
}

// ErrNotLoopback is returned for a target that is not on this machine.
var ErrNotLoopback = errors.New("load tests only target loopback addresses (127.0.0.0/8, ::1)")

// CheckLoopback accepts http://127.x.x.x:port and http://[::1]:port only:
// host names are refused too, so no resolver can send the load elsewhere.
func CheckLoopback(baseURL string) error {
	u, err := url.Parse(baseURL)
	if err != nil {
		return fmt.Errorf("target %q: %w (%v)", baseURL, ErrNotLoopback, err)
	}
	if u.Scheme != "http" {
		return fmt.Errorf("target %q: scheme must be http: %w", baseURL, ErrNotLoopback)
	}
	host := u.Hostname()
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("target %q: %w", baseURL, ErrNotLoopback)
	}
	return nil
}
