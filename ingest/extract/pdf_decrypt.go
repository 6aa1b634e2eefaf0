package extract

import (
	"bytes"
	"errors"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

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
// failure leaves the data as it was for the parser to judge.
func pdfDecrypt(data []byte) ([]byte, error) {
	var out bytes.Buffer
	err := api.Decrypt(bytes.NewReader(data), &out, pdfcpuConfig())
	switch {
	case err == nil:
		return out.Bytes(), nil
	case errors.Is(err, pdfcpu.ErrWrongPassword), errors.Is(err, pdfcpu.ErrOwnerPasswordRequired):
		return nil, bronwijzer.WrapError(bronwijzer.EINVALID, err, "%s", msgPDFEncrypted)
	default:
		return data, nil
	}
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
