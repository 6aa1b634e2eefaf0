// Command bronwijzer ingests verified Dutch primary-care sources and answers
// clinicians' questions with a citation on every statement.
//
// main only handles signals and exit codes; Run and App do the work so that
// end-to-end tests can drive the same code.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/bronwijzer/bronwijzer/ingest/extract/pdfworker"
)

func main() {
	pdfworker.Main() // in a PDF worker this binary started (ingest/extract/pdfworker), it never returns
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
