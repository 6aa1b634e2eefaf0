module ft176

go 1.26

require github.com/signintech/gopdf v0.38.6

require (
	github.com/phpdave11/gofpdi v1.0.14-0.20211212211723-1f10f9844311 // indirect
	github.com/pkg/errors v0.8.1 // indirect
)
