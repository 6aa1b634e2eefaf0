import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Small document generator in the style of a regional care group's protocol
 * generator: Helvetica (standard 14, WinAnsiEncoding), word-wrapped paragraphs,
 * bold headings, bullet lists, tables drawn with stroked cell rectangles,
 * spanning drug cells, repeated table header after a page break and a footer
 * with page numbers. Every text line is written with its own showText.
 */
public class GuidelinePdf {

    static final PDFont REG = PDType1Font.HELVETICA;
    static final PDFont BOLD = PDType1Font.HELVETICA_BOLD;
    static final PDFont OBL = PDType1Font.HELVETICA_OBLIQUE;

    static final float PAGE_W = PDRectangle.A4.getWidth();
    static final float PAGE_H = PDRectangle.A4.getHeight();
    static final float MARGIN_L = 56, MARGIN_R = 56, MARGIN_T = 64, MARGIN_B = 70;
    static final float CONTENT_W = PAGE_W - MARGIN_L - MARGIN_R;

    static final float BODY = 10f, BODY_LEAD = 13.2f;
    static final float CELL = 8.8f, CELL_LEAD = 11f, CELL_PAD = 4f;

    PDDocument doc = new PDDocument();
    PDPage page;
    PDPageContentStream cs;
    float y;
    String docTitle = "";

    // ---------------------------------------------------------------- page handling
    void newPage() throws IOException {
        if (cs != null) cs.close();
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PAGE_H - MARGIN_T;
    }

    void ensure(float h) throws IOException {
        if (y - h < MARGIN_B) newPage();
    }

    // ---------------------------------------------------------------- text helpers
    /** Width of a line that may contain ^N superscript markers. */
    static float width(String s, PDFont f, float size) throws IOException {
        float w = 0;
        for (String[] seg : segments(s)) {
            if (seg[0].equals("sup")) w += REG.getStringWidth(seg[1]) / 1000f * size * 0.62f;
            else w += f.getStringWidth(seg[1]) / 1000f * size;
        }
        return w;
    }

    /** Splits "text^1 more" into normal and superscript segments. */
    static List<String[]> segments(String s) {
        List<String[]> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '^' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                if (cur.length() > 0) { out.add(new String[]{"txt", cur.toString()}); cur.setLength(0); }
                int j = i + 1;
                while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
                out.add(new String[]{"sup", s.substring(i + 1, j)});
                i = j - 1;
            } else cur.append(c);
        }
        if (cur.length() > 0) out.add(new String[]{"txt", cur.toString()});
        return out;
    }

    static List<String> wrap(String text, PDFont f, float size, float maxW) throws IOException {
        List<String> lines = new ArrayList<>();
        String[] words = text.trim().split("\\s+");
        StringBuilder line = new StringBuilder();
        for (String w : words) {
            String cand = line.length() == 0 ? w : line + " " + w;
            if (width(cand, f, size) <= maxW || line.length() == 0) {
                if (line.length() == 0 && width(w, f, size) > maxW) {
                    // hard-break a very long word
                    String rest = w;
                    while (width(rest, f, size) > maxW) {
                        int k = rest.length() - 1;
                        while (k > 1 && width(rest.substring(0, k) + "-", f, size) > maxW) k--;
                        lines.add(rest.substring(0, k) + "-");
                        rest = rest.substring(k);
                    }
                    line.append(rest);
                } else {
                    line.setLength(0);
                    line.append(cand);
                }
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(w);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** One text line: one BT/ET block, one showText per segment (superscripts raised). */
    void showLine(String s, PDFont f, float size, float x, float baseline) throws IOException {
        float cx = x;
        for (String[] seg : segments(s)) {
            cs.beginText();
            if (seg[0].equals("sup")) {
                float ss = size * 0.62f;
                cs.setFont(REG, ss);
                cs.newLineAtOffset(cx, baseline + size * 0.38f);
                cs.showText(seg[1]);
                cx += REG.getStringWidth(seg[1]) / 1000f * ss;
            } else {
                cs.setFont(f, size);
                cs.newLineAtOffset(cx, baseline);
                cs.showText(seg[1]);
                cx += f.getStringWidth(seg[1]) / 1000f * size;
            }
            cs.endText();
        }
    }

    // ---------------------------------------------------------------- blocks
    void title(String t) throws IOException {
        docTitle = t;
        for (String l : wrap(t, BOLD, 20, CONTENT_W)) {
            ensure(26);
            y -= 22;
            showLine(l, BOLD, 20, MARGIN_L, y);
            y -= 4;
        }
        y -= 4;
    }

    void subtitle(String t) throws IOException {
        cs.setNonStrokingColor(0.3f, 0.3f, 0.3f);
        for (String l : wrap(t, REG, 10, CONTENT_W)) {
            y -= 13;
            showLine(l, REG, 10, MARGIN_L, y);
        }
        cs.setNonStrokingColor(0f, 0f, 0f);
    }

    void warning(String t) throws IOException {
        y -= 10;
        List<String> lines = wrap(t, OBL, 9.5f, CONTENT_W - 16);
        float h = lines.size() * 12.5f + 12;
        cs.setNonStrokingColor(0.96f, 0.93f, 0.85f);
        cs.addRect(MARGIN_L, y - h, CONTENT_W, h);
        cs.fill();
        cs.setStrokingColor(0.6f, 0.45f, 0.1f);
        cs.setLineWidth(0.8f);
        cs.addRect(MARGIN_L, y - h, CONTENT_W, h);
        cs.stroke();
        cs.setStrokingColor(0f, 0f, 0f);
        cs.setNonStrokingColor(0f, 0f, 0f);
        float by = y - 6;
        for (String l : lines) {
            by -= 12.5f;
            showLine(l, OBL, 9.5f, MARGIN_L + 8, by + 2.5f);
        }
        y -= h + 8;
        cs.setLineWidth(1.2f);
        cs.moveTo(MARGIN_L, y);
        cs.lineTo(PAGE_W - MARGIN_R, y);
        cs.stroke();
        y -= 6;
    }

    void heading(int level, String t) throws IOException {
        float size = level == 1 ? 14f : 11.5f;
        float before = level == 1 ? 16f : 10f;
        ensure(before + size + 3 * BODY_LEAD); // keep with next
        y -= before + size;
        showLine(t, BOLD, size, MARGIN_L, y);
        if (level == 1) {
            cs.setLineWidth(0.5f);
            cs.setStrokingColor(0.55f, 0.55f, 0.55f);
            cs.moveTo(MARGIN_L, y - 4);
            cs.lineTo(PAGE_W - MARGIN_R, y - 4);
            cs.stroke();
            cs.setStrokingColor(0f, 0f, 0f);
            y -= 6;
        } else {
            y -= 3;
        }
    }

    void paragraph(String t) throws IOException {
        y -= 4;
        for (String l : wrap(t, REG, BODY, CONTENT_W)) {
            ensure(BODY_LEAD);
            y -= BODY_LEAD;
            showLine(l, REG, BODY, MARGIN_L, y);
        }
    }

    void bullet(String t) throws IOException {
        y -= 2;
        float indent = 16;
        // "Term: rest" -> keep plain text; generator writes bullet char separately
        List<String> lines = wrap(t, REG, BODY, CONTENT_W - indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(BODY_LEAD);
            y -= BODY_LEAD;
            if (i == 0) showLine("\u2022", REG, BODY, MARGIN_L + 4, y);
            showLine(lines.get(i), REG, BODY, MARGIN_L + indent, y);
        }
    }

    // ---------------------------------------------------------------- tables
    static class Table {
        String caption;
        float[] widths;
        String[] header;
        List<Group> groups = new ArrayList<>(); // group with label==null => plain rows
        List<String> notes = new ArrayList<>();
    }

    static class Group {
        String label; // spanning first-column text, or null
        List<String[]> rows = new ArrayList<>();
    }

    static Map<String, Table> readTables(File f) throws IOException {
        Map<String, Table> map = new LinkedHashMap<>();
        Table t = null;
        Group g = null;
        for (String raw : Files.readAllLines(f.toPath(), StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("@table ")) { t = new Table(); map.put(line.substring(7).trim(), t); g = null; }
            else if (line.equals("@endtable")) { t = null; }
            else if (line.startsWith("!caption ")) t.caption = line.substring(9);
            else if (line.startsWith("!widths ")) {
                String[] p = line.substring(8).split(",");
                t.widths = new float[p.length];
                for (int i = 0; i < p.length; i++) t.widths[i] = Float.parseFloat(p[i].trim());
            }
            else if (line.startsWith("!header ")) t.header = line.substring(8).split("\\|");
            else if (line.startsWith("!group ")) { g = new Group(); g.label = line.substring(7); t.groups.add(g); }
            else if (line.startsWith("!row ")) { Group pg = new Group(); pg.rows.add(line.substring(5).split("\\|")); t.groups.add(pg); g = null; }
            else if (line.startsWith("!note ")) t.notes.add(line.substring(6));
            else if (g != null) g.rows.add(line.split("\\|"));
        }
        return map;
    }

    float cellHeight(String text, PDFont f, float w) throws IOException {
        return wrap(text, f, CELL, w - 2 * CELL_PAD).size() * CELL_LEAD + 2 * CELL_PAD;
    }

    void cellText(String text, PDFont f, float x, float top, float w) throws IOException {
        float by = top - CELL_PAD - CELL + 1.5f;
        for (String l : wrap(text, f, CELL, w - 2 * CELL_PAD)) {
            showLine(l, f, CELL, x + CELL_PAD, by);
            by -= CELL_LEAD;
        }
    }

    void strokeRect(float x, float top, float w, float h) throws IOException {
        cs.addRect(x, top - h, w, h);
        cs.stroke();
    }

    void drawHeader(Table t) throws IOException {
        float h = 0;
        for (int i = 0; i < t.header.length; i++) h = Math.max(h, cellHeight(t.header[i], BOLD, t.widths[i]));
        float x = MARGIN_L;
        cs.setNonStrokingColor(0.86f, 0.89f, 0.93f);
        cs.addRect(MARGIN_L, y - h, CONTENT_W, h);
        cs.fill();
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.setLineWidth(0.6f);
        for (int i = 0; i < t.header.length; i++) {
            strokeRect(x, y, t.widths[i], h);
            cellText(t.header[i], BOLD, x, y, t.widths[i]);
            x += t.widths[i];
        }
        y -= h;
    }

    void table(Table t) throws IOException {
        // caption + header + first row must fit together
        ensure(20 + 60);
        y -= 14;
        showLine(t.caption, BOLD, 9.5f, MARGIN_L, y);
        y -= 5;
        drawHeader(t);
        cs.setLineWidth(0.6f);
        for (Group g : t.groups) {
            boolean spanning = g.label != null;
            int off = spanning ? 1 : 0;
            float[] rh = new float[g.rows.size()];
            for (int r = 0; r < g.rows.size(); r++) {
                String[] row = g.rows.get(r);
                float h = 0;
                for (int c = 0; c < row.length; c++) {
                    PDFont f = (!spanning && c == 0) ? BOLD : REG;
                    h = Math.max(h, cellHeight(row[c], f, t.widths[c + off]));
                }
                rh[r] = h;
            }
            if (spanning) {
                float need = cellHeight(g.label, BOLD, t.widths[0]);
                float sum = 0;
                for (float h : rh) sum += h;
                if (need > sum) rh[rh.length - 1] += need - sum;
            }
            float spanTop = y;
            boolean continued = false;
            for (int r = 0; r < g.rows.size(); r++) {
                if (y - rh[r] < MARGIN_B) {
                    if (spanning && spanTop > y) {
                        strokeRect(MARGIN_L, spanTop, t.widths[0], spanTop - y);
                        cellText(continued ? g.label + " (vervolg)" : g.label, BOLD, MARGIN_L, spanTop, t.widths[0]);
                    }
                    newPage();
                    showLine(t.caption + " (vervolg)", BOLD, 9.5f, MARGIN_L, y - 10);
                    y -= 15;
                    drawHeader(t);
                    cs.setLineWidth(0.6f);
                    spanTop = y;
                    continued = true;
                    if (spanning) {
                        float rest = 0;
                        for (int k = r; k < rh.length; k++) rest += rh[k];
                        float need = cellHeight(g.label + " (vervolg)", BOLD, t.widths[0]);
                        if (need > rest) rh[rh.length - 1] += need - rest;
                    }
                }
                String[] row = g.rows.get(r);
                float x = MARGIN_L + (spanning ? t.widths[0] : 0);
                for (int c = 0; c < row.length; c++) {
                    float w = t.widths[c + off];
                    PDFont f = (!spanning && c == 0) ? BOLD : REG;
                    strokeRect(x, y, w, rh[r]);
                    cellText(row[c], f, x, y, w);
                    x += w;
                }
                y -= rh[r];
            }
            if (spanning) {
                strokeRect(MARGIN_L, spanTop, t.widths[0], spanTop - y);
                cellText(continued ? g.label + " (vervolg)" : g.label, BOLD, MARGIN_L, spanTop, t.widths[0]);
            }
        }
        y -= 3;
        for (String n : t.notes) {
            for (String l : wrap(n, REG, 8f, CONTENT_W)) {
                ensure(10.5f);
                y -= 10.5f;
                showLine(l, REG, 8f, MARGIN_L, y);
            }
        }
        y -= 4;
    }

    // ---------------------------------------------------------------- footer
    void footers() throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage p = doc.getPage(i);
            try (PDPageContentStream f = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                f.setLineWidth(0.4f);
                f.setStrokingColor(0.5f, 0.5f, 0.5f);
                f.moveTo(MARGIN_L, 48);
                f.lineTo(PAGE_W - MARGIN_R, 48);
                f.stroke();
                f.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                f.beginText();
                f.setFont(REG, 8);
                f.newLineAtOffset(MARGIN_L, 36);
                f.showText(docTitle + " – Regionale Zorggroep Noorderkwartier");
                f.endText();
                String pg = "Pagina " + (i + 1) + " van " + n;
                float w = REG.getStringWidth(pg) / 1000f * 8;
                f.beginText();
                f.setFont(REG, 8);
                f.newLineAtOffset(PAGE_W - MARGIN_R - w, 36);
                f.showText(pg);
                f.endText();
                if (i > 0) {
                    f.beginText();
                    f.setFont(OBL, 8);
                    f.newLineAtOffset(MARGIN_L, PAGE_H - 40);
                    f.showText("Protocol Egelkoorts – versie 1.0 – 2026-05-20");
                    f.endText();
                }
            }
        }
    }

    // ---------------------------------------------------------------- main
    public static void main(String[] args) throws Exception {
        File content = new File(args[0]);
        File tables = new File(args[1]);
        File out = new File(args[2]);
        GuidelinePdf g = new GuidelinePdf();
        Map<String, Table> tbl = readTables(tables);
        g.newPage();
        for (String raw : Files.readAllLines(content.toPath(), StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("@title ")) g.title(line.substring(7));
            else if (line.startsWith("@subtitle ")) g.subtitle(line.substring(10));
            else if (line.startsWith("@warning ")) g.warning(line.substring(9));
            else if (line.startsWith("## ")) g.heading(2, line.substring(3));
            else if (line.startsWith("# ")) g.heading(1, line.substring(2));
            else if (line.startsWith("- ")) g.bullet(line.substring(2));
            else if (line.startsWith("P ")) g.paragraph(line.substring(2));
            else if (line.startsWith("@")) g.table(tbl.get(line.substring(1)));
            else g.paragraph(line);
        }
        g.cs.close();
        g.footers();
        PDDocumentInformation info = g.doc.getDocumentInformation();
        info.setTitle(g.docTitle);
        info.setAuthor("Regionale Zorggroep Noorderkwartier");
        info.setCreator("Zorggroep protocolgenerator 3.2 (Apache PDFBox)");
        g.doc.save(out);
        g.doc.close();
    }
}
