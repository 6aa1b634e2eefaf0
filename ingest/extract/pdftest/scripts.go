package pdftest

import "fmt"

// Place is where ScriptPDF puts its action.
type Place string

// Every place a PDF can carry a script or another active action.
const (
	// OpenActionChain: the catalog's /OpenAction is a harmless GoTo whose
	// /Next is an array holding a harmless GoTo and then a dict chain
	// (/Next → /Next) that ends in the script.
	OpenActionChain Place = "openaction-next-chain"
	// OpenActionLoop: an /OpenAction /Next chain that loops back on
	// itself and carries no script; detection must end.
	OpenActionLoop Place = "openaction-next-loop"
	// OpenActionLoopScript: a looping chain with the script behind the loop
	// entry.
	OpenActionLoopScript Place = "openaction-next-loop-script"
	CatalogAA            Place = "catalog-aa"      // /AA /WC on the catalog
	PageAA               Place = "page-aa"         // /AA /O on the page
	AnnotAA              Place = "annotation-aa"   // /AA /E on a link annotation
	FieldAA              Place = "field-aa"        // /AA /K on a field in /AcroForm /Fields /Kids
	NamesTree            Place = "names-tree"      // /Names /JavaScript with /Kids
	LinkJavaScript       Place = "link-javascript" // a link's /A is JavaScript
	LinkURIJavaScript    Place = "link-uri-javascript"
	LinkLaunch           Place = "link-launch"        // a link's /A launches a program
	OutlineJavaScript    Place = "outline-javascript" // a bookmark's /A
	RenditionJS          Place = "rendition-js"       // a Rendition action's /JS
	XFA                  Place = "xfa"                // an XFA form (scripts in XML)
	// Clean has harmless actions only: an /OpenAction destination array, a
	// GoTo link and an https URI link. It must not warn.
	Clean Place = "clean"
)

// ScriptPlaces lists every place that carries a script or a launch.
var ScriptPlaces = []Place{OpenActionChain, OpenActionLoopScript, CatalogAA, PageAA, AnnotAA, FieldAA, NamesTree,
	LinkJavaScript, LinkURIJavaScript, LinkLaunch, OutlineJavaScript, RenditionJS, XFA}

// ScriptPDF is a one-page PDF showing pageText with an action at place;
// where the action is JavaScript its source is script (a PDF string
// without parentheses or backslashes, e.g. "app.alert(1)").
//
// Objects: 1 catalog, 2 pages, 3 page, 4 content, 5 font, 6 the script
// action, 7–12 whatever the place needs.
func ScriptPDF(place Place, pageText, script string) []byte {
	js := fmt.Sprintf("<< /Type /Action /S /JavaScript /JS (%s) >>", script)
	goTo := "<< /S /GoTo /D [3 0 R /Fit] >>"
	catalog := "<< /Type /Catalog /Pages 2 0 R %s >>"
	page := "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R %s >>"
	link := func(action string) string {
		return "<< /Type /Annot /Subtype /Link /Rect [72 500 300 520] /Border [0 0 0] " + action + " >>"
	}
	var cat, pg string
	extra := []string{}
	switch place {
	case OpenActionChain:
		cat = "/OpenAction 7 0 R"
		extra = []string{
			"<< /S /GoTo /D [3 0 R /Fit] /Next [" + goTo + " 8 0 R] >>",
			"<< /S /GoTo /D [3 0 R /XYZ 0 842 0] /Next 9 0 R >>",
			"<< /S /GoTo /D [3 0 R /Fit] /Next 6 0 R >>",
		}
	case OpenActionLoop:
		cat = "/OpenAction 7 0 R"
		js = goTo
		extra = []string{"<< /S /GoTo /D [3 0 R /Fit] /Next 8 0 R >>", "<< /S /GoTo /D [3 0 R /Fit] /Next [7 0 R 8 0 R] >>"}
	case OpenActionLoopScript:
		cat = "/OpenAction 7 0 R"
		extra = []string{"<< /S /GoTo /D [3 0 R /Fit] /Next 8 0 R >>", "<< /S /GoTo /D [3 0 R /Fit] /Next [7 0 R 6 0 R] >>"}
	case CatalogAA:
		cat = "/AA << /WC 6 0 R >>"
	case PageAA:
		pg = "/AA << /O 6 0 R >>"
	case AnnotAA:
		pg = "/Annots [7 0 R]"
		extra = []string{link("/A " + goTo + " /AA << /E 6 0 R >>")}
	case FieldAA:
		cat = "/AcroForm << /Fields [7 0 R] >>"
		pg = "/Annots [8 0 R]"
		extra = []string{
			"<< /T (groep) /Kids [8 0 R] >>",
			"<< /Type /Annot /Subtype /Widget /FT /Tx /T (veld) /Parent 7 0 R /Rect [72 600 300 620] /P 3 0 R /AA << /K 6 0 R >> >>",
		}
	case NamesTree:
		cat = "/Names << /JavaScript 7 0 R >>"
		extra = []string{"<< /Kids [8 0 R] >>", "<< /Limits [(a) (z)] /Names [(init) 6 0 R] >>"}
	case LinkJavaScript:
		pg = "/Annots [7 0 R]"
		extra = []string{link("/A 6 0 R")}
	case LinkURIJavaScript:
		pg = "/Annots [7 0 R]"
		extra = []string{link(fmt.Sprintf("/A << /S /URI /URI ( JavaScript:%s) >>", script))}
	case LinkLaunch:
		pg = "/Annots [7 0 R]"
		extra = []string{link("/A << /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >>")}
	case OutlineJavaScript:
		cat = "/Outlines 7 0 R"
		extra = []string{
			"<< /Type /Outlines /First 8 0 R /Last 9 0 R /Count 2 >>",
			"<< /Title (Inleiding) /Parent 7 0 R /Next 9 0 R /Dest [3 0 R /Fit] >>",
			"<< /Title (Aanbevelingen) /Parent 7 0 R /Prev 8 0 R /A 6 0 R >>",
		}
	case RenditionJS:
		pg = "/Annots [7 0 R]"
		extra = []string{link(fmt.Sprintf("/A << /S /Rendition /OP 0 /JS (%s) >>", script))}
	case XFA:
		cat = "/AcroForm << /Fields [] /XFA 7 0 R >>"
		extra = []string{Stream("", []byte(fmt.Sprintf(`<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template><script contentType="application/x-javascript">%s</script></template></xdp:xdp>`, script)))}
	case Clean:
		cat = "/OpenAction [3 0 R /Fit]"
		pg = "/Annots [7 0 R 8 0 R]"
		js = goTo
		extra = []string{link("/A " + goTo), link("/A << /S /URI /URI (https://richtlijnen.nhg.org/) >>")}
	default:
		panic("pdftest: unknown place " + string(place))
	}
	objs := []string{
		fmt.Sprintf(catalog, cat),
		"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>",
		fmt.Sprintf(page, pg),
		Stream("", Text(pageText)),
		Helvetica,
		js,
	}
	return Build(append(objs, extra...)...)
}
