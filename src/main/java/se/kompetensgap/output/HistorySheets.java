package se.kompetensgap.output;

import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.Development;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.analysis.History;
import se.kompetensgap.analysis.KollComparison;
import se.kompetensgap.analysis.LongTermFulfilment;
import se.kompetensgap.model.HistoryRow;
import se.kompetensgap.model.Scope;
import se.kompetensgap.text.Contract;

/**
 * Wires issue 13's sheets into the workbook: Historik (always), the long-term part of
 * Måluppfyllelse (with last year's workbook) and Utveckling (from two years of history on).
 */
final class HistorySheets {
  private HistorySheets() {}

  /**
   * The chain this workbook holds: last year's history as it stands, then this year's rows. In a
   * roll-up across förvaltningar, each förvaltning's own history as its workbook carried it, and
   * this year's rows per förvaltning (issue 13 §5).
   *
   * @param byAdministration {@link ConsolidatedWorkbook.Contents#byAdministration}, as Kompetensgap got it
   */
  static List<HistoryRow> history(ConsolidatedWorkbook.Contents contents, List<GapReport> byAdministration) {
    List<HistoryRow> previous = contents.previous().map(p -> History.ofPrevious(p, contents.config())).orElse(List.of());
    int year = contents.gaps().year();
    List<HistoryRow> own = byAdministration.isEmpty()
        ? History.own(contents.gaps(), contents.headcounts())
        : History.ownPerAdministration(byAdministration, contents.carriedHistory(), year);
    return History.chain(previous, contents.carriedHistory(), own, year);
  }

  /**
   * Historik; after Underlag and Kompetensmal, which its formulas read.
   *
   * @param rollUp this year's rows are per förvaltning (a roll-up across förvaltningar)
   */
  static void writeHistory(XSSFWorkbook wb, Styles styles, List<HistoryRow> history, ConsolidatedWorkbook.Contents contents,
      boolean rollUp) {
    HistorySheet.write(wb, styles, history, contents.gaps().year(), contents.gaps().administration(), rollUp);
  }

  /** Below Måluppfyllelse's first table, when there is one: earlier years' goals and Koll. */
  static Optional<LongTermSections.Layout> writeLongTerm(XSSFWorkbook wb, Styles styles, ConsolidatedWorkbook.Contents contents,
      List<HistoryRow> history) {
    XSSFSheet sheet = wb.getSheet(Contract.FULFILMENT_SHEET);
    if (sheet == null || contents.previous().isEmpty()) {
      return Optional.empty();
    }
    int year = contents.gaps().year();
    Scope scope = contents.gaps().scope();
    LongTermFulfilment longTerm = LongTermFulfilment.analyse(history, year, contents.config(), scope.totalLabel());
    Optional<KollComparison> koll = KollComparison.analyse(history, year, contents.previous().get().year(), contents.config());
    if (longTerm.sections().isEmpty() && koll.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(LongTermSections.write(sheet, styles, longTerm, koll, sheet.getLastRowNum() + 3, scope));
  }

  /** Utveckling, once the history holds more than one year (one point is no development). */
  static boolean writeDevelopment(XSSFWorkbook wb, Styles styles, ConsolidatedWorkbook.Contents contents, List<HistoryRow> history) {
    if (History.years(history).size() < 2) {
      return false;
    }
    Scope scope = contents.gaps().scope();
    DevelopmentSheet.write(wb, styles, Development.analyse(history, contents.config(), scope.totalLabel()),
        contents.gaps().administration(), scope);
    return true;
  }
}
