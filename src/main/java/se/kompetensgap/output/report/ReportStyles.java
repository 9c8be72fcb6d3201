package se.kompetensgap.output.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The report's styles. The headings are Word's built-in Heading 1 and 2 (shown as "Rubrik 1"
 * and "Rubrik 2" in a Swedish Word and LibreOffice, and carrying that alias), with outline
 * levels, so the table of contents, the navigation pane and HR's own edits all work as usual.
 * Swedish is the language of every run (spelling and hyphenation).
 */
final class ReportStyles {
  private ReportStyles() {}

  static final String NORMAL = "Normal";
  static final String HEADING_1 = "Heading1";
  static final String HEADING_2 = "Heading2";
  static final String TITLE = "Title";
  static final String SUBTITLE = "Subtitle";
  static final String TOC_1 = "TOC1";
  static final String TOC_2 = "TOC2";
  static final String TOC_HEADING = "TOCHeading";
  static final String LABEL = "Etikett";
  static final String NOTE = "Anmarkning";
  static final String TABLE_TEXT = "Tabelltext";
  static final String CAPTION = "Caption";

  static final String FONT = "Calibri";
  static final String HEADING_COLOUR = "1F3864";

  static void install(XWPFDocument doc) {
    CTStyles styles = CTStyles.Factory.newInstance();
    var defaults = styles.addNewDocDefaults();
    CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
    fonts(rpr.addNewRFonts(), FONT);
    rpr.addNewSz().setVal(BigInteger.valueOf(22));
    rpr.addNewSzCs().setVal(BigInteger.valueOf(22));
    var lang = rpr.addNewLang();
    lang.setVal("sv-SE");
    lang.setEastAsia("sv-SE");
    lang.setBidi("ar-SA");
    CTPPrGeneral ppr = defaults.addNewPPrDefault().addNewPPr();
    CTSpacing sp = ppr.addNewSpacing();
    sp.setAfter(BigInteger.valueOf(160));
    sp.setLine(BigInteger.valueOf(264));
    sp.setLineRule(STLineSpacingRule.AUTO);

    CTStyle normal = style(styles, NORMAL, "Normal", null);
    normal.setDefault(true);
    normal.addNewQFormat();

    CTStyle h1 = heading(styles, HEADING_1, "heading 1", "Rubrik 1", 0, 32, 0, 160);
    // Each main section on a new page, as in seed 002 (also the table of contents, based on it).
    h1.getPPr().addNewPageBreakBefore();
    heading(styles, HEADING_2, "heading 2", "Rubrik 2", 1, 26, 240, 120);

    CTStyle title = style(styles, TITLE, "Title", NORMAL);
    title.addNewAliases().setVal("Rubrik");
    title.addNewQFormat();
    title.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(240));
    CTRPr tr = title.addNewRPr();
    tr.addNewB();
    tr.addNewColor().setVal(HEADING_COLOUR);
    tr.addNewSz().setVal(BigInteger.valueOf(56));
    tr.addNewSzCs().setVal(BigInteger.valueOf(56));

    CTStyle subtitle = style(styles, SUBTITLE, "Subtitle", NORMAL);
    subtitle.addNewAliases().setVal("Underrubrik");
    subtitle.addNewQFormat();
    CTRPr sr = subtitle.addNewRPr();
    sr.addNewColor().setVal("404040");
    sr.addNewSz().setVal(BigInteger.valueOf(32));
    sr.addNewSzCs().setVal(BigInteger.valueOf(32));

    CTStyle tocHeading = style(styles, TOC_HEADING, "TOC Heading", HEADING_1);
    tocHeading.addNewAliases().setVal("Innehållsförteckningsrubrik");
    // Not itself in the table of contents.
    tocHeading.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(9));

    toc(styles, TOC_1, "toc 1", 0, true);
    toc(styles, TOC_2, "toc 2", 220, false);

    CTStyle label = style(styles, LABEL, "Etikett", NORMAL);
    var lp = label.addNewPPr();
    lp.addNewKeepNext();
    CTSpacing ls = lp.addNewSpacing();
    ls.setBefore(BigInteger.valueOf(200));
    ls.setAfter(BigInteger.valueOf(60));
    label.addNewRPr().addNewB();

    CTStyle note = style(styles, NOTE, "Anmärkning", NORMAL);
    CTRPr nr = note.addNewRPr();
    nr.addNewI();
    nr.addNewColor().setVal("404040");
    nr.addNewSz().setVal(BigInteger.valueOf(20));
    nr.addNewSzCs().setVal(BigInteger.valueOf(20));

    CTStyle table = style(styles, TABLE_TEXT, "Tabelltext", NORMAL);
    CTSpacing ts = table.addNewPPr().addNewSpacing();
    ts.setBefore(BigInteger.valueOf(20));
    ts.setAfter(BigInteger.valueOf(20));
    ts.setLine(BigInteger.valueOf(240));
    ts.setLineRule(STLineSpacingRule.AUTO);
    table.addNewRPr().addNewSz().setVal(BigInteger.valueOf(19));
    table.getRPr().addNewSzCs().setVal(BigInteger.valueOf(19));

    CTStyle caption = style(styles, CAPTION, "caption", NORMAL);
    caption.addNewAliases().setVal("Beskrivning");
    caption.addNewQFormat();
    CTRPr cr = caption.addNewRPr();
    cr.addNewI();
    cr.addNewSz().setVal(BigInteger.valueOf(18));
    cr.addNewSzCs().setVal(BigInteger.valueOf(18));

    doc.createStyles().setStyles(styles);
  }

  private static CTStyle style(CTStyles styles, String id, String name, String basedOn) {
    CTStyle s = styles.addNewStyle();
    s.setType(STStyleType.PARAGRAPH);
    s.setStyleId(id);
    s.addNewName().setVal(name);
    if (basedOn != null) {
      s.addNewBasedOn().setVal(basedOn);
    }
    return s;
  }

  private static CTStyle heading(CTStyles styles, String id, String name, String alias, int outline, int halfPoints, int before, int after) {
    CTStyle h = style(styles, id, name, NORMAL);
    h.addNewAliases().setVal(alias);
    h.addNewNext().setVal(NORMAL);
    h.addNewUiPriority().setVal(BigInteger.valueOf(9));
    h.addNewQFormat();
    var ppr = h.addNewPPr();
    ppr.addNewKeepNext();
    ppr.addNewKeepLines();
    CTSpacing sp = ppr.addNewSpacing();
    sp.setBefore(BigInteger.valueOf(before));
    sp.setAfter(BigInteger.valueOf(after));
    ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
    CTRPr r = h.addNewRPr();
    r.addNewB();
    r.addNewBCs();
    r.addNewColor().setVal(HEADING_COLOUR);
    r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    return h;
  }

  private static void toc(CTStyles styles, String id, String name, int indent, boolean bold) {
    CTStyle s = style(styles, id, name, NORMAL);
    s.addNewAliases().setVal(id.equals(TOC_1) ? "Innehåll 1" : "Innehåll 2");
    s.addNewNext().setVal(NORMAL);
    s.addNewUiPriority().setVal(BigInteger.valueOf(39));
    var ppr = s.addNewPPr();
    CTTabStop tab = ppr.addNewTabs().addNewTab();
    tab.setVal(STTabJc.RIGHT);
    tab.setLeader(STTabTlc.DOT);
    tab.setPos(BigInteger.valueOf(Docx.TEXT_WIDTH));
    CTSpacing sp = ppr.addNewSpacing();
    sp.setAfter(BigInteger.valueOf(60));
    ppr.addNewInd().setLeft(BigInteger.valueOf(indent));
    if (bold) {
      s.addNewRPr().addNewB();
    }
  }

  private static void fonts(CTFonts f, String name) {
    f.setAscii(name);
    f.setHAnsi(name);
    f.setCs(name);
    f.setEastAsia(name);
  }
}
