package se.kompetensgap.output.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import se.kompetensgap.analysis.ReportText;
import se.kompetensgap.model.report.ReportWorkbook;
import se.kompetensgap.model.report.ReportWorkbook.FulfilmentRow;
import se.kompetensgap.model.report.ReportWorkbook.FulfilmentTable;
import se.kompetensgap.model.report.ReportWorkbook.RowKind;

/**
 * Utvärdering av kompetensmål (seed 000, 1.3), when the workbook has Måluppfyllelse: per
 * fokusområde a table Yrkeskategori / Mål till ÅR / Delresultat ÅR, the percentages computed
 * from the goals and outcomes as the workbook shows them (never the hand-made slips).
 */
final class EvaluationSection {
  private EvaluationSection() {}

  static final String COMMON = "Alla fokusområden";

  static final String HEADING = "Utvärdering av kompetensmål";

  /** Last year's goals (when read), then earlier years' goals and the comparison with Koll (issue 13). */
  static void write(Docx d, ReportWorkbook w) {
    if (!w.hasEvaluation()) {
      return;
    }
    if (w.fulfilment().isPresent()) {
      write(d, w.fulfilment().get());
    } else {
      d.heading(1, HEADING);
    }
    LongTermSection.write(d, w.longTerm(), w.scope());
    w.koll().ifPresent(k -> KollSection.write(d, k));
  }

  static void write(Docx d, FulfilmentTable f) {
    d.heading(1, HEADING);
    d.paragraph("Utifrån gapanalysen " + f.goalSetYear() + " sattes mål för kompetensförflyttningar till " + f.goalYear()
        + ". Nedan följer en utvärdering av måluppfyllelsen " + f.goalSetYear() + "–" + f.outcomeYear() + ".");
    if (!f.basis().isBlank()) {
      d.note("Underlag för jämförelsen: " + f.basis() + " Jämförelsen bygger på enheter som finns med båda åren; "
          + "bladet Måluppfyllelse i arbetsboken visar vilka.");
    }
    Map<String, List<FulfilmentRow>> byArea = new LinkedHashMap<>();
    for (FulfilmentRow r : f.rows()) {
      if (r.kind() == RowKind.CATEGORY) {
        byArea.computeIfAbsent(r.area(), a -> new ArrayList<>()).add(r);
      }
    }
    int[] widths = {2800, 3136, 3136};
    for (Map.Entry<String, List<FulfilmentRow>> e : byArea.entrySet()) {
      String area = e.getKey();
      d.heading(2, area.equalsIgnoreCase(COMMON) || area.isBlank() ? "Gemensamma yrkeskategorier" : "Fokusområde " + area);
      XWPFTable t = d.table(List.of("Yrkeskategori", "Mål till " + f.goalYear(), "Delresultat " + f.outcomeYear()), widths);
      for (int c = 1; c < 3; c++) {
        t.getRow(0).getCell(c).getParagraphs().get(0).setAlignment(ParagraphAlignment.LEFT);
      }
      for (FulfilmentRow r : e.getValue()) {
        XWPFTableRow row = d.row(t, widths, List.of(r.category(), "", ""), false);
        fill(row, 1, ReportText.fulfilmentGoal(r, f.goalYear()));
        fill(row, 2, ReportText.fulfilmentOutcome(r));
      }
    }
  }

  private static void fill(XWPFTableRow row, int col, List<String> lines) {
    var cell = row.getCell(col);
    cell.getParagraphs().get(0).setAlignment(ParagraphAlignment.LEFT);
    boolean first = true;
    for (String line : lines) {
      if (first) {
        cell.getParagraphs().get(0).createRun().setText(line);
        first = false;
      } else {
        Docx.cellParagraph(cell, line, false);
      }
    }
  }
}
