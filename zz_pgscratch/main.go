package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
	"github.com/bronwijzer/bronwijzer/retrieval/storetest"
)

func main() {
	ctx := context.Background()
	n, _ := strconv.Atoi(os.Args[2])
	s, err := postgres.Open(ctx, os.Args[1], postgres.Options{})
	if err != nil {
		panic(err)
	}
	docs, chunks := storetest.Synthetic(n, 384, 1)
	start := time.Now()
	for i := range docs {
		if _, err := s.PutDocument(ctx, docs[i], chunks[i]); err != nil {
			panic(err)
		}
	}
	fmt.Println("loaded", n, time.Since(start))
}
