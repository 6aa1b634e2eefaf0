<?php
// Build: scripts/gen-heldout-guideline.sh (php ft31-vlinderlong.php beside ft31-vlinderlong.html; Debian bookworm php-dompdf 2.0.3+dfsg, autoloader /usr/share/php/dompdf/autoload.php)
// Debian strips DejaVu*.ufm metrics from the package, so the DejaVu TTFs (fonts-dejavu-core) are
// registered via @font-face in the HTML; fontDir/fontCache point to a writable local folder.
require '/usr/share/php/dompdf/autoload.php';
use Dompdf\Dompdf;
use Dompdf\Options;
@mkdir(__DIR__ . '/fontcache');
$options = new Options();
$options->set('defaultFont', 'DejaVu Sans');
$options->setFontDir(__DIR__ . '/fontcache');
$options->setFontCache(__DIR__ . '/fontcache');
$options->setChroot([__DIR__, '/usr/share/fonts/truetype/dejavu']);
$dompdf = new Dompdf($options);
$dompdf->loadHtml(file_get_contents(__DIR__ . '/ft31-vlinderlong.html'), 'UTF-8');
$dompdf->setPaper('A4');
$dompdf->render();
// page numbers via canvas
$canvas = $dompdf->getCanvas();
$font = $dompdf->getFontMetrics()->getFont('DejaVu Sans');
$canvas->page_text(500, 812, "Pagina {PAGE_NUM} van {PAGE_COUNT}", $font, 7, [0.4, 0.4, 0.4]);
file_put_contents(__DIR__ . '/ft31-vlinderlong.pdf', $dompdf->output());
