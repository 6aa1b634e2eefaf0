package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/bronwijzer/bronwijzer/answer"
	"github.com/bronwijzer/bronwijzer/corpus"
	"github.com/bronwijzer/bronwijzer/ingest"
	"github.com/bronwijzer/bronwijzer/retrieval"
	"github.com/bronwijzer/bronwijzer/retrieval/analysis"
	"github.com/bronwijzer/bronwijzer/retrieval/embed"
	"github.com/bronwijzer/bronwijzer/retrieval/sqlite"
)

func main() {
	ctx := context.Background()
	dir := os.Args[1]
	st, err := sqlite.Open(ctx, filepath.Join(dir, "bw.db"), sqlite.Options{})
	if err != nil {
		panic(err)
	}
	an, _ := analysis.New()
	emb := embed.NewLocal(384)
	reg, err := corpus.Load("corpus/sources.json")
	if err != nil {
		panic(err)
	}
	if os.Getenv("INGEST") != "" {
		p := &ingest.Pipeline{Store: st, Embedder: emb, Analyzer: an, Registry: reg}
		for _, f := range []string{"corpus/ai-kompas-nulde-eerstelijnszorg.pdf", "corpus/nivel-inzet-ai-huisartsenpraktijken.pdf"} {
			r := p.File(ctx, f)
			fmt.Printf("%+v\n", r.Err)
		}
	}
	s := answer.New(answer.Config{Analyzer: an}, &retrieval.Searcher{Store: st, Embedder: emb, Analyzer: an}, nil)
	f, _ := os.Open("eval/datasets/dev.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var tp, fn, tn, fp int
	var lat []time.Duration
	for sc.Scan() {
		var q struct {
			ID         string `json:"id"`
			Question   string `json:"question"`
			Answerable bool   `json:"answerable"`
			Evidence   []struct{ Quote string } `json:"evidence"`
		}
		json.Unmarshal(sc.Bytes(), &q)
		t0 := time.Now()
		r, err := s.Ask(ctx, answer.Request{Question: q.Question})
		lat = append(lat, time.Since(t0))
		if err != nil {
			fmt.Println(q.ID, "ERR", err)
			continue
		}
		hit := false
		for _, c := range r.Citations {
			for _, e := range q.Evidence {
				if strings.Contains(strings.Join(strings.Fields(c.Quote), " "), strings.Join(strings.Fields(e.Quote), " ")) {
					hit = true
				}
			}
		}
		switch {
		case q.Answerable && !r.Abstained:
			tp++
			fmt.Printf("ANS  %s hit=%v %q\n     -> %.200s\n", q.ID, hit, q.Question, r.Answer)
		case q.Answerable && r.Abstained:
			fn++
			fmt.Printf("MISS %s %q\n     -> %s\n", q.ID, q.Question, r.Reason)
		case !q.Answerable && r.Abstained:
			tn++
			fmt.Printf("ABST %s %q -> %s\n", q.ID, q.Question, r.Reason)
		default:
			fp++
			fmt.Printf("FP   %s %q\n     -> %.300s\n", q.ID, q.Question, r.Answer)
		}
	}
	slices.Sort(lat)
	fmt.Printf("latency p50 %v p90 %v max %v\n", lat[len(lat)/2], lat[len(lat)*9/10], lat[len(lat)-1])
	fmt.Printf("answered %d/%d answerable; abstained %d/%d unanswerable (FP %d)\n", tp, tp+fn, tn, tn+fp, fp)
}
