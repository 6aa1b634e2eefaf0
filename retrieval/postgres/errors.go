package postgres

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/bronwijzer/bronwijzer"
	"github.com/jackc/pgx/v5/pgconn"
)

// unavailableMessage is what a clinician sees (the API answers 503).
const unavailableMessage = "De database is niet bereikbaar; probeer het later opnieuw (database unavailable)"

// classify turns a driver error into a bronwijzer.Error where the caller can
// act on it: EUNAVAILABLE when the database cannot be reached (the pool
// reconnects by itself once it is back), ETIMEOUT when the caller's deadline
// passed, ECONFLICT for a unique violation. Anything else stays internal,
// wrapped with op.
func classify(ctx context.Context, err error, op string) error {
	if err == nil {
		return nil
	}
	var be *bronwijzer.Error
	if errors.As(err, &be) {
		return err
	}
	if ctx.Err() != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return bronwijzer.WrapError(bronwijzer.ETIMEOUT, err, "De database antwoordde niet op tijd (database timeout)")
		}
		return fmt.Errorf("postgres: %s: %w", op, err)
	}
	if unreachable(err) {
		return bronwijzer.WrapError(bronwijzer.EUNAVAILABLE, fmt.Errorf("postgres: %s: %w", op, err), unavailableMessage)
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23505" {
		return bronwijzer.WrapError(bronwijzer.ECONFLICT, err, "Dit document wordt tegelijk door een ander proces opgeslagen (concurrent ingest)")
	}
	return fmt.Errorf("postgres: %s: %w", op, err)
}

// unreachable reports whether err means the server is gone or refusing
// connections, as opposed to a bad statement.
func unreachable(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case strings.HasPrefix(pe.Code, "08"): // connection exception
			return true
		case pe.Code == "57P01", pe.Code == "57P02", pe.Code == "57P03": // shutdown, crash, starting up
			return true
		case pe.Code == "53300": // too many connections
			return true
		}
		return false
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	switch {
	case errors.As(err, &ce), errors.As(err, &ne):
		return true
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return true
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return true
	case pgconn.SafeToRetry(err):
		return true
	}
	// pgx reports use of a connection the server closed with these texts.
	msg := err.Error()
	return strings.Contains(msg, "conn closed") || strings.Contains(msg, "closed pool")
}
