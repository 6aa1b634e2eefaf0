package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds the Prometheus collectors of one server in its own registry
// (no global state, so tests and several servers in one process do not
// collide). The ingest pipeline reports through IngestResult.
type Metrics struct {
	registry      *prometheus.Registry
	requests      *prometheus.HistogramVec
	answers       *prometheus.CounterVec
	abstentions   prometheus.Counter
	enforcement   *prometheus.CounterVec
	ingest        *prometheus.CounterVec
	streamsActive prometheus.Gauge
	feedback      *prometheus.CounterVec
}

// NewMetrics creates the collectors and registers them, with the Go runtime
// and process collectors, in a fresh registry.
func NewMetrics() *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "bronwijzer", Name: "http_request_duration_seconds",
			Help:    "HTTP request latency by route pattern, method and status.",
			Buckets: []float64{.001, .0025, .005, .01, .015, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"route", "method", "status"}),
		answers: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "bronwijzer", Name: "answers_total",
			Help: "Responses to questions (answers and refusals), by answer mode (extractive, llm).",
		}, []string{"mode"}),
		abstentions: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "bronwijzer", Name: "abstentions_total",
			Help: "Questions refused because the sources did not support an answer.",
		}),
		enforcement: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "bronwijzer", Name: "citation_enforcement_total",
			Help: "Citation enforcement outcomes (passed, repaired, dropped_unsupported, fallback_extractive, abstained).",
		}, []string{"outcome"}),
		ingest: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "bronwijzer", Name: "ingest_documents_total",
			Help: "Documents ingested, by result (ok, failed).",
		}, []string{"result"}),
		streamsActive: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: "bronwijzer", Name: "http_streams_active",
			Help: "Streaming answers in progress.",
		}),
		feedback: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "bronwijzer", Name: "feedback_total",
			Help: "Clinicians' feedback on answers, by rating (goed, fout) and reason (empty for goed); a replaced feedback counts again.",
		}, []string{"rating", "reason"}),
	}
	m.registry.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.requests, m.answers, m.abstentions, m.enforcement, m.ingest, m.streamsActive, m.feedback,
	)
	return m
}

// IngestResult counts one ingested document; the ingest pipeline calls it.
func (m *Metrics) IngestResult(ok bool) {
	result := "ok"
	if !ok {
		result = "failed"
	}
	m.ingest.WithLabelValues(result).Inc()
}

// Registry returns the registry, for callers that add their own collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.registry }

func (m *Metrics) observeRequest(route, method string, status int, d time.Duration) {
	m.requests.WithLabelValues(route, method, strconv.Itoa(status)).Observe(d.Seconds())
}

func (m *Metrics) observeAnswer(r *answer.Response) {
	m.answers.WithLabelValues(r.Mode).Inc()
	if r.Abstained {
		m.abstentions.Inc()
	}
	if r.Enforcement != "" {
		m.enforcement.WithLabelValues(r.Enforcement).Inc()
	}
}

// observeFeedback counts one stored feedback. The labels are the validated
// rating and reason, so the series stay few.
func (m *Metrics) observeFeedback(rating, reason string) {
	m.feedback.WithLabelValues(rating, reason).Inc()
}

func (m *Metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{Registry: m.registry})
}
