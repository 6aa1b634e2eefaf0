package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/labstack/echo/v4"
)

// SSE event names of /v1/ask/stream.
const (
	eventSentence = "sentence"
	eventAnswer   = "answer"
	eventError    = "error"
)

// askStream answers as server-sent events: one "sentence" event per accepted
// sentence, then "answer" with the full response, or "error". Validation
// errors before the stream starts are ordinary JSON errors with a 4xx status.
//
// The route is skipped by the request timeout; it has StreamTimeout instead,
// and each event pushes the connection's write deadline forward by
// WriteTimeout, so a long answer is not cut off by the server's WriteTimeout
// while a stalled client still is.
func (s *Server) askStream(c echo.Context) error {
	req, err := s.askRequest(c)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Request().Context(), s.cfg.StreamTimeout)
	defer cancel()
	s.metrics.streamsActive.Inc()
	defer s.metrics.streamsActive.Dec()

	w := c.Response()
	h := w.Header()
	h.Set(echo.HeaderContentType, "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no") // nginx: do not buffer the stream
	w.WriteHeader(http.StatusOK)
	sse := &sseWriter{w: w, rc: http.NewResponseController(w), writeTimeout: s.cfg.WriteTimeout}
	if err := sse.flush(); err != nil {
		return nil // client gone before the first byte
	}

	start := time.Now()
	resp, err := s.deps.Asker.AskStream(ctx, req, func(sn answer.Sentence) error {
		return sse.send(eventSentence, sn)
	})
	if err == nil && resp == nil {
		err = errors.New("asker returned no response and no error")
	}
	if err != nil {
		return s.streamError(c, sse, err)
	}
	s.finishAnswer(c, resp, start)
	if err := sse.send(eventAnswer, resp); err != nil {
		s.logger.Info("stream client gone", slog.String("request_id", requestID(c)), slog.Any("error", err))
	}
	return nil
}

// streamError reports a failure inside the stream; the status is already 200.
func (s *Server) streamError(c echo.Context, sse *sseWriter, err error) error {
	ae := appError(err)
	status := statusOf(ae.Code)
	level := slog.LevelWarn
	if status >= 500 {
		level = slog.LevelError
	}
	s.logger.LogAttrs(c.Request().Context(), level, "stream failed",
		slog.String("request_id", requestID(c)), slog.String("code", ae.Code), slog.Any("error", err))
	addLogAttrs(c, slog.String("stream_error", ae.Code))
	_ = sse.send(eventError, errorBody{Error: errorDetail{Code: ae.Code, Message: ae.Message}})
	return nil
}

// sseWriter writes server-sent events and flushes each one.
type sseWriter struct {
	w            http.ResponseWriter
	rc           *http.ResponseController
	writeTimeout time.Duration
}

func (w *sseWriter) send(event string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s event: %w", event, err)
	}
	w.extendDeadline()
	if _, err := fmt.Fprintf(w.w, "event: %s\ndata: %s\n\n", event, data); err != nil {
		return fmt.Errorf("write %s event: %w", event, err)
	}
	return w.flush()
}

func (w *sseWriter) flush() error {
	if err := w.rc.Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return fmt.Errorf("flush event: %w", err)
	}
	return nil
}

func (w *sseWriter) extendDeadline() {
	// ErrNotSupported from test recorders is harmless.
	_ = w.rc.SetWriteDeadline(time.Now().Add(w.writeTimeout))
}
