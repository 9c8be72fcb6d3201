package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.YearBasis.Standing;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.text.Contract;

/**
 * Underlag: one row per (source file, category), the data every analysis formula sums (SPEC
 * §6). It is an Excel table, so a row HR adds by hand is included in every sum, and next
 * level's roll-up reads it back.
 */
final class BasisSheet {
  private BasisSheet() {}

  /**
   * The sheet with its header and table; the data rows are left to {@code later} (see {@link
   * StreamedRows}). The table is defined over its final range, so every formula that refers to
   * it parses before the rows are there.
   */
  static XSSFSheet write(
      XSSFWorkbook wb, Styles styles, List<UnitReport> units, StreamedRows later, Optional<Function<UnitReport, Standing>> standing) {
    XSSFSheet sheet = wb.createSheet(Contract.BASIS_SHEET);
    Cells cells = new Cells(sheet);
    List<String> headers = headers(standing);
    for (int c = 0; c < headers.size(); c++) {
      cells.text(0, c, headers.get(c), styles.header());
    }
    int row = 1 + rowCount(units);
    // A table needs a data row; an empty one sums to 0 everywhere.
    int lastRow = Math.max(row - 1, 1);
    XSSFTable table =
        sheet.createTable(
            new AreaReference(
                new CellReference(0, 0),
                new CellReference(lastRow, headers.size() - 1),
                SpreadsheetVersion.EXCEL2007));
    table.setName(Contract.BASIS_TABLE);
    table.setDisplayName(Contract.BASIS_TABLE);
    Tables.style(table);
    sheet.createFreezePane(0, 1);
    columnWidths(sheet);
    Print.landscape(sheet, 0);
    later.later(sheet, 1, rows -> {
      if (writeRows(rows, 1, styles, units, standing) == 1) {
        rows.cell(1, 0);
      }
    });
    return sheet;
  }

  /** One row per (file, category). */
  static int rowCount(List<UnitReport> units) {
    return units.stream().mapToInt(u -> u.rows().size()).sum();
  }

  /** Underlag's headers; with last year's workbook, the column Jämförelse last. */
  static List<String> headers(Optional<?> standing) {
    List<String> headers = new ArrayList<>(Contract.basisHeaders());
    standing.ifPresent(s -> headers.add(Contract.COMPARISON));
    return headers;
  }

  /** Widths for Underlag's columns: source, who, category, then the 12 numbers (and Jämförelse). */
  static void columnWidths(Sheet sheet) {
    List<String> headers = Contract.basisHeaders();
    for (int c = 0; c < headers.size(); c++) {
      sheet.setColumnWidth(c, (c < 7 ? (c == 0 ? 34 : 18) : 11) * 256);
    }
    sheet.setColumnWidth(6, 40 * 256);
    sheet.setColumnWidth(headers.size(), 14 * 256);
  }

  /**
   * Underlag's rows (one per file and category) from {@code firstRow} on; last year's copy uses
   * the same layout. Returns the next free row.
   */
  static int writeRows(
      RowWriter out, int firstRow, Styles styles, List<UnitReport> units, Optional<Function<UnitReport, Standing>> standing) {
    CellStyle text = styles.body(Styles.Format.TEXT);
    CellStyle integer = styles.body(Styles.Format.INTEGER);
    int row = firstRow;
    for (UnitReport unit : units) {
      for (CategoryRow r : unit.rows()) {
        int c = 0;
        out.text(row, c++, unit.source(), text);
        out.number(row, c++, unit.info().year(), integer);
        out.text(row, c++, unit.info().administration(), text);
        out.text(row, c++, unit.info().focusArea().name(), text);
        out.text(row, c++, unit.info().department(), text);
        out.text(row, c++, unit.info().unit(), text);
        out.text(row, c++, r.category().name(), text);
        for (Level l : Level.values()) {
          out.number(row, c++, r.supply().get(l), integer);
        }
        for (Horizon h : Horizon.values()) {
          for (Level l : Level.values()) {
            out.number(row, c++, r.demand(h).get(l), integer);
          }
        }
        if (standing.isPresent()) {
          out.text(row, c, standing.get().apply(unit).label(), text);
        }
        row++;
      }
    }
    return row;
  }
}
