/* ft183.c - lays out the fictional guideline FT-183 with libharu (Haru Free PDF Library).
 * Reads content.txt (UTF-8, simple line markup), converts text to CP1252 (WinAnsiEncoding)
 * and writes an A4 PDF with a running header, page number footer, ruled tables and
 * superscript note markers.  Usage: ft183 content.txt out.pdf */
#include <hpdf.h>
#include <iconv.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_W 595.276f
#define PAGE_H 841.89f
#define MARGIN_L 62.0f
#define MARGIN_R 62.0f
#define TOP_Y 775.0f
#define BOTTOM_Y 72.0f
#define TEXT_W (PAGE_W - MARGIN_L - MARGIN_R)

static jmp_buf env;
static HPDF_Doc pdf;
static HPDF_Page page;
static HPDF_Font f_reg, f_bold, f_ital;
static float y;
static int pageno = 0;
static char title_cp[512];

static void error_handler(HPDF_STATUS e, HPDF_STATUS d, void *u) {
    (void)u;
    fprintf(stderr, "libharu error %04X detail %u\n", (unsigned)e, (unsigned)d);
    longjmp(env, 1);
}

/* UTF-8 -> CP1252; characters WinAnsi lacks are written out in ASCII first. */
static char *cp(const char *in) {
    static char out[8192];
    char tmp[8192];
    const char *s = in;
    char *t = tmp;
    while (*s && t < tmp + sizeof tmp - 4) {
        if (!strncmp(s, "\xE2\x89\xA5", 3)) { memcpy(t, ">=", 2); t += 2; s += 3; }
        else if (!strncmp(s, "\xE2\x89\xA4", 3)) { memcpy(t, "<=", 2); t += 2; s += 3; }
        else *t++ = *s++;
    }
    *t = 0;
    iconv_t cd = iconv_open("CP1252//TRANSLIT", "UTF-8");
    char *ip = tmp, *op = out;
    size_t il = strlen(tmp), ol = sizeof out - 1;
    iconv(cd, &ip, &il, &op, &ol);
    iconv_close(cd);
    *op = 0;
    return out;
}

static void text_at(HPDF_Font f, float size, float x, float yy, const char *s) {
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, f, size);
    HPDF_Page_TextOut(page, x, yy, s);
    HPDF_Page_EndText(page);
}

static void new_page(void) {
    page = HPDF_AddPage(pdf);
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    pageno++;
    /* running header */
    text_at(f_reg, 8, MARGIN_L, PAGE_H - 42, title_cp);
    const char *rh = cp("Fictieve standaard voor de huisarts");
    float w = HPDF_Font_TextWidth(f_ital, (const HPDF_BYTE *)rh, strlen(rh)).width * 8 / 1000.0f;
    text_at(f_ital, 8, PAGE_W - MARGIN_R - w, PAGE_H - 42, rh);
    HPDF_Page_SetLineWidth(page, 0.5);
    HPDF_Page_MoveTo(page, MARGIN_L, PAGE_H - 47);
    HPDF_Page_LineTo(page, PAGE_W - MARGIN_R, PAGE_H - 47);
    HPDF_Page_Stroke(page);
    /* footer */
    char buf[64];
    snprintf(buf, sizeof buf, "Pagina %d", pageno);
    w = HPDF_Font_TextWidth(f_reg, (const HPDF_BYTE *)buf, strlen(buf)).width * 8 / 1000.0f;
    text_at(f_reg, 8, (PAGE_W - w) / 2, 40, buf);
    y = TOP_Y;
}

/* ---- inline text with superscript markers {^n} ---- */
typedef struct { char text[1024]; int sup; } Seg;
typedef struct { Seg seg[16]; int n; float w; } Word;

static float str_w(HPDF_Font f, float size, const char *s) {
    if (!*s) return 0;
    return HPDF_Font_TextWidth(f, (const HPDF_BYTE *)s, strlen(s)).width * size / 1000.0f;
}

#define SUP_SCALE 0.62f
#define SUP_RISE 0.38f

/* split a CP1252 paragraph into words; a word may carry {^n} segments */
static int split_words(const char *p, Word *words, int maxw, HPDF_Font f, float size) {
    int nw = 0;
    while (*p) {
        while (*p == ' ') p++;
        if (!*p) break;
        Word *w = &words[nw++];
        memset(w, 0, sizeof *w);
        Seg *s = &w->seg[0];
        w->n = 1;
        char *o = s->text;
        while (*p && *p != ' ') {
            if (p[0] == '{' && p[1] == '^') {
                *o = 0;
                const char *e = strchr(p, '}');
                s = &w->seg[w->n++];
                s->sup = 1;
                memcpy(s->text, p + 2, e - p - 2);
                s->text[e - p - 2] = 0;
                p = e + 1;
                s = &w->seg[w->n++];
                o = s->text;
                continue;
            }
            *o++ = *p++;
        }
        *o = 0;
        for (int i = 0; i < w->n; i++)
            w->w += w->seg[i].sup ? str_w(f, size * SUP_SCALE, w->seg[i].text) : str_w(f, size, w->seg[i].text);
        if (nw >= maxw) break;
    }
    return nw;
}

/* lay out words [a,b) as one line at (x,yy): normal runs are merged into one string */
static void draw_line(Word *words, int a, int b, float x, float yy, HPDF_Font f, float size) {
    char run[4096];
    run[0] = 0;
    float cx = x, runx = x;
    for (int i = a; i < b; i++) {
        for (int k = 0; k < words[i].n; k++) {
            Seg *s = &words[i].seg[k];
            if (s->sup) {
                if (run[0]) { text_at(f, size, runx, yy, run); cx = runx + str_w(f, size, run); run[0] = 0; }
                text_at(f, size * SUP_SCALE, cx, yy + size * SUP_RISE, s->text);
                cx += str_w(f, size * SUP_SCALE, s->text);
                runx = cx;
            } else {
                if (!run[0]) runx = cx;
                strcat(run, s->text);
            }
        }
        if (i + 1 < b) {
            if (!run[0]) runx = cx;
            strcat(run, " ");
        }
    }
    if (run[0]) text_at(f, size, runx, yy, run);
}

/* wrap a paragraph into lines; returns number of lines and fills breaks */
static int wrap(Word *words, int nw, float width, HPDF_Font f, float size, int *starts) {
    float space = str_w(f, size, " ");
    int nl = 0, i = 0;
    while (i < nw) {
        starts[nl++] = i;
        float lw = words[i].w;
        i++;
        while (i < nw && lw + space + words[i].w <= width) { lw += space + words[i].w; i++; }
    }
    starts[nl] = nw;
    return nl;
}

static Word g_words[2048];
static int g_starts[512];

/* flowing paragraph with page breaks */
static void paragraph(const char *utf8, HPDF_Font f, float size, float x, float width, float lead, float after) {
    const char *p = cp(utf8);
    int nw = split_words(p, g_words, 2048, f, size);
    int nl = wrap(g_words, nw, width, f, size, g_starts);
    for (int l = 0; l < nl; l++) {
        if (y - lead < BOTTOM_Y) new_page();
        y -= lead;
        draw_line(g_words, g_starts[l], g_starts[l + 1], x, y, f, size);
    }
    y -= after;
}

static void heading(const char *utf8, float size, float before, float after) {
    if (y - before - size * 1.3f - 40 < BOTTOM_Y) new_page();
    else y -= before;
    y -= size * 1.2f;
    text_at(f_bold, size, MARGIN_L, y, cp(utf8));
    y -= after;
}

static void bullet(const char *utf8) {
    const float size = 10, lead = 13.5f, ind = 14;
    const char *p = cp(utf8);
    int nw = split_words(p, g_words, 2048, f_reg, size);
    int nl = wrap(g_words, nw, TEXT_W - ind, f_reg, size, g_starts);
    for (int l = 0; l < nl; l++) {
        if (y - lead < BOTTOM_Y) new_page();
        y -= lead;
        if (l == 0) text_at(f_reg, size, MARGIN_L + 3, y, "\x95");
        draw_line(g_words, g_starts[l], g_starts[l + 1], MARGIN_L + ind, y, f_reg, size);
    }
    y -= 2;
}

static void note(const char *utf8) {
    const float size = 9, lead = 12, ind = 16;
    char num[16];
    const char *bar = strchr(utf8, '|');
    snprintf(num, sizeof num, "%.*s.", (int)(bar - utf8), utf8);
    const char *p = cp(bar + 1);
    int nw = split_words(p, g_words, 2048, f_reg, size);
    int nl = wrap(g_words, nw, TEXT_W - ind, f_reg, size, g_starts);
    if (y - lead * 2 < BOTTOM_Y) new_page();
    for (int l = 0; l < nl; l++) {
        if (y - lead < BOTTOM_Y) new_page();
        y -= lead;
        if (l == 0) text_at(f_reg, size, MARGIN_L, y, num);
        draw_line(g_words, g_starts[l], g_starts[l + 1], MARGIN_L + ind, y, f_reg, size);
    }
    y -= 4;
}

/* ---- tables ---- */
#define MAXCOL 8
#define MAXROW 64
static char cells[MAXROW][MAXCOL][512];
static int nrows, ncols, grouped;
static float colw[MAXCOL];

static void line(float x1, float y1, float x2, float y2) {
    HPDF_Page_MoveTo(page, x1, y1);
    HPDF_Page_LineTo(page, x2, y2);
    HPDF_Page_Stroke(page);
}

/* draw one cell's wrapped text; returns height used */
static float cell_height(const char *cp_text, HPDF_Font f, float size, float width, float lead) {
    static Word w[256];
    static int st[128];
    if (!*cp_text) return 0;
    int nw = split_words(cp_text, w, 256, f, size);
    return wrap(w, nw, width, f, size, st) * lead;
}

static void cell_draw(const char *cp_text, HPDF_Font f, float size, float x, float top, float width, float lead) {
    static Word w[256];
    static int st[128];
    if (!*cp_text) return;
    int nw = split_words(cp_text, w, 256, f, size);
    int nl = wrap(w, nw, width, f, size, st);
    for (int l = 0; l < nl; l++)
        draw_line(w, st[l], st[l + 1], x, top - (l + 1) * lead + 2, f, size);
}

static void draw_table(void) {
    const float size = 8.5f, lead = 10.5f, pad = 3.5f;
    char conv[MAXROW][MAXCOL][512];
    float xs[MAXCOL + 1];
    xs[0] = MARGIN_L;
    for (int c = 0; c < ncols; c++) xs[c + 1] = xs[c] + colw[c];
    float rh[MAXROW];
    for (int r = 0; r < nrows; r++) {
        rh[r] = 0;
        for (int c = 0; c < ncols; c++) {
            strcpy(conv[r][c], cp(cells[r][c]));
            float h = cell_height(conv[r][c], r == 0 || (grouped && c == 0) ? f_bold : f_reg, size,
                                  colw[c] - 2 * pad, lead);
            if (h > rh[r]) rh[r] = h;
        }
        rh[r] += 2 * pad;
    }
    HPDF_Page_SetLineWidth(page, 0.6);
    int header_drawn_on_page = 0;
    for (int r = 0; r < nrows; r++) {
        /* page break: repeat the header row */
        if (y - rh[r] < BOTTOM_Y || !header_drawn_on_page) {
            if (y - rh[r] < BOTTOM_Y || y - rh[0] - rh[r] < BOTTOM_Y) {
                if (header_drawn_on_page) line(xs[0], y, xs[ncols], y);
                new_page();
                HPDF_Page_SetLineWidth(page, 0.6);
            }
            /* header row, grey background */
            HPDF_Page_SetGrayFill(page, 0.88f);
            HPDF_Page_Rectangle(page, xs[0], y - rh[0], xs[ncols] - xs[0], rh[0]);
            HPDF_Page_Fill(page);
            HPDF_Page_SetGrayFill(page, 0);
            line(xs[0], y, xs[ncols], y);
            for (int c = 0; c <= ncols; c++) line(xs[c], y, xs[c], y - rh[0]);
            for (int c = 0; c < ncols; c++)
                cell_draw(conv[0][c], f_bold, size, xs[c] + pad, y - pad, colw[c] - 2 * pad, lead);
            y -= rh[0];
            header_drawn_on_page = 1;
            if (r == 0) continue;
        }
        int cont = grouped && conv[r][0][0] == 0;
        line(cont ? xs[1] : xs[0], y, xs[ncols], y);
        for (int c = 0; c <= ncols; c++) line(xs[c], y, xs[c], y - rh[r]);
        for (int c = 0; c < ncols; c++)
            cell_draw(conv[r][c], (grouped && c == 0) ? f_bold : f_reg, size, xs[c] + pad, y - pad,
                      colw[c] - 2 * pad, lead);
        y -= rh[r];
    }
    line(xs[0], y, xs[ncols], y);
    y -= 14;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s content.txt out.pdf\n", argv[0]); return 2; }
    FILE *in = fopen(argv[1], "r");
    if (!in) { perror(argv[1]); return 1; }
    pdf = HPDF_New(error_handler, NULL);
    if (setjmp(env)) { HPDF_Free(pdf); return 1; }
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, "Fictieve Standaard Dotterbloemartritis (FT-183)");
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "ft183.c with libharu 2.3.0");
    f_reg = HPDF_GetFont(pdf, "Helvetica", "WinAnsiEncoding");
    f_bold = HPDF_GetFont(pdf, "Helvetica-Bold", "WinAnsiEncoding");
    f_ital = HPDF_GetFont(pdf, "Helvetica-Oblique", "WinAnsiEncoding");

    char ln[8192];
    int in_table = 0;
    while (fgets(ln, sizeof ln, in)) {
        ln[strcspn(ln, "\n")] = 0;
        if (!ln[0]) continue;
        char *arg = strchr(ln, ' ');
        arg = arg ? arg + 1 : ln + strlen(ln);
        if (in_table) {
            if (!strncmp(ln, "ENDTABLE", 8)) { draw_table(); in_table = 0; continue; }
            /* R a|b|c */
            char *s = arg;
            for (int c = 0; c < ncols; c++) {
                char *bar = strchr(s, '|');
                size_t n = bar ? (size_t)(bar - s) : strlen(s);
                memcpy(cells[nrows][c], s, n);
                cells[nrows][c][n] = 0;
                s = bar ? bar + 1 : s + n;
            }
            nrows++;
            continue;
        }
        if (!strncmp(ln, "H1 ", 3)) {
            strcpy(title_cp, cp(arg));
            if (!page) new_page();
            y -= 6;
            paragraph(arg, f_bold, 17, MARGIN_L, TEXT_W, 21, 6);
        } else if (!strncmp(ln, "H2 ", 3)) heading(arg, 13.5f, 12, 4);
        else if (!strncmp(ln, "H3 ", 3)) heading(arg, 11, 8, 2);
        else if (!strncmp(ln, "META ", 5)) paragraph(arg, f_ital, 9, MARGIN_L, TEXT_W, 12, 6);
        else if (!strncmp(ln, "P ", 2)) paragraph(arg, f_reg, 10, MARGIN_L, TEXT_W, 13.5f, 5);
        else if (!strncmp(ln, "B ", 2)) bullet(arg);
        else if (!strncmp(ln, "N ", 2)) note(arg);
        else if (!strncmp(ln, "CAP ", 4)) {
            if (y - 80 < BOTTOM_Y) new_page();
            y -= 6;
            paragraph(arg, f_bold, 9.5f, MARGIN_L, TEXT_W, 13, 3);
        } else if (!strncmp(ln, "TABLE ", 6)) {
            in_table = 1; nrows = 0; ncols = 0;
            grouped = strstr(arg, "group") != NULL;
            float tot = 0, v[MAXCOL];
            char *s = arg;
            while (*s && *s != ' ') { v[ncols++] = strtof(s, &s); tot += v[ncols - 1]; if (*s == ',') s++; }
            float scale = tot >= 99.5f ? 1.0f : tot / 100.0f;
            for (int c = 0; c < ncols; c++) colw[c] = TEXT_W * scale * v[c] / tot;
        } else fprintf(stderr, "unknown line: %s\n", ln);
    }
    fclose(in);
    HPDF_SaveToFile(pdf, argv[2]);
    HPDF_Free(pdf);
    return 0;
}
