package se.kompetensgap.output.report;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import se.kompetensgap.analysis.ReportText;
import se.kompetensgap.model.report.ReportWorkbook;
import se.kompetensgap.model.report.ReportWorkbook.RiskComment;
import se.kompetensgap.model.report.ReportWorkbook.RiskRow;

/**
 * Riskanalys (seed 002): per category Risk för verksamheten / Sannolikhet / Risk för
 * arbetsmiljön / Sannolikhet, each dimension on its own (the value most units chose), the
 * managers' comments under it, then "Kommentar riskanalys".
 */
final class RiskSection {
  private RiskSection() {}

  static final List<String> HEADERS =
      List.of("Yrkeskategori", "Risk för verksamheten", "Sannolikhet", "Risk för arbetsmiljön", "Sannolikhet");
  static final int[] WIDTHS = {2672, 1700, 1500, 1700, 1500};

  static void write(Docx d, ReportWorkbook w) {
    d.heading(1, "Riskanalys");
    d.paragraph("Tabellen visar den bedömning som flest enheter har gjort för varje yrkeskategori. Har enheterna "
        + "bedömt olika står det inom parentes hur många av dem som gjort bedömningen.");
    XWPFTable t = d.table(HEADERS, WIDTHS);
    for (int c = 1; c < HEADERS.size(); c++) {
      t.getRow(0).getCell(c).getParagraphs().get(0).setAlignment(ParagraphAlignment.LEFT);
    }
    for (RiskRow r : w.risks()) {
      XWPFTableRow row = d.row(t, WIDTHS, List.of(r.category(),
          ReportText.riskValue(r.operational(), true), ReportText.riskValue(r.operationalLikelihood(), false),
          ReportText.riskValue(r.workEnvironment(), true), ReportText.riskValue(r.workEnvironmentLikelihood(), false)), false, true);
      for (int c = 1; c < HEADERS.size(); c++) {
        row.getCell(c).getParagraphs().get(0).setAlignment(ParagraphAlignment.LEFT);
      }
      List<String> comments = w.riskComments().stream().filter(c -> c.category().equals(r.category()))
          .map(RiskComment::comment).distinct().toList();
      if (!comments.isEmpty()) {
        XWPFTableCell cell = d.spanningRow(t, WIDTHS);
        Docx.cellParagraph(cell, "Kommentar till risk", true);
        for (String c : comments) {
          Docx.cellParagraph(cell, c, false);
        }
      }
    }
    d.label("Kommentar riskanalys");
    for (String p : ReportText.riskComment(w.risks())) {
      d.paragraph(p);
    }
  }
}
