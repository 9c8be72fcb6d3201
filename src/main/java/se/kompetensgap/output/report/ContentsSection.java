package se.kompetensgap.output.report;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Innehållsförteckning: a real TOC field over the headings (TOC with the switches o "1-2", h, z
 * and u), which Word updates on opening (w:updateFields) and HR can update at any time. Its
 * current result is one linked line per heading, so the contents are there in any reader also
 * before an update. It carries no page numbers: only a layout knows them, and LibreOffice shows
 * a TOC field's stored result as it is (a guessed page number would print wrong); Word fills
 * them in when it updates the field, LibreOffice with Verktyg → Uppdatera → Uppdatera alla.
 */
final class ContentsSection {
  private ContentsSection() {}

  static final String INSTRUCTION = "TOC \\o \"1-2\" \\h \\z \\u";

  /** The heading, and the paragraph after which the entries go once every heading is known. */
  static XWPFParagraph start(Docx d) {
    XWPFParagraph heading = d.doc.createParagraph();
    heading.setStyle(ReportStyles.TOC_HEADING);
    heading.createRun().setText("Innehållsförteckning");
    return heading;
  }

  static void fill(Docx d, XWPFParagraph after) {
    XWPFParagraph anchor = after;
    int n = d.headings.size();
    if (n == 0) {
      return;
    }
    for (int i = 0; i < n; i++) {
      Docx.Heading h = d.headings.get(i);
      XWPFParagraph p = insertAfter(d, anchor);
      p.setStyle(h.level() == 1 ? ReportStyles.TOC_1 : ReportStyles.TOC_2);
      CTP ct = p.getCTP();
      if (i == 0) {
        Docx.fieldBegin(ct);
        Docx.instruction(ct, INSTRUCTION);
        Docx.fieldSeparate(ct);
      }
      CTHyperlink link = ct.addNewHyperlink();
      link.setAnchor(h.bookmark());
      link.addNewR().addNewT().setStringValue(h.text());
      if (i == n - 1) {
        Docx.fieldEnd(ct);
      }
      anchor = p;
    }
  }

  private static XWPFParagraph insertAfter(Docx d, XWPFParagraph p) {
    try (XmlCursor c = p.getCTP().newCursor()) {
      c.toNextSibling();
      return d.doc.insertNewParagraph(c);
    }
  }
}
