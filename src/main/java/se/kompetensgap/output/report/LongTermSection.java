package se.kompetensgap.output.report;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import se.kompetensgap.analysis.ReportText;
import se.kompetensgap.model.report.ReportWorkbook.LongTermRow;
import se.kompetensgap.model.report.ReportWorkbook.LongTermTable;
import se.kompetensgap.model.report.ReportWorkbook.RowKind;

/**
 * Under "Utvärdering av kompetensmål", earlier years' goals that still run (issue 13 §2), from
 * Måluppfyllelse's long-term part as HR left it: per goal year a label, seed 000's sentences for
 * the förvaltning and a table of every line (goal, outcome so far, share of the goal; the same
 * for the moves). Nothing when the workbook has no such sections.
 */
final class LongTermSection {
  private LongTermSection() {}

  static final int[] WIDTHS = {2872, 900, 1100, 900, 1100, 1100, 1100};

  static void write(Docx d, List<LongTermTable> tables, se.kompetensgap.model.Scope scope) {
    if (tables.isEmpty()) {
      return;
    }
    d.heading(2, ReportText.longTermHeading(tables));
    d.paragraph(ReportText.longTermIntroduction(tables.get(0).outcomeYear(), scope));
    for (LongTermTable t : tables) {
      keepWithNext(d.label(ReportText.longTermLabel(t)));
      keepWithNext(d.paragraph(ReportText.longTermSummary(t)));
      XWPFTable table = d.table(headers(t), WIDTHS);
      for (LongTermRow r : t.rows()) {
        d.row(table, WIDTHS, List.of(
            r.category(),
            ReportText.signed(r.goal()),
            ReportText.signedOrDash(r.outcome()),
            ReportText.shareOfGoal(r.goal(), r.outcome()),
            Integer.toString(r.movesGoal()),
            ReportText.signedOrDash(r.movesOutcome()),
            ReportText.shareOfGoal(r.movesGoal(), r.movesOutcome())), r.kind() == RowKind.TOTAL);
      }
    }
    d.note("Talen är de som står på bladet Måluppfyllelse i arbetsboken. Andel av målet = utfall / mål; ett mål på 0 "
        + "ger ingen andel (–). Förflyttningarnas utfall räknas bara på de nivåer som har ett mål.");
  }

  /** The label and sentences stay on the page of their table (POI needs the paragraph's pPr first). */
  private static void keepWithNext(XWPFParagraph p) {
    if (!p.getCTP().isSetPPr()) {
      p.getCTP().addNewPPr();
    }
    p.setKeepNext(true);
  }

  static List<String> headers(LongTermTable t) {
    String outcome = "Utfall " + t.goalSetYear() + "–" + t.outcomeYear();
    return List.of("Yrkeskategori", "Mål till " + t.targetYear(), outcome, "Andel av målet", "Förflytt\u00adningar, mål",
        "Förflytt\u00adningar, utfall", "Andel av målet");
  }
}
