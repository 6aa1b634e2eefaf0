module ft174

go 1.26

require github.com/gomarkdown/markdown v0.0.0-20261107153045-a51d70be185e
