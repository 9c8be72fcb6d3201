package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.text.Contract;

/**
 * Kommentarer: the table {@code Kommentarer}, every manager's comment on why a category's need
 * changes (Kartläggning's Kommentar column), with the unit, sorted by area and category so HR can
 * write each category's "Kommentar" block of the report (seed 002). In the upward version the
 * comments are per avdelning, with names replaced as in the other free text ({@code UpwardVersion}).
 */
final class CommentsSheet {
  private CommentsSheet() {}

  static final int HEADER_ROW = 2;
  static final List<String> HEADERS = List.of(Contract.FOCUS_AREA, Contract.CATEGORY, Contract.DEPARTMENT, Contract.UNIT,
      Contract.MAPPING_COMMENT, Contract.ADMINISTRATION);

  /** Förvaltning last, so the columns HR reads first stay; a roll-up reads the comments back per unit (issue 13 §5). */
  record Line(String area, String category, String department, String unit, String comment, String administration) {}

  static List<Line> lines(List<UnitReport> units) {
    List<Line> lines = new ArrayList<>();
    for (UnitReport u : units) {
      for (CategoryRow r : u.rows()) {
        if (!r.comment().isEmpty()) {
          lines.add(new Line(u.info().focusArea().name(), r.category().name(), u.info().department(), u.info().unit(),
              r.comment(), u.info().administration()));
        }
      }
    }
    lines.sort(java.util.Comparator.comparing(Line::area).thenComparing(Line::category).thenComparing(Line::department)
        .thenComparing(Line::unit));
    return lines;
  }

  /** The header, table and widths; the rows (one per unit and commented category) are left to {@code later}. */
  static void write(XSSFWorkbook wb, Styles styles, List<UnitReport> units, StreamedRows later) {
    List<Line> lines = lines(units);
    XSSFSheet sheet = wb.createSheet(Contract.COMMENTS_SHEET);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, "Kommentarer", styles.title());
    cells.text(1, 0, lines.size() + (lines.size() == 1 ? " kommentar" : " kommentarer")
        + " från enheternas kartläggningar: varför behovet ändras, per yrkeskategori.", styles.note());
    for (int c = 0; c < HEADERS.size(); c++) {
      cells.text(HEADER_ROW, c, HEADERS.get(c), styles.header());
    }
    ReportCells.table(sheet, Contract.COMMENTS_TABLE, HEADER_ROW, HEADER_ROW + Math.max(1, lines.size()), 0,
        HEADERS.size() - 1);
    int[] widths = {20, 40, 24, 26, 80, 24};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    Print.landscape(sheet, HEADER_ROW);
    later.later(sheet, HEADER_ROW + 1, rows -> rows(rows, styles, lines));
  }

  private static void rows(RowWriter out, Styles styles, List<Line> lines) {
    var text = styles.body(Styles.Format.TEXT);
    var wrapped = styles.body(Styles.Format.WRAPPED);
    int row = HEADER_ROW + 1;
    for (Line l : lines) {
      out.text(row, 0, l.area(), text);
      out.text(row, 1, l.category(), wrapped);
      out.text(row, 2, l.department(), text);
      out.text(row, 3, l.unit(), text);
      out.text(row, 4, l.comment(), wrapped);
      out.text(row, 5, l.administration(), text);
      out.fitWrapped(row, l.comment(), 86);
      row++;
    }
    if (lines.isEmpty()) {
      out.cell(HEADER_ROW + 1, 0);
    }
  }
}
