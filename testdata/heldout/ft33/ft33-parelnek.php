<?php
// Build: scripts/gen-heldout-guideline.sh (php ft33-parelnek.php beside ft33-parelnek.html; Debian bookworm php-tcpdf 6.6.2). TCPDF writeHTML(), the way PHP web apps export documents.
require_once('/usr/share/php/tcpdf/tcpdf.php');

class GuidelinePDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', '', 8);
        $this->SetTextColor(90, 90, 90);
        $this->Cell(0, 8, 'Fictieve Standaard Parelnek (FT-33) - Fictief testdocument, geen medisch advies', 'B', false, 'L', 0, '', 0, false, 'M', 'M');
    }
    public function Footer() {
        $this->SetY(-15);
        $this->SetFont('dejavusans', '', 8);
        $this->SetTextColor(90, 90, 90);
        $this->Cell(0, 10, 'Pagina ' . $this->getAliasNumPage() . ' van ' . $this->getAliasNbPages(), 'T', false, 'C', 0, '', 0, false, 'T', 'M');
    }
}

$pdf = new GuidelinePDF(PDF_PAGE_ORIENTATION, PDF_UNIT, 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Fictieve werkgroep FT-33 (TCPDF export)');
$pdf->SetAuthor('Fictieve werkgroep');
$pdf->SetTitle('Fictieve Standaard Parelnek (FT-33)');
$pdf->SetSubject('Fictief testdocument - geen medisch advies');
$pdf->SetMargins(20, 22, 20);
$pdf->SetHeaderMargin(8);
$pdf->SetFooterMargin(12);
$pdf->SetAutoPageBreak(true, 22);
$pdf->SetFont('dejavusans', '', 10);
$pdf->AddPage();

$html = file_get_contents(__DIR__ . '/ft33-parelnek.html');
$css = '<style>h1{font-size:17pt;color:#1f3a5f;} h2{font-size:13pt;color:#1f3a5f;} h3{font-size:11pt;} h4{font-size:10pt;} th{font-size:9pt;} td{font-size:9pt;} small{font-size:8pt;}</style>';
$pdf->writeHTML($css . $html, true, false, true, false, '');
$pdf->lastPage();
$pdf->Output(__DIR__ . '/ft33-parelnek.pdf', 'F');
