# encoding: utf-8
# Fictieve Standaard Rietkraagkoorts (FT-172) -- generated the way a Rails HIS
# backend would render a guideline PDF with Prawn + prawn-table.
require "prawn"
require "prawn/table"

OUT = ARGV[0] || "ft172-rietkraagkoorts.pdf"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

class GuidelinePdf
  include Prawn::View

  def initialize
    @document = Prawn::Document.new(page_size: "A4",
                                    margin: [60, 50, 55, 50],
                                    info: { Title: "Fictieve Standaard Rietkraagkoorts (FT-172)",
                                            Author: "Werkgroep Rietkraagkoorts (fictief)",
                                            Creator: "HIS-backend (Prawn 2.4.0)" })
    font_families.update("DejaVu" => {
      normal: "#{FONT_DIR}/DejaVuSans.ttf",
      bold: "#{FONT_DIR}/DejaVuSans-Bold.ttf",
      italic: "#{FONT_DIR}/DejaVuSans-Oblique.ttf",
      bold_italic: "#{FONT_DIR}/DejaVuSans-BoldOblique.ttf"
    })
    font "DejaVu"
    font_size 10
    default_leading 2
  end

  # ---- helpers ---------------------------------------------------------
  def h1(str)
    move_down 6
    text str, size: 17, style: :bold
    move_down 6
  end

  def h2(str)
    move_down 10
    text str, size: 13.5, style: :bold, color: "1F4E79"
    stroke_color "1F4E79"
    stroke_horizontal_rule
    stroke_color "000000"
    move_down 6
  end

  def h3(str)
    move_down 6
    text str, size: 11, style: :bold
    move_down 3
  end

  # inline_format treats a bare "<" as a tag opener: escape comparisons
  def esc(str)
    str.gsub(/<(?=[\s\d])/, "&lt;")
  end

  def para(str)
    text esc(str), inline_format: true, align: :left
    move_down 5
  end

  def bullet(str, level = 0)
    indent(12 + level * 14) do
      float { text(level.zero? ? "•" : "–") }
      indent(11) { text esc(str), inline_format: true }
    end
    move_down 2
  end

  def header_footer
    repeat(:all) do
      bounding_box([bounds.left, bounds.top + 38], width: bounds.width, height: 22) do
        font_size(8) do
          text "Fictieve NHG-Standaard Rietkraagkoorts (FT-172)", style: :bold
          text "FICTIEF — geen medisch advies", color: "A00000"
        end
      end
      stroke_color "999999"
      stroke_line [bounds.left, bounds.top + 12], [bounds.right, bounds.top + 12]
      stroke_line [bounds.left, bounds.bottom - 12], [bounds.right, bounds.bottom - 12]
      stroke_color "000000"
      bounding_box([bounds.left, bounds.bottom - 16], width: bounds.width / 2, height: 12) do
        font_size(8) { text "Versie 1.2 — december 2026" }
      end
    end
    number_pages "Pagina <page> van <total>",
                 at: [bounds.right - 150, bounds.bottom - 16], width: 150,
                 align: :right, size: 8, start_count_at: 1
  end

  # ---- document --------------------------------------------------------
  def build
    title_block
    kernboodschappen
    achtergronden
    diagnostiek
    alarmsymptomen
    beleid
    dose_table
    zwangerschap
    contra_indicaties
    interacties
    controles
    verwijzing
    noten
    header_footer
    self
  end

  def title_block
    text "Fictieve Standaard Rietkraagkoorts", size: 22, style: :bold
    move_down 4
    text "FICTIEF — geen medisch advies", size: 12, style: :bold, color: "A00000"
    move_down 2
    text "Versie 1.2, vastgesteld 14 december 2026 — Werkgroep Rietkraagkoorts (fictief). " \
         "Herziening gepland in 2029.", size: 9, style: :italic
    move_down 4
    text "Dit document is een verzonnen testrichtlijn. De ziekte, middelen, sneltest en score bestaan niet.",
         size: 9, style: :italic
    move_down 8
  end

  def kernboodschappen
    h2 "Kernboodschappen"
    bullet "Denk aan rietkraagkoorts bij acute koorts met kuitpijn na contact met oppervlaktewater of rietoevers in de afgelopen 14 dagen."
    bullet "Bepaal bij verdenking de RIET-SCORE; doe bij een score van 3 of 4 de RKK-sneltest."
    bullet "Brenazine is het middel van eerste keus, ook bij zwangeren en kinderen."
    bullet "Moxelidol is het alternatief bij overgevoeligheid voor brenazine; tarquine is gereserveerd voor therapiefalen."
    bullet "Verwijs direct bij alarmsymptomen zoals icterus, oligurie of hemoptoë."
    bullet "Controleer telefonisch na 48 tot 72 uur of de koorts daalt."
  end

  def achtergronden
    h2 "Achtergronden"
    h3 "Begrippen"
    para "<b>Rietkraagkoorts</b>: acute, meestal zelflimiterende bacteriële infectie door <i>Harundobacter paludis</i>, " \
         "gekenmerkt door koorts, kuitpijn en conjunctivale roodheid."
    para "<b>Ernstige rietkraagkoorts</b>: rietkraagkoorts met orgaanbetrokkenheid (nier, lever of long), " \
         "herkenbaar aan een of meer alarmsymptomen."
    para "<b>Therapiefalen</b>: aanhoudende koorts ≥ 38,5 °C na 72 uur adequate behandeling met brenazine of moxelidol."
    h3 "Epidemiologie"
    para "De incidentie in Nederland wordt geschat op 12 per 100.000 personen per jaar<sup>1</sup>. " \
         "Een normpraktijk ziet ongeveer één patiënt per drie jaar. De ziekte komt vooral voor van augustus tot en met oktober. " \
         "Mannen worden twee keer zo vaak getroffen als vrouwen; de meeste patiënten zijn 20 tot 50 jaar oud. " \
         "Risicogroepen zijn rietsnijders, sportvissers, kanovaarders en bewoners van woonboten."
    para "Ongeveer 5% van de patiënten ontwikkelt ernstige rietkraagkoorts. De letaliteit van ernstige rietkraagkoorts bedraagt circa 1%."
    h3 "Etiologie"
    para "<i>Harundobacter paludis</i> wordt uitgescheiden in de urine van muskusratten en waterhoenders en overleeft weken in stilstaand, " \
         "zoet oppervlaktewater. Besmetting vindt plaats via huidwondjes of slijmvliezen. " \
         "De incubatietijd bedraagt 5 tot 12 dagen. Overdracht van mens op mens is niet beschreven."
    para "Na doorgemaakte infectie ontstaat immuniteit die ongeveer vijf jaar aanhoudt."
  end

  def diagnostiek
    h2 "Richtlijnen diagnostiek"
    h3 "Anamnese"
    para "Vraag naar:"
    bullet "begin en beloop van de koorts en de hoogte van de temperatuur;"
    bullet "kuitpijn, spierpijn, hoofdpijn en rode ogen;"
    bullet "contact met oppervlaktewater, riet of slootkanten in de afgelopen 14 dagen (beroep, hobby, woonboot);"
    bullet "verminderde urineproductie, donkere urine of gele verkleuring van huid of ogen;"
    bullet "zwangerschap, nierfunctiestoornissen en gebruik van cumarines of statines."
    h3 "Lichamelijk onderzoek"
    bullet "Meet temperatuur, pols, bloeddruk en ademfrequentie."
    bullet "Beoordeel de conjunctivae op roodheid en de sclerae op icterus."
    bullet "Palpeer de kuiten: drukpijn van de kuitspieren is kenmerkend."
    bullet "Let op tekenen van meningeale prikkeling."
    h3 "Aanvullend onderzoek"
    para "De <b>RKK-sneltest</b> is een immunochromatografische antigeentest op capillair bloed (vingerprik) met een uitslag na 15 minuten. " \
         "De test is betrouwbaar vanaf de derde ziektedag. De sensitiviteit is 82% en de specificiteit 95%<sup>2</sup>. " \
         "Een negatieve sneltest in de eerste twee ziektedagen sluit rietkraagkoorts niet uit; herhaal de test dan na 48 uur."
    para "Bepaal bij ouderen > 70 jaar en bij patiënten met bekende nierfunctiestoornis het serumcreatinine en de eGFR vóór start van de behandeling. " \
         "Een CRP is niet nodig voor de diagnose."
    h3 "RIET-SCORE"
    para "De RIET-SCORE schat de kans op rietkraagkoorts bij acute koorts<sup>3</sup>. Tel de punten van de aanwezige criteria op."
    score_table
    move_down 8
    para "Interpretatie van de totaalscore:"
    band_table
    move_down 6
  end

  def score_table
    data = [["Criterium", "Punten"],
            ["Contact met oppervlaktewater of rietoever in de afgelopen 14 dagen", "2"],
            ["Temperatuur ≥ 38,5 °C", "1"],
            ["Drukpijn van de kuiten", "1"],
            ["Conjunctivale roodheid zonder afscheiding", "1"],
            ["Leeftijd ≥ 65 jaar", "1"],
            ["Positieve RKK-sneltest", "3"]]
    table(data, header: true, width: 380, column_widths: { 1 => 60 },
          cell_style: { size: 9, padding: [4, 6], border_width: 0.5 }) do
      row(0).font_style = :bold
      row(0).background_color = "DDE7F0"
      column(1).align = :center
    end
  end

  def band_table
    data = [["Score", "Risico", "Beleid"],
            ["0–2", "laag", "Geen sneltest, geen antibiotica; expectatief beleid en uitleg over alarmsymptomen."],
            ["3–4", "intermediair", "RKK-sneltest; behandel bij positieve test met brenazine."],
            ["≥ 5", "hoog", "Start direct brenazine, ook zonder sneltest."]]
    table(data, header: true, width: bounds.width, column_widths: { 0 => 50, 1 => 80 },
          cell_style: { size: 9, padding: [4, 6], border_width: 0.5 }) do
      row(0).font_style = :bold
      row(0).background_color = "DDE7F0"
    end
  end

  def alarmsymptomen
    h2 "Alarmsymptomen"
    para "Alarmsymptomen wijzen op ernstige rietkraagkoorts:"
    bullet "icterus (gele sclerae of huid);"
    bullet "oligurie (urineproductie < 400 ml per 24 uur) of anurie;"
    bullet "hemoptoë of dyspneu met een ademfrequentie > 24 per minuut;"
    bullet "systolische bloeddruk < 90 mmHg;"
    bullet "verwardheid, nekstijfheid of sufheid;"
    bullet "petechiën of andere bloedingen."
  end

  def beleid
    h2 "Beleid"
    h3 "Voorlichting"
    para "Leg uit dat rietkraagkoorts meestal binnen 7 tot 10 dagen herstelt en niet besmettelijk is voor huisgenoten. " \
         "Adviseer contact op te nemen bij alarmsymptomen of als de koorts na 3 dagen behandeling niet daalt. " \
         "Adviseer risicogroepen huidwondjes af te dekken en waadpakken of laarzen te dragen bij werk in rietkragen."
    h3 "Niet-medicamenteuze behandeling"
    bullet "Voldoende drinken: volwassenen ten minste 2 liter per dag."
    bullet "Rust zolang de koorts aanhoudt; werkhervatting na 2 koortsvrije dagen."
    bullet "Geen zwemmen of werken in oppervlaktewater tot 2 weken na herstel."
    h3 "Medicamenteuze behandeling"
    para "Behandel bij een RIET-SCORE ≥ 5 of bij een score van 3–4 met een positieve sneltest met <b>brenazine</b><sup>4</sup>. " \
         "Geef bij overgevoeligheid voor brenazine <b>moxelidol</b>. Geef <b>tarquine</b> alleen bij therapiefalen, na overleg met de internist. " \
         "<b>Fenlaxine</b> is een symptomatisch middel tegen koorts en spierpijn en kan met elk van de antibiotica worden gecombineerd."
    para "Pas de dosering aan bij ouderen > 70 jaar<sup>5</sup> en bij een verminderde nierfunctie (eGFR in ml/min/1,73 m²). " \
         "Doseer bij kinderen op basis van lichaamsgewicht. Zie de doseringstabel hieronder."
  end

  def dose_table
    h3 "Doseringstabel"
    head = ["Middel (vorm)", "Patiëntgroep", "Dosering", "Duur", "Maximum per dag", "Opmerkingen"]
    bren = { content: "Brenazine\n(tablet 250 mg, 500 mg; drank 50 mg/ml)", rowspan: 8, font_style: :bold }
    moxe = { content: "Moxelidol\n(tablet 100 mg, 200 mg)", rowspan: 6, font_style: :bold }
    tarq = { content: "Tarquine\n(capsule 100 mg)", rowspan: 4, font_style: :bold }
    fenl = { content: "Fenlaxine\n(tablet 500 mg; zetpil 250 mg)", rowspan: 4, font_style: :bold }
    rows = [
      [bren, "Volwassenen", "500 mg 2 dd", "7 dagen", "1000 mg", "Innemen tijdens de maaltijd"],
      ["Ouderen > 70 jaar", "250 mg 2 dd", "7 dagen", "500 mg", "eGFR controleren na 3 dagen"],
      ["Kinderen 10–20 kg", "125 mg 2 dd (drank)", "7 dagen", "250 mg", "Drank 50 mg/ml: 2,5 ml per gift"],
      ["Kinderen 20–40 kg", "250 mg 2 dd", "7 dagen", "500 mg", "Tablet mag worden fijngemaakt"],
      ["Kinderen ≥ 40 kg", "500 mg 2 dd", "7 dagen", "1000 mg", "Als volwassenen"],
      ["Zwangeren", "500 mg 2 dd", "7 dagen", "1000 mg", "Middel van eerste keus in alle trimesters"],
      ["eGFR 30–60", "250 mg 2 dd", "7 dagen", "500 mg", "Geldt voor alle leeftijden"],
      ["eGFR < 30", "250 mg 1 dd", "10 dagen", "250 mg", "Overleg met internist"],
      [moxe, "Volwassenen", "200 mg 3 dd", "5 dagen", "600 mg", "Bij overgevoeligheid voor brenazine"],
      ["Ouderen > 70 jaar", "200 mg 2 dd", "5 dagen", "400 mg", "Let op QT-verlenging"],
      ["Kinderen 20–40 kg", "100 mg 3 dd", "5 dagen", "300 mg", "Pas vanaf 20 kg"],
      ["Kinderen < 20 kg", "niet gebruiken", "–", "–", "Geen gegevens; kies brenazine"],
      ["Zwangeren", "gecontra-indiceerd", "–", "–", "Teratogeen in dierstudies"],
      ["eGFR 30–60", "200 mg 3 dd", "5 dagen", "600 mg", "Geen aanpassing nodig"],
      [tarq, "Volwassenen", "dag 1: 200 mg 1 dd, daarna 100 mg 1 dd", "10 dagen", "200 mg", "Alleen na overleg met internist"],
      ["Ouderen > 70 jaar", "100 mg 1 dd", "10 dagen", "100 mg", "Geen oplaaddosis"],
      ["Zwangeren", "niet gebruiken", "–", "–", "Ook niet bij borstvoeding"],
      ["eGFR < 30", "100 mg om de dag", "10 dagen", "100 mg", "Gecontra-indiceerd bij eGFR < 15"],
      [fenl, "Volwassenen", "500–1000 mg 4 dd zo nodig", "max. 5 dagen", "3000 mg", "Niet combineren met alcohol"],
      ["Kinderen 10–20 kg", "250 mg 3 dd (zetpil)", "max. 3 dagen", "750 mg", "Zetpil 250 mg"],
      ["Kinderen 20–40 kg", "500 mg 3 dd", "max. 3 dagen", "1500 mg", "Tablet 500 mg"],
      ["Zwangeren", "500 mg 3 dd", "max. 3 dagen", "1500 mg", "Kortdurend gebruik is veilig"]
    ]
    table([head] + rows, header: true, width: bounds.width,
          column_widths: { 0 => 95, 1 => 75, 2 => 90, 3 => 55, 4 => 60 },
          cell_style: { size: 8.5, padding: [3, 4], border_width: 0.5, valign: :top }) do
      row(0).font_style = :bold
      row(0).background_color = "C9D9EA"
    end
    move_down 4
    text "Doseringen gelden voor orale toediening tenzij anders vermeld. Maximum per dag in mg.", size: 8, style: :italic
  end

  def zwangerschap
    h2 "Zwangerschap en borstvoeding"
    para "Brenazine is het middel van eerste keus tijdens de gehele zwangerschap; er is geen dosisaanpassing nodig<sup>6</sup>. " \
         "Moxelidol en tarquine zijn gecontra-indiceerd tijdens de zwangerschap. " \
         "Fenlaxine mag kortdurend (maximaal 3 dagen) worden gebruikt."
    para "Tijdens de borstvoeding mogen brenazine en fenlaxine worden gebruikt. " \
         "Moxelidol gaat in geringe mate over in de moedermelk en mag alleen worden gebruikt als brenazine niet kan. " \
         "Tarquine is gecontra-indiceerd tijdens de borstvoeding."
    para "Overleg met de gynaecoloog bij een zwangere met een temperatuur ≥ 39,0 °C of bij een zwangerschapsduur ≥ 32 weken."
  end

  def contra_indicaties
    h2 "Contra-indicaties"
    bullet "<b>Brenazine</b>: overgevoeligheid voor brenazine of andere azinen; ernstige leverfunctiestoornis (Child-Pugh C)."
    bullet "<b>Moxelidol</b>: zwangerschap; kinderen < 20 kg; verlengd QT-interval (QTc > 470 ms); gelijktijdig gebruik van sotalol."
    bullet "<b>Tarquine</b>: zwangerschap en borstvoeding; myasthenia gravis; eGFR < 15."
    bullet "<b>Fenlaxine</b>: ernstige leverinsufficiëntie; chronisch alcoholmisbruik."
  end

  def interacties
    h2 "Interacties"
    bullet "Brenazine versterkt de werking van cumarines (acenocoumarol, fenprocoumon): laat de INR na 3 dagen controleren."
    bullet "Moxelidol remt de afbraak van simvastatine en atorvastatine: staak de statine tijdens de kuur en tot 3 dagen erna."
    bullet "Moxelidol met sotalol of andere QT-verlengende middelen: combinatie vermijden."
    bullet "Tarquine met magnesium- of aluminiumhoudende antacida: neem tarquine ten minste 2 uur vóór het antacidum in."
    bullet "Fenlaxine met alcohol: verhoogd risico op levertoxiciteit."
  end

  def controles
    h2 "Controles"
    bullet "Telefonische controle na 48–72 uur: daalt de koorts en zijn er geen alarmsymptomen?"
    bullet "Bij ouderen > 70 jaar en bij eGFR < 60: controle van de eGFR na 3 dagen behandeling."
    bullet "Consult aan het einde van de kuur (dag 7) bij persisterende klachten."
    bullet "Na 6 weken: herhaling van de eGFR als deze tijdens de ziekte gedaald was<sup>7</sup>."
  end

  def verwijzing
    h2 "Consultatie en verwijzing"
    bullet "Verwijs direct naar de internist (SEH) bij een of meer alarmsymptomen."
    bullet "Overleg met de internist bij therapiefalen: koorts ≥ 38,5 °C na 72 uur behandeling<sup>8</sup>."
    bullet "Overleg met de internist bij een eGFR < 30 vóór start van de behandeling."
    bullet "Overleg met de kinderarts bij kinderen jonger dan 2 jaar of lichter dan 10 kg."
    bullet "Overleg met de gynaecoloog bij zwangeren met een temperatuur ≥ 39,0 °C."
    bullet "Verwijs patiënten ≥ 80 jaar met een RIET-SCORE ≥ 5 laagdrempelig."
    bullet "Meld rietkraagkoorts binnen 24 uur aan de GGD (fictieve meldingsplicht groep C)."
  end

  def noten
    h2 "Noten"
    notes = [
      "Incidentie gebaseerd op de fictieve Peilstations Waterland 2019–2023 (n = 1.284 gevallen).",
      "Validatiestudie RKK-sneltest bij 506 patiënten; vóór de derde ziektedag daalde de sensitiviteit tot 54%.",
      "De RIET-SCORE werd afgeleid in een cohort van 412 patiënten; de oppervlakte onder de ROC-curve was 0,81.",
      "Brenazine verkortte in een gerandomiseerde studie de koortsduur met gemiddeld 2,1 dagen ten opzichte van placebo.",
      "Bij ouderen > 70 jaar is de klaring van brenazine met ongeveer 40% verlaagd; daarom de halve dosering.",
      "Registerdata van 318 zwangerschappen toonden geen verhoogd risico op aangeboren afwijkingen na brenazine.",
      "Bij 15% van de patiënten met ernstige rietkraagkoorts blijft de eGFR na 6 weken verlaagd.",
      "Na 72 uur adequate behandeling is 90% van de patiënten koortsvrij; aanhoudende koorts wijst op ernstig beloop."
    ]
    notes.each_with_index do |n, i|
      formatted_text [{ text: (i + 1).to_s, styles: [:superscript] }, { text: " " + n }], size: 9
      move_down 3
    end
  end
end

GuidelinePdf.new.build.save_as(OUT)
puts "wrote #{OUT}"
