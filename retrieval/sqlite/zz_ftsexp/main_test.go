package zzftsexp

import (
	"database/sql"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

func TestX(t *testing.T) {
	db, err := sql.Open("sqlite", t.TempDir()+"/x.db")
	if err != nil {
		t.Fatal(err)
	}
	var v string
	db.QueryRow("select sqlite_version()").Scan(&v)
	t.Log(v)
	tc := ""
	for c := 1; c < 128; c++ {
		if c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == '\'' {
			continue
		}
		if (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
			continue
		}
		tc += string(rune(c))
	}
	tc += "'"
	spec := "ascii tokenchars '" + strings.ReplaceAll(tc, "'", "''") + "'"
	q := "CREATE VIRTUAL TABLE f USING fts5(terms, content='', contentless_delete=1, tokenize='" + strings.ReplaceAll(spec, "'", "''") + "')"
	// escape " inside: double quote inside "..." in SQL must be doubled
	_, err = db.Exec(q)
	t.Log(q, err)
	for i, s := range []string{"covid-19 a*b \"x\" near", "x\x00y", "\x00", "\x01", "ÄB é—x", "NEAR OR AND"} {
		if _, err := db.Exec("INSERT INTO f(rowid, terms) VALUES (?, ?)", i+1, s); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range []string{`"covid-19"`, `"a*b"`, `"""x"""`, `"x"`, `"near"`, `"x` + "\x00" + `y"`, `"` + "\x00" + `"`, `"` + "\x01" + `"`, `"äb"`, `"ÄB"`, `"é—x"`, `"NEAR" OR "OR"`, `""`} {
		rows, err := db.Query("SELECT rowid, bm25(f) FROM f WHERE f MATCH ? ORDER BY rank", m)
		if err != nil {
			t.Logf("%q: %v", m, err)
			continue
		}
		var got []int
		for rows.Next() {
			var id int
			var r float64
			rows.Scan(&id, &r)
			got = append(got, id)
		}
		t.Logf("%q: %v %v", m, got, rows.Err())
	}
	_, err = db.Exec("DELETE FROM f WHERE rowid = 1")
	t.Log("delete", err)
}
