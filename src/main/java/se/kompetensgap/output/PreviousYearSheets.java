package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.YearBasis;
import se.kompetensgap.model.ConsolidatedData;
import se.kompetensgap.model.GoalRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.text.Contract;

/**
 * Last year's goals and Underlag, copied as values into this year's workbook (tables {@code
 * KompetensmalFjol} and {@code UnderlagFjol}). Måluppfyllelse and Förändring are formulas over
 * them, so the workbook stays self-contained (SPEC §1: no external links) and shows which
 * numbers of last year it was measured against.
 */
final class PreviousYearSheets {
  private PreviousYearSheets() {}

  static final int FIRST_ROW = 3;

  static List<String> goalHeaders() {
    List<String> h = new ArrayList<>(List.of(Contract.FOCUS_AREA, Contract.CATEGORY, Contract.HORIZON, Contract.QUANTITATIVE_GOAL));
    for (Level l : Level.values()) {
      h.add(Contract.moveHeader(l));
    }
    return h;
  }

  static void write(XSSFWorkbook wb, Styles styles, ConsolidatedData previous, YearBasis comparison, StreamedRows later) {
    goals(wb, styles, previous);
    basis(wb, styles, previous, comparison, later);
  }

  private static void goals(XSSFWorkbook wb, Styles styles, ConsolidatedData previous) {
    XSSFSheet sheet = wb.createSheet(Contract.PREVIOUS_GOAL_SHEET);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, "Mål satta " + previous.year() + " (förra årets tabell Kompetensmal)", styles.title());
    cells.text(1, 0, "Kopierade som de stod i förra årets arbetsbok, även mål som ändrats för hand. "
        + "Måluppfyllelse räknar med målen på " + Horizon.TWO_YEARS.label() + " sikt.", styles.note());
    List<String> headers = goalHeaders();
    for (int c = 0; c < headers.size(); c++) {
      cells.text(FIRST_ROW, c, headers.get(c), styles.header());
    }
    sheet.getRow(FIRST_ROW).setHeightInPoints(32);
    int row = FIRST_ROW + 1;
    var text = styles.body(Styles.Format.TEXT);
    var integer = styles.body(Styles.Format.INTEGER);
    var signed = styles.body(Styles.Format.SIGNED);
    for (GoalRow g : previous.goals()) {
      cells.text(row, 0, g.area().map(a -> a.name()).orElse(GapAnalysis.ALL_AREAS), text);
      cells.text(row, 1, g.category().name(), text);
      cells.text(row, 2, g.horizon().label(), text);
      cells.number(row, 3, g.quantitative(), signed);
      for (Level l : Level.values()) {
        cells.number(row, 4 + l.ordinal(), g.moves().get(l), integer);
      }
      row++;
    }
    table(sheet, cells, row, headers.size(), Contract.PREVIOUS_GOAL_TABLE);
    sheet.setColumnWidth(0, 20 * 256);
    sheet.setColumnWidth(1, 44 * 256);
    for (int c = 2; c < headers.size(); c++) {
      sheet.setColumnWidth(c, 14 * 256);
    }
    sheet.createFreezePane(0, FIRST_ROW + 1);
    Print.landscape(sheet, FIRST_ROW);
  }

  private static void basis(
      XSSFWorkbook wb, Styles styles, ConsolidatedData previous, YearBasis comparison, StreamedRows later) {
    XSSFSheet sheet = wb.createSheet(Contract.PREVIOUS_BASIS_SHEET);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, "Underlag " + previous.year() + " (förra årets tabell Underlag)", styles.title());
    cells.text(1, 0, "Tillgången här är utgångsläget för årets utfall på bladet Måluppfyllelse, "
        + "och Lättversioner hämtar sin tillgång härifrån. Kolumnen Jämförelse visar vilka enheter "
        + "jämförelsen bygger på.", styles.note());
    Optional<Function<UnitReport, YearBasis.Standing>> standing = Optional.of(comparison::previous);
    List<String> headers = BasisSheet.headers(standing);
    for (int c = 0; c < headers.size(); c++) {
      cells.text(FIRST_ROW, c, headers.get(c), styles.header());
    }
    sheet.getRow(FIRST_ROW).setHeightInPoints(32);
    // Last year's rows grow with last year's units as this year's do: streamed like Underlag.
    int row = FIRST_ROW + 1 + BasisSheet.rowCount(previous.units());
    table(sheet, cells, row, headers.size(), Contract.PREVIOUS_BASIS_TABLE);
    BasisSheet.columnWidths(sheet);
    sheet.createFreezePane(0, FIRST_ROW + 1);
    Print.landscape(sheet, FIRST_ROW);
    if (row > FIRST_ROW + 1) {
      later.later(sheet, FIRST_ROW + 1, rows -> BasisSheet.writeRows(rows, FIRST_ROW + 1, styles, previous.units(), standing));
    }
  }

  /** The table over the header row and the rows written; an empty one gets one blank row. */
  private static void table(XSSFSheet sheet, Cells cells, int nextRow, int width, String name) {
    int last = Math.max(nextRow - 1, FIRST_ROW + 1);
    if (nextRow == FIRST_ROW + 1) {
      cells.cell(FIRST_ROW + 1, 0);
    }
    XSSFTable t =
        sheet.createTable(
            new AreaReference(
                new CellReference(FIRST_ROW, 0), new CellReference(last, width - 1), SpreadsheetVersion.EXCEL2007));
    t.setName(name);
    t.setDisplayName(name);
    Tables.style(t);
  }
}
