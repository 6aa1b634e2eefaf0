package extract

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/validate"

	"github.com/bronwijzer/bronwijzer"
)

// pdfLooksEncrypted is a cheap pre-check: an encrypted file names /Encrypt
// in its trailer. A false positive only costs a pdfcpu pass.
func pdfLooksEncrypted(data []byte) bool {
	return bytes.Contains(data, []byte("/Encrypt"))
}

// pdfDecrypt removes encryption that needs no user password (owner password
// only: "may print, may not copy"), which the parser cannot do for AES-256.
// A file that needs a user password to open is EINVALID; any other pdfcpu
// failure, a panic included, leaves the data as it was for the parser to
// judge.
func pdfDecrypt(data []byte) ([]byte, error) {
	out, err := pdfcpuDecrypt(data)
	switch {
	case err == nil:
		return out, nil
	case errors.Is(err, pdfcpu.ErrWrongPassword), errors.Is(err, pdfcpu.ErrOwnerPasswordRequired):
		return nil, bronwijzer.WrapError(bronwijzer.EINVALID, err, "%s", msgPDFEncrypted)
	default:
		return data, nil
	}
}

// pdfcpuDecrypt is pdfcpu's api.Decrypt (read, validate, write with the
// DECRYPT command) without importing pkg/api, whose dependencies' package
// initialisation (go-runewidth's tables) cost 50-100 ms at every start of a
// PDF worker process (GODEBUG=inittrace=1).
func pdfcpuDecrypt(data []byte) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("pdfcpu panic: %v", p)
		}
	}()
	conf := pdfcpuConfig()
	conf.Cmd = model.DECRYPT
	ctx, err := pdfcpu.Read(bytes.NewReader(data), conf)
	if err != nil {
		return nil, fmt.Errorf("decrypt: read: %w", err)
	}
	if err := validate.XRefTable(ctx); err != nil {
		return nil, fmt.Errorf("decrypt: validate: %w", err)
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	ctx.Write.Writer = w
	if err := pdfcpu.WriteContext(ctx); err != nil {
		return nil, fmt.Errorf("decrypt: write: %w", err)
	}
	if err := w.Flush(); err != nil {
		return nil, fmt.Errorf("decrypt: write: %w", err)
	}
	return buf.Bytes(), nil
}

// pdfcpuConfig mirrors pdfcpu's built-in defaults without
// model.NewDefaultConfiguration, which writes a config directory under the
// user's home unless a package global is changed.
func pdfcpuConfig() *model.Configuration {
	return &model.Configuration{
		CreationDate:              time.Now().Format("2006-01-02 15:04"),
		Version:                   model.VersionStr,
		Reader15:                  true,
		ValidationMode:            model.ValidationRelaxed,
		UnsupportedResourcePolicy: model.UnsupportedResourceSkip,
		Eol:                       types.EolLF,
		WriteObjectStream:         false, // plain xref tables: simplest for the parser
		WriteXRefStream:           false,
		Permissions:               model.PermissionsPrint,
		TimestampFormat:           "2006-01-02 15:04",
		DateFormat:                "2006-01-02",
		Offline:                   true,
		Timeout:                   5,
		Limits:                    model.DefaultResourceLimits(),
	}
}
