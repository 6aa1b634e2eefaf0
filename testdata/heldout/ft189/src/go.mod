module ft189

go 1.22

require github.com/yuin/goldmark v1.8.7
