// Package bronwijzer holds the domain types and the error type shared by every
// package of the service. It has no dependencies beyond the standard library,
// so adapters (SQLite, PostgreSQL, HTTP, LLM providers) can all speak it.
package bronwijzer

import (
	"errors"
	"fmt"
)

// Error codes. The HTTP layer maps each to one status; anything without a code
// is an internal error whose detail is logged and never shown to a client.
const (
	EINVALID      = "invalid"      // bad input: 400
	ENOTFOUND     = "not_found"    // 404
	ECONFLICT     = "conflict"     // 409
	ETOOLARGE     = "too_large"    // 413
	EUNSUPPORTED  = "unsupported"  // 415 / unsupported file type
	ERATELIMIT    = "rate_limited" // 429
	EUNAUTHORIZED = "unauthorized" // 401
	EFORBIDDEN    = "forbidden"    // 403
	EUNAVAILABLE  = "unavailable"  // 503: store or provider unreachable
	ETIMEOUT      = "timeout"      // 504: a deadline passed
	EINTERNAL     = "internal"     // 500
)

// Error is an application error with a machine-readable code and a message
// that is safe to show to a user (no internal detail). Err keeps the cause for
// logs and errors.Is/As.
type Error struct {
	Code    string
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with a formatted, user-safe message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// WrapError returns an *Error that keeps err as its cause for logs while
// showing only message to users.
func WrapError(code string, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, or EINTERNAL
// for any other non-nil error, or "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the user-safe message of the first *Error in err's
// chain, or a generic message for any other error.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Message
	default:
		return "Interne fout; probeer het later opnieuw (internal error)."
	}
}
