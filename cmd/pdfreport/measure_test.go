package main

import (
	"strings"
	"testing"

	"github.com/bronwijzer/bronwijzer"
)

func TestRecall(t *testing.T) {
	ref := words("Controleer de nierfunctie, de bloeddruk en de nierfunctie.")
	for _, tt := range []struct {
		ours string
		want float64
	}{
		{"Controleer de nierfunctie, de bloeddruk en de nierfunctie.", 1},
		{"controleer DE nierfunctie de bloeddruk en de", 7.0 / 8}, // one "nierfunctie" lost
		{"", 0},
	} {
		if got := recall(ref, words(tt.ours)); got != tt.want {
			t.Errorf("recall(%q) = %v, want %v", tt.ours, got, tt.want)
		}
	}
}

// TestRecallSplitByReference: words pdftotext split apart count as read
// when ours has them whole; words we split stay lost.
func TestRecallSplitByReference(t *testing.T) {
	for _, tt := range []struct {
		ref, ours string
		want      float64
	}{
		{"de t es t is klaar", "de test is klaar", 1},
		{"de test is klaar", "de t es t is klaar", 3.0 / 4},
		{"de t es t is klaar", "de tets is klaar", 3.0 / 6},                                   // no whole word "test"
		{"s a m e n v a t t i n g", "samenvatting", 1},                                        // a letter-spaced heading
		{"a b c d e f g h i j k l m n o p q r s t u v w x y", "abcdefghijklmnopqrstuvwxy", 0}, // more pieces than maxSplitParts
		{"lees de b ij s l uiter", "lees de bijsluiter", 1},
	} {
		if got := recall(words(tt.ref), words(tt.ours)); got != tt.want {
			t.Errorf("recall(%q, %q) = %v, want %v", tt.ref, tt.ours, got, tt.want)
		}
	}
}

// TestWordsUnspacedScripts: Chinese and Japanese are compared character
// by character, so the spaces pdftotext and we place among their
// characters do not count; Latin words beside them stay words.
func TestWordsUnspacedScripts(t *testing.T) {
	got := strings.Join(words("截至2015年末, 企 业 eGFR 30 とカタカナ"), "|")
	if want := "截|至|2015|年|末|企|业|egfr|30|と|カ|タ|カ|ナ"; got != want {
		t.Errorf("words = %s, want %s", got, want)
	}
	if r := recall(words("浙江省 等 多 地 2016 年"), words("浙江省等多地2016年")); r != 1 {
		t.Errorf("recall = %v, want 1", r)
	}
}

func TestGluedAndSplit(t *testing.T) {
	ref := words("controleer de nierfunctie voor het starten")
	ours := words("controleer de nierfunctievoor het star ten")
	if got := glued(ref, ours); got != 1 { // nierfunctievoor
		t.Errorf("glued = %d, want 1", got)
	}
	if got := glued(ours, ref); got != 1 { // starten → star ten
		t.Errorf("split = %d, want 1", got)
	}
}

func TestClassify(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want string
	}{
		{bronwijzer.Errorf(bronwijzer.ETOOLARGE, "Het PDF-bestand liet de verwerking vastlopen (geheugenlimiet van 1 GiB overschreden); …"), outcomeCrash},
		{bronwijzer.Errorf(bronwijzer.ETIMEOUT, "Het PDF-bestand liet de verwerking vastlopen (tijdslimiet overschreden); …"), outcomeHang},
		{bronwijzer.Errorf(bronwijzer.ETIMEOUT, "PDF-extractie duurde te lang en is afgebroken (extraction timed out)"), outcomeHang},
		{bronwijzer.Errorf(bronwijzer.EINVALID, "PDF is versleuteld met een wachtwoord"), outcomeRefused},
	} {
		if got := classify(tt.err); got != tt.want {
			t.Errorf("classify(%v) = %s, want %s", tt.err, got, tt.want)
		}
	}
}
