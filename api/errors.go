package api

import (
	"context"
	"errors"
	"log/slog"
	"net/http"

	"github.com/bronwijzer/bronwijzer"
	"github.com/labstack/echo/v4"
)

// errorBody is the JSON shape of every error response.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// statusOf maps a bronwijzer error code to its HTTP status.
func statusOf(code string) int {
	switch code {
	case bronwijzer.EINVALID:
		return http.StatusBadRequest
	case bronwijzer.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case bronwijzer.EFORBIDDEN:
		return http.StatusForbidden
	case bronwijzer.ENOTFOUND:
		return http.StatusNotFound
	case bronwijzer.ECONFLICT:
		return http.StatusConflict
	case bronwijzer.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case bronwijzer.EUNSUPPORTED:
		return http.StatusUnsupportedMediaType
	case bronwijzer.ERATELIMIT:
		return http.StatusTooManyRequests
	case bronwijzer.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	case bronwijzer.ETIMEOUT:
		return http.StatusGatewayTimeout
	default:
		return http.StatusInternalServerError
	}
}

// appError turns any error into a *bronwijzer.Error whose message is safe to
// show: echo's own errors (unknown route, wrong method, body too large),
// deadlines, and uncoded errors become generic internal errors.
func appError(err error) *bronwijzer.Error {
	var be *bronwijzer.Error
	var he *echo.HTTPError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &be):
		return &bronwijzer.Error{Code: be.Code, Message: bronwijzer.ErrorMessage(err), Err: err}
	case errors.As(err, &mbe):
		return bronwijzer.WrapError(bronwijzer.ETOOLARGE, err, "Verzoek te groot: maximaal %d bytes (request body too large).", mbe.Limit)
	case errors.Is(err, context.DeadlineExceeded):
		return bronwijzer.WrapError(bronwijzer.ETIMEOUT, err, "Het antwoord duurde te lang; probeer het opnieuw of stel een kortere vraag (request timed out).")
	case errors.Is(err, context.Canceled):
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, err, "Verzoek afgebroken (request cancelled).")
	case errors.As(err, &he):
		return echoError(he)
	default:
		return bronwijzer.WrapError(bronwijzer.EINTERNAL, err, "%s", bronwijzer.ErrorMessage(err))
	}
}

// echoError translates the errors echo itself produces.
func echoError(he *echo.HTTPError) *bronwijzer.Error {
	if he.Internal != nil && errors.Is(he.Internal, context.DeadlineExceeded) {
		return appError(he.Internal)
	}
	switch he.Code {
	case http.StatusNotFound:
		return bronwijzer.WrapError(bronwijzer.ENOTFOUND, he, "Onbekend pad (route not found).")
	case http.StatusMethodNotAllowed:
		return bronwijzer.WrapError(bronwijzer.EINVALID, he, "Methode niet toegestaan op dit pad (method not allowed).")
	case http.StatusRequestEntityTooLarge:
		return bronwijzer.WrapError(bronwijzer.ETOOLARGE, he, "Verzoek te groot (request body too large).")
	case http.StatusUnsupportedMediaType:
		return bronwijzer.WrapError(bronwijzer.EUNSUPPORTED, he, "Inhoudstype niet ondersteund (unsupported media type).")
	case http.StatusServiceUnavailable:
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, he, "Dienst tijdelijk niet beschikbaar (service unavailable).")
	case http.StatusTooManyRequests:
		return bronwijzer.WrapError(bronwijzer.ERATELIMIT, he, "Te veel verzoeken; probeer het later opnieuw (rate limited).")
	case http.StatusBadRequest:
		return bronwijzer.WrapError(bronwijzer.EINVALID, he, "Ongeldig verzoek (bad request).")
	case http.StatusUnauthorized:
		return bronwijzer.WrapError(bronwijzer.EUNAUTHORIZED, he, "Niet geautoriseerd (unauthorized).")
	case http.StatusForbidden:
		return bronwijzer.WrapError(bronwijzer.EFORBIDDEN, he, "Geen toegang (forbidden).")
	default:
		return bronwijzer.WrapError(bronwijzer.EINTERNAL, he, "%s", bronwijzer.ErrorMessage(he))
	}
}

// handleError is echo's HTTPErrorHandler: the one place that writes error
// responses. The status of a 405 stays 405 even though its code is EINVALID.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		s.logger.LogAttrs(c.Request().Context(), slog.LevelWarn, "error after response started",
			slog.String("request_id", requestID(c)), slog.Any("error", err))
		return
	}
	ae := appError(err)
	status := statusOf(ae.Code)
	var he *echo.HTTPError
	if errors.As(err, &he) && he.Code == http.StatusMethodNotAllowed {
		status = http.StatusMethodNotAllowed
	}
	if status >= 500 {
		s.logger.LogAttrs(c.Request().Context(), slog.LevelError, "request failed",
			slog.String("request_id", requestID(c)), slog.String("code", ae.Code),
			slog.Int("status", status), slog.Any("error", err))
	}
	body := errorBody{Error: errorDetail{Code: ae.Code, Message: ae.Message}}
	if c.Request().Method == http.MethodHead {
		err = c.NoContent(status)
	} else {
		err = c.JSON(status, body)
	}
	if err != nil {
		s.logger.Warn("writing error response", slog.Any("error", err))
	}
}
