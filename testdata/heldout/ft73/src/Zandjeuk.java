// FICTIONAL test guideline FT-73 (Zandjeuk), produced with iText 5.
import com.itextpdf.text.*;
import com.itextpdf.text.pdf.*;
import java.io.FileOutputStream;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Zandjeuk {
    static BaseFont HELV, HELVB, HELVI, DEJAVU;
    static Font F, FB, FI, FBI, FSYM, FSMALL, FSMALLB, FSUP, FHEAD, FH1, FH2, FSYMSMALL, FSYMB;
    static java.util.List<String> notes = new ArrayList<>();

    static class Events extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) {
            total = w.getDirectContent().createTemplate(30, 12);
        }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            if (w.getPageNumber() > 1) {
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    new Phrase("Fictieve Standaard Zandjeuk (FT-73)", FSMALLB), d.left(), d.top() + 20, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                    new Phrase("Fictief testdocument \u2013 geen medisch advies", FSMALL), d.right(), d.top() + 20, 0);
                cb.setLineWidth(0.5f);
                cb.moveTo(d.left(), d.top() + 15);
                cb.lineTo(d.right(), d.top() + 15);
                cb.stroke();
            }
            String s = "Pagina " + w.getPageNumber() + " van ";
            float len = HELV.getWidthPoint(s, 8);
            float x = (d.left() + d.right()) / 2 - 20;
            cb.beginText();
            cb.setFontAndSize(HELV, 8);
            cb.setTextMatrix(x, d.bottom() - 25);
            cb.showText(s);
            cb.endText();
            cb.addTemplate(total, x + len, d.bottom() - 25);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                new Phrase("versie maart 2026", FSMALL), d.right(), d.bottom() - 25, 0);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText();
            total.setFontAndSize(HELV, 8);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(w.getPageNumber()));
            total.endText();
        }
    }

    // Markup: **bold**, __italic__, [[n]] note reference (superscript), ≥ ≤ via DejaVu
    static Pattern TOK = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__|\\[\\[(.+?)\\]\\]");

    static void addText(Phrase ph, String s, Font base, Font sym) {
        // split out ≥ ≤ into DejaVu (Identity-H) chunks
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2265' || c == '\u2264') {
                if (cur.length() > 0) { ph.add(new Chunk(cur.toString(), base)); cur.setLength(0); }
                ph.add(new Chunk(String.valueOf(c), sym));
            } else cur.append(c);
        }
        if (cur.length() > 0) ph.add(new Chunk(cur.toString(), base));
    }

    static Phrase rich(String s, Font base, Font bold, Font ital) {
        Phrase ph = new Phrase();
        ph.setFont(base);
        Matcher m = TOK.matcher(s);
        int last = 0;
        while (m.find()) {
            addText(ph, s.substring(last, m.start()), base, base == FSMALL ? FSYMSMALL : FSYM);
            if (m.group(1) != null) addText(ph, m.group(1), bold, FSYMB);
            else if (m.group(2) != null) addText(ph, m.group(2), ital, FSYM);
            else {
                Chunk c = new Chunk(m.group(3), FSUP);
                c.setTextRise(4f);
                ph.add(c);
            }
            last = m.end();
        }
        addText(ph, s.substring(last), base, base == FSMALL ? FSYMSMALL : FSYM);
        return ph;
    }

    static Paragraph p(String s) {
        Paragraph par = new Paragraph();
        par.add(rich(s, F, FB, FI));
        par.setLeading(14f);
        par.setSpacingAfter(6f);
        par.setAlignment(Element.ALIGN_JUSTIFIED);
        return par;
    }

    static com.itextpdf.text.List bullets(String... items) {
        com.itextpdf.text.List l = new com.itextpdf.text.List(com.itextpdf.text.List.UNORDERED, 12f);
        l.setListSymbol(new Chunk("\u2022", F));
        l.setIndentationLeft(10f);
        for (String it : items) {
            ListItem li = new ListItem(14f, "", F);
            li.add(rich(it, F, FB, FI));
            l.add(li);
        }
        return l;
    }

    static com.itextpdf.text.List numbered(String... items) {
        com.itextpdf.text.List l = new com.itextpdf.text.List(com.itextpdf.text.List.ORDERED, 16f);
        l.setIndentationLeft(10f);
        for (String it : items) {
            ListItem li = new ListItem(14f, "", F);
            li.add(rich(it, F, FB, FI));
            l.add(li);
        }
        return l;
    }

    static int chapterNo = 0;
    static Chapter chapter(String title, boolean numbered) {
        Paragraph t = new Paragraph(title, FH1);
        t.setSpacingBefore(10f);
        t.setSpacingAfter(6f);
        Chapter c = new Chapter(t, numbered ? ++chapterNo : 0);
        if (!numbered) c.setNumberDepth(0);
        c.setTriggerNewPage(false);
        return c;
    }
    static Section section(Chapter c, String title) {
        Paragraph t = new Paragraph(title, FH2);
        t.setSpacingBefore(6f);
        t.setSpacingAfter(4f);
        Section s = c.addSection(t);
        s.setTriggerNewPage(false);
        return s;
    }

    static PdfPCell cell(String s, Font f) {
        PdfPCell c = new PdfPCell(rich(s, f, FSMALLB, FSMALL));
        c.setPadding(3f);
        c.setBorderWidth(0.5f);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        return c;
    }
    static PdfPCell cell(String s) { return cell(s, FSMALL); }

    static void drugRows(PdfPTable t, String drug, String[][] rows) {
        PdfPCell d = cell("**" + drug + "**");
        d.setRowspan(rows.length);
        d.setBackgroundColor(new BaseColor(0xEE, 0xEE, 0xEE));
        t.addCell(d);
        for (String[] r : rows) {
            t.addCell(cell(r[0]));
            if (r.length == 2) {
                PdfPCell x = cell(r[1]);
                x.setColspan(4);
                t.addCell(x);
            } else {
                for (int i = 1; i < r.length; i++) t.addCell(cell(r[i]));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String dv = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        String dvb = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
        HELV = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        HELVB = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        HELVI = BaseFont.createFont(BaseFont.HELVETICA_OBLIQUE, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        DEJAVU = BaseFont.createFont(dv, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont DEJAVUB = BaseFont.createFont(dvb, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        F = new Font(HELV, 10);
        FB = new Font(HELVB, 10);
        FI = new Font(HELVI, 10);
        FSYM = new Font(DEJAVU, 9.5f);
        FSYMB = new Font(DEJAVUB, 9);
        FSYMSMALL = new Font(DEJAVU, 8.5f);
        FSMALL = new Font(HELV, 8.5f);
        FSMALLB = new Font(HELVB, 8.5f);
        FSUP = new Font(HELV, 6.5f);
        FH1 = new Font(HELVB, 14);
        FH2 = new Font(HELVB, 11.5f);

        Document doc = new Document(PageSize.A4, 60, 60, 70, 60);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(args[0]));
        w.setPageEvent(new Events());
        w.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        doc.addTitle("Fictieve Standaard Zandjeuk (FT-73)");
        doc.addAuthor("Fictieve werkgroep");
        doc.addSubject("Fictieve richtlijn voor tests");
        doc.addCreator("FT-73 generator (iText 5)");
        doc.open();

        Paragraph title = new Paragraph("Fictieve Standaard Zandjeuk (FT-73)", new Font(HELVB, 20));
        title.setSpacingAfter(4f);
        doc.add(title);
        doc.add(p("__Fictieve werkgroep huisartsgeneeskunde. Eerste versie, maart 2026. Dit document is volledig verzonnen en uitsluitend bedoeld voor het testen van software; het is geen medisch advies.__"));

        // ---------- 1 Kernboodschappen
        Chapter c1 = chapter("Kernboodschappen", true);
        c1.add(bullets(
            "Zandjeuk is een fictieve, jeukende huidaandoening na contact met duinzand waarin de zandmijt __Psammacarus dunensis__ leeft.[[1]]",
            "Stel de diagnose klinisch met anamnese en lichamelijk onderzoek; bepaal de ernst met de **ZAND-score** (0\u20136 punten).",
            "Behandel lichte zandjeuk (ZAND-score 0\u20132) met orvadizolcr\u00e8me 2%; geef bij matige zandjeuk (score 3\u20134) brentaxime oraal.",
            "Geef bij ernstige zandjeuk (score \u2265 5) brentaxime \u00e9n solvimectine; solvimectine is gecontra-indiceerd in de zwangerschap.",
            "Verlaag de dosis brentaxime bij een eGFR < 60 ml/min/1,73 m\u00b2.",
            "Verwijs met spoed bij lymfangitis met koorts of bij een zuigeling jonger dan 3 maanden met uitgebreide papels."));
        doc.add(c1);

        // ---------- 2 Achtergronden
        Chapter c2 = chapter("Achtergronden", true);
        Section s21 = section(c2, "Begripsbepaling");
        s21.add(p("Onder **zandjeuk** wordt in deze standaard verstaan: een jeukende, papuleuze huiduitslag die ontstaat binnen 1 tot 4 dagen na blootstelling van de onbedekte huid aan duinzand of strandzand waarin de zandmijt voorkomt. De aandoening wordt ook wel __duinmijtdermatitis__ genoemd. Er is geen verband met scabi\u00ebs."));
        Section s22 = section(c2, "Epidemiologie");
        s22.add(p("De incidentie in de huisartsenpraktijk wordt geschat op 3,2 per 1000 pati\u00ebnten per jaar, met een duidelijke piek in de maanden juni tot en met september.[[2]] Kinderen van 4 tot 12 jaar en strandwerkers worden het vaakst getroffen. Bij ongeveer 8% van de pati\u00ebnten ontstaat een secundaire bacteri\u00eble infectie van opengekrabde papels."));
        Section s23 = section(c2, "Etiologie en pathofysiologie");
        s23.add(p("De larven van __Psammacarus dunensis__ dringen de hoornlaag binnen en sterven daar binnen 72 uur af. De jeuk is het gevolg van een type-IV-overgevoeligheidsreactie op mijtantigenen. Omdat de larven niet in de huid kunnen vermenigvuldigen, is de aandoening zelflimiterend; zonder behandeling verdwijnen de klachten meestal binnen 3 tot 4 weken. Herhaalde blootstelling leidt tot snellere en heftigere reacties."));
        doc.add(c2);

        // ---------- 3 Richtlijnen diagnostiek
        Chapter c3 = chapter("Richtlijnen diagnostiek", true);
        Section s31 = section(c3, "Anamnese");
        s31.add(p("Vraag naar:"));
        s31.add(bullets(
            "blootstelling aan duin- of strandzand in de afgelopen 7 dagen (blote voeten, zitten of liggen in het zand);",
            "begin, beloop en lokalisatie van de jeuk en de huiduitslag;",
            "nachtelijke jeuk en slaapverstoring;",
            "koorts, rode strepen op de huid of pijnlijke klieren in de lies of oksel;",
            "eerdere episodes van zandjeuk en de reactie op eerdere behandeling;",
            "zwangerschap, borstvoeding, nierfunctie en gebruik van cumarinederivaten of simvastatine."));
        Section s32 = section(c3, "Lichamelijk onderzoek");
        s32.add(p("Inspecteer de gehele huid. Typisch zijn groepjes van 2 tot 4 mm grote, rode papels met een centraal puntje, vooral op onderbenen, voeten, billen en onderrug. Tel het aantal papels in de meest aangedane regio en noteer het aantal aangedane lichaamsregio's. Let op krabeffecten, pustels en honingkleurige korsten (secundaire impetiginisatie). Meet de temperatuur bij een zieke indruk."));
        Section s33 = section(c3, "Alarmsymptomen");
        s33.add(p("De volgende bevindingen wijzen op een gecompliceerd beloop en vragen om direct handelen (zie 4.7):"));
        s33.add(bullets(
            "koorts \u2265 38,5 \u00b0C in combinatie met lymfangitis (rode streep richting lies of oksel);",
            "zuigeling jonger dan 3 maanden met papels op meer dan \u00e9\u00e9n lichaamsregio;",
            "betrokkenheid van de oogleden of het oogslijmvlies;",
            "pati\u00ebnten die immuunsuppressiva gebruiken of een verminderde afweer hebben."));
        Section s34 = section(c3, "ZAND-score");
        s34.add(p("Bepaal de ernst met de ZAND-score.[[3]] Tel de punten van de vier onderdelen op (totaal 0\u20136)."));
        Paragraph cap1 = new Paragraph("Tabel 1  ZAND-score", FSMALLB);
        cap1.setSpacingAfter(2f);
        s34.add(cap1);
        PdfPTable score = new PdfPTable(new float[]{2.2f, 3.2f, 0.8f});
        score.setWidthPercentage(75);
        score.setHorizontalAlignment(Element.ALIGN_LEFT);
        score.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        String[][] sc = {
            {"**Z** \u2013 Zichtbare papels (meest aangedane regio)", "minder dan 10 papels", "0"},
            {"", "10 tot 30 papels", "1"},
            {"", "meer dan 30 papels", "2"},
            {"**A** \u2013 Aantal aangedane regio's", "1 regio", "0"},
            {"", "2 regio's", "1"},
            {"", "\u2265 3 regio's", "2"},
            {"**N** \u2013 Nachtelijke jeuk", "nee", "0"},
            {"", "ja, met slaapverstoring", "1"},
            {"**D** \u2013 Duur van de klachten", "korter dan 7 dagen", "0"},
            {"", "7 dagen of langer", "1"},
        };
        for (String[] r : sc) {
            for (int i = 0; i < 3; i++) {
                PdfPCell c = new PdfPCell(rich(r[i], F, FB, FI));
                c.setBorder(Rectangle.NO_BORDER);
                c.setPadding(2f);
                if (i == 2) c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                score.addCell(c);
            }
        }
        score.setSpacingAfter(8f);
        s34.add(score);
        s34.add(p("Interpretatie: **0\u20132 punten** lichte zandjeuk; **3\u20134 punten** matige zandjeuk; **5\u20136 punten** ernstige zandjeuk."));
        Section s35 = section(c3, "Aanvullend onderzoek");
        s35.add(p("Aanvullend onderzoek is meestal niet nodig. Bepaal de eGFR voordat brentaxime wordt gestart bij pati\u00ebnten van 70 jaar en ouder en bij bekende nierfunctiestoornis. Een huidkweek is alleen zinvol bij pustels of korsten die niet reageren op behandeling."));
        doc.add(c3);

        // ---------- 4 Richtlijnen beleid
        Chapter c4 = chapter("Richtlijnen beleid", true);
        Section s41 = section(c4, "Voorlichting");
        s41.add(p("Leg uit dat zandjeuk onschuldig en niet besmettelijk is en dat de klachten ook zonder behandeling binnen 3 tot 4 weken verdwijnen. Adviseer bij een volgend strandbezoek een handdoek of strandstoel te gebruiken, schoenen te dragen in de duinen en na het strandbezoek binnen 2 uur te douchen met water en zeep. Kleding die in contact is geweest met zand wassen op minimaal 40 \u00b0C."));
        Section s42 = section(c4, "Niet-medicamenteuze behandeling");
        s42.add(p("Adviseer de nagels kort te houden en niet te krabben. Koele kompressen (10 minuten, 3 keer per dag) verminderen de jeuk. Een indifferente cr\u00e8me (bijvoorbeeld cetomacrogolcr\u00e8me) kan meerdere keren per dag worden gebruikt."));
        Section s43 = section(c4, "Medicamenteuze behandeling");
        s43.add(p("Kies de behandeling op basis van de ZAND-score:"));
        s43.add(numbered(
            "**Lichte zandjeuk (0\u20132 punten):** orvadizolcr\u00e8me 2%, eventueel aangevuld met pivoxadrine voor de nacht.",
            "**Matige zandjeuk (3\u20134 punten):** brentaxime oraal gedurende 7 dagen; orvadizolcr\u00e8me mag worden gecontinueerd.",
            "**Ernstige zandjeuk (5\u20136 punten):** brentaxime oraal \u00e9n solvimectine eenmalig, te herhalen na 7 dagen."));
        s43.add(p("**Pivoxadrine** (sederend antihistaminicum) kan worden gegeven bij nachtelijke jeuk: volwassenen 10 mg 1 dd voor de nacht, kinderen van 6 tot 12 jaar 5 mg 1 dd voor de nacht, gedurende maximaal 14 dagen. Geef pivoxadrine niet aan kinderen jonger dan 6 jaar. Bij ouderen van 75 jaar en ouder is de startdosering 5 mg 1 dd vanwege valrisico.[[4]]"));
        s43.add(p("**Zelmocort** zalf 0,1% (klasse 2-corticosteroid) is een alternatief voor orvadizol bij sterk ontstoken papels: 1 dd dun aanbrengen gedurende maximaal 7 dagen; niet gebruiken in het gelaat of in de luierstreek."));
        s43.add(p("Bij secundaire impetiginisatie: **quoranide** 500 mg 3 dd gedurende 5 dagen (volwassenen); kinderen 30 mg/kg/dag in 3 doses, maximaal 1500 mg per dag. De dosering van de middelen uit de tabel staat in Tabel 2.[[5]]"));

        PdfPTable t = new PdfPTable(new float[]{1.6f, 2.4f, 2.0f, 1.4f, 1.3f, 3.0f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(6f);
        t.setSpacingAfter(8f);
        t.setHeaderRows(2);
        t.setSplitLate(false);
        PdfPCell cap = new PdfPCell(new Phrase("Tabel 2  Dosering van orvadizol, brentaxime en solvimectine bij zandjeuk", FSMALLB));
        cap.setColspan(6);
        cap.setBorder(Rectangle.NO_BORDER);
        cap.setPaddingBottom(4f);
        t.addCell(cap);
        for (String h : new String[]{"Middel", "Populatie", "Dosering", "Frequentie", "Duur", "Opmerkingen"}) {
            PdfPCell hc = cell("**" + h + "**");
            hc.setBackgroundColor(new BaseColor(0xCC, 0xCC, 0xCC));
            t.addCell(hc);
        }
        drugRows(t, "Orvadizol cr\u00e8me 2%", new String[][]{
            {"Volwassenen en kinderen \u2265 6 maanden", "dun aanbrengen op de papels", "2 dd", "14 dagen", "na aanbrengen handen wassen"},
            {"Zuigelingen < 6 maanden", "dun aanbrengen, maximaal 10% van het lichaamsoppervlak", "1 dd", "maximaal 7 dagen", "niet op de handjes aanbrengen (in de mond)"},
            {"Zwangerschap en borstvoeding", "dun aanbrengen op de papels", "2 dd", "14 dagen", "veilig; niet op de tepel aanbrengen"},
        });
        drugRows(t, "Brentaxime (tablet 100 mg, 200 mg; drank 20 mg/ml)", new String[][]{
            {"Volwassenen", "200 mg", "2 dd", "7 dagen", "innemen tijdens de maaltijd"},
            {"Ouderen \u2265 70 jaar", "100 mg", "2 dd", "7 dagen", "eGFR bepalen v\u00f3\u00f3r start"},
            {"Kinderen 2\u201311 jaar", "10 mg/kg/dag verdeeld over 2 doses", "2 dd", "7 dagen", "maximaal 400 mg per dag; drank 20 mg/ml"},
            {"Kinderen < 2 jaar", "niet onderzocht; overleg met kinderarts"},
            {"eGFR 30\u201359 ml/min/1,73 m\u00b2", "100 mg", "2 dd", "7 dagen", "geen controle nodig"},
            {"eGFR < 30 ml/min/1,73 m\u00b2", "100 mg", "1 dd", "7 dagen", "eGFR controleren na 7 dagen"},
            {"Zwangerschap", "200 mg", "2 dd", "7 dagen", "middel van eerste keus in de zwangerschap"},
            {"Borstvoeding", "200 mg", "2 dd", "7 dagen", "let op diarree bij de zuigeling"},
        });
        drugRows(t, "Solvimectine (tablet 3 mg)", new String[][]{
            {"Volwassenen", "12 mg", "eenmalig", "herhalen na 7 dagen", "innemen op een lege maag, 1 uur v\u00f3\u00f3r het ontbijt"},
            {"Ouderen \u2265 70 jaar", "12 mg", "eenmalig", "herhalen na 7 dagen", "geen dosisaanpassing"},
            {"Kinderen \u2265 15 kg", "0,2 mg/kg (afronden op hele tabletten van 3 mg)", "eenmalig", "herhalen na 7 dagen", "tablet mag fijngemaakt worden"},
            {"Kinderen < 15 kg", "niet gebruiken"},
            {"eGFR < 30 ml/min/1,73 m\u00b2", "6 mg", "eenmalig", "herhalen na 7 dagen", "overleg met internist bij dialyse"},
            {"Zwangerschap", "gecontra-indiceerd; geef alleen brentaxime"},
            {"Borstvoeding", "12 mg", "eenmalig", "herhalen na 7 dagen", "borstvoeding 48 uur onderbreken (kolven en weggooien)"},
        });
        s43.add(t);
        s43.add(p("De nummering van de tabellen volgt de standaard: Tabel 1 is de ZAND-score in paragraaf 3.4."));

        Section s44 = section(c4, "Contra-indicaties");
        s44.add(bullets(
            "**Solvimectine**: zwangerschap (teratogeen in dierexperimenteel onderzoek) en kinderen met een lichaamsgewicht < 15 kg.[[6]]",
            "**Brentaxime**: ernstige leverfunctiestoornis (Child-Pugh C) en eerdere overgevoeligheid voor brentaxime.",
            "**Pivoxadrine**: nauwekamerhoekglaucoom, prostaathypertrofie met urineretentie en kinderen jonger dan 6 jaar.",
            "**Zelmocort**: bacteri\u00eble, virale of schimmelinfecties van de huid op de plaats van aanbrengen."));
        Section s45 = section(c4, "Interacties");
        s45.add(p("**Brentaxime** remt CYP3A4. Staak **simvastatine** tijdens de kuur met brentaxime en hervat 3 dagen na de laatste dosis. Bij gelijktijdig gebruik van **ciclosporine** is brentaxime gecontra-indiceerd; kies dan solvimectine (bij volwassenen) of overleg met de specialist."));
        s45.add(p("**Solvimectine** versterkt het effect van **cumarinederivaten**: controleer de INR 3 dagen na de eerste dosis. Pivoxadrine versterkt de sederende werking van alcohol en benzodiazepinen."));
        Section s46 = section(c4, "Controle en follow-up");
        s46.add(p("Een controle is niet nodig bij lichte zandjeuk. Evalueer bij matige en ernstige zandjeuk na 7 dagen (telefonisch of op het spreekuur). Bepaal de ZAND-score opnieuw; bij een daling van minder dan 2 punten na 14 dagen de diagnose heroverwegen. Controleer bij een eGFR < 30 de nierfunctie 7 dagen na de start van brentaxime. Jeuk kan tot 2 weken na succesvolle behandeling aanhouden (postmijtjeuk) en is dan geen reden voor een nieuwe kuur."));
        Section s47 = section(c4, "Consultatie en verwijzing");
        s47.add(bullets(
            "Verwijs met spoed naar de SEH bij lymfangitis met koorts \u2265 38,5 \u00b0C.",
            "Verwijs zuigelingen jonger dan 3 maanden met papels op meer dan \u00e9\u00e9n lichaamsregio dezelfde dag naar de kinderarts.",
            "Verwijs naar de oogarts bij betrokkenheid van het oogslijmvlies.",
            "Verwijs naar de dermatoloog als na 2 volledige behandelkuren geen verbetering optreedt of bij twijfel aan de diagnose."));
        doc.add(c4);

        // ---------- Noten
        Chapter cn = chapter("Noten", false);
        String[] nt = {
            "__Psammacarus dunensis__ is een verzonnen mijtsoort; de hele aandoening in deze standaard is fictief.",
            "Schatting op basis van een fictieve registratie in 14 huisartsenpraktijken in de kustregio (2019\u20132024).",
            "De ZAND-score is door de fictieve werkgroep ontwikkeld en gevalideerd in een fictief cohort van 412 pati\u00ebnten (sensitiviteit 84% voor ernstige zandjeuk bij een score \u2265 5).",
            "Bij ouderen kan de dosering van pivoxadrine na 3 dagen worden verhoogd naar 10 mg 1 dd als de startdosering goed wordt verdragen.",
            "De doseringen in Tabel 2 zijn gebaseerd op de fictieve productinformatie (SmPC) van 2025.",
            "Bij een onbedoelde blootstelling aan solvimectine in het eerste trimester: overleg met de gynaecoloog; er is geen indicatie voor afbreking van de zwangerschap."};
        com.itextpdf.text.List nl = new com.itextpdf.text.List(com.itextpdf.text.List.ORDERED, 16f);
        for (String n : nt) {
            ListItem li = new ListItem(12f, "", FSMALL);
            li.add(rich(n, FSMALL, FSMALLB, FSMALL));
            nl.add(li);
        }
        cn.add(nl);
        doc.add(cn);

        Chapter ca = chapter("Afkortingen", false);
        PdfPTable ab = new PdfPTable(new float[]{1f, 5f});
        ab.setWidthPercentage(70);
        ab.setHorizontalAlignment(Element.ALIGN_LEFT);
        String[][] abr = {
            {"dd", "maal daags (per dag)"},
            {"eGFR", "geschatte glomerulaire filtratiesnelheid (ml/min/1,73 m\u00b2)"},
            {"INR", "International Normalized Ratio"},
            {"SEH", "spoedeisende hulp"},
            {"SmPC", "Summary of Product Characteristics (productinformatie)"},
            {"ZAND", "Zichtbare papels, Aantal regio's, Nachtelijke jeuk, Duur (ernstscore)"},
        };
        for (String[] r : abr) {
            PdfPCell a = new PdfPCell(new Phrase(r[0], FB));
            a.setBorder(Rectangle.NO_BORDER);
            PdfPCell b = new PdfPCell(new Phrase(r[1], F));
            b.setBorder(Rectangle.NO_BORDER);
            ab.addCell(a);
            ab.addCell(b);
        }
        ca.add(ab);
        doc.add(ca);

        doc.close();
    }
}
