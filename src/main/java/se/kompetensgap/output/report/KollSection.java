package se.kompetensgap.output.report;

import se.kompetensgap.analysis.ReportText;
import se.kompetensgap.model.report.ReportWorkbook.KollRow;
import se.kompetensgap.model.report.ReportWorkbook.KollTable;

/**
 * Under "Utvärdering av kompetensmål", the mapping beside Koll (issue 13 §3), from Måluppfyllelse
 * as HR left it: one paragraph per line the sheet marks, in seed 000's words.
 */
final class KollSection {
  private KollSection() {}

  static final String HEADING = "Kartläggningen och Koll";

  static void write(Docx d, KollTable k) {
    d.heading(2, HEADING);
    d.paragraph(ReportText.kollIntroduction(k));
    for (KollRow r : k.flagged()) {
      d.paragraph(ReportText.kollComparison(r, k.previousYear(), k.year()));
    }
  }
}
