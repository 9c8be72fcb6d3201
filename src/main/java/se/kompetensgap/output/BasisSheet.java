package se.kompetensgap.output;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

  static XSSFSheet write(XSSFWorkbook wb, Styles styles, List<UnitReport> units) {
    return write(wb, styles, units, true);
  }

  /**
   * The sheet with its header and table. With {@code withRows} false the data rows are left for
   * {@link #writeRows} to stream (SXSSF) after the rest of the workbook is built: the table is
   * still defined over its final range, so every formula that refers to it parses.
   */
  static XSSFSheet write(XSSFWorkbook wb, Styles styles, List<UnitReport> units, boolean withRows) {
    XSSFSheet sheet = wb.createSheet(Contract.BASIS_SHEET);
    Cells cells = new Cells(sheet);
    List<String> headers = Contract.basisHeaders();
    for (int c = 0; c < headers.size(); c++) {
      cells.text(0, c, headers.get(c), styles.header());
    }
    if (withRows) {
      writeRows(sheet, 1, styles, units);
    }
    int row = 1 + rowCount(units);
    // A table needs a data row; an empty one sums to 0 everywhere.
    int lastRow = Math.max(row - 1, 1);
    if (row == 1) {
      cells.cell(1, 0);
    }
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
    return sheet;
  }

  /** One row per (file, category). */
  static int rowCount(List<UnitReport> units) {
    return units.stream().mapToInt(u -> u.rows().size()).sum();
  }

  /** Widths for Underlag's columns: source, who, category, then the 12 numbers. */
  static void columnWidths(Sheet sheet) {
    List<String> headers = Contract.basisHeaders();
    for (int c = 0; c < headers.size(); c++) {
      sheet.setColumnWidth(c, (c < 7 ? (c == 0 ? 34 : 18) : 11) * 256);
    }
    sheet.setColumnWidth(6, 40 * 256);
  }

  /**
   * Underlag's rows (one per file and category) from {@code firstRow} on, into an XSSF sheet or
   * its streaming SXSSF twin; last year's copy uses the same layout. Returns the next free row.
   */
  static int writeRows(Sheet sheet, int firstRow, Styles styles, List<UnitReport> units) {
    CellStyle text = styles.body(Styles.Format.TEXT);
    CellStyle integer = styles.body(Styles.Format.INTEGER);
    int row = firstRow;
    for (UnitReport unit : units) {
      for (CategoryRow r : unit.rows()) {
        Row out = sheet.createRow(row++);
        int c = 0;
        text(out, c++, unit.source(), text);
        number(out, c++, unit.info().year(), integer);
        text(out, c++, unit.info().administration(), text);
        text(out, c++, unit.info().focusArea().name(), text);
        text(out, c++, unit.info().department(), text);
        text(out, c++, unit.info().unit(), text);
        text(out, c++, r.category().name(), text);
        for (Level l : Level.values()) {
          number(out, c++, r.supply().get(l), integer);
        }
        for (Horizon h : Horizon.values()) {
          for (Level l : Level.values()) {
            number(out, c++, r.demand(h).get(l), integer);
          }
        }
      }
    }
    return row;
  }

  private static void text(Row row, int col, String value, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(Cells.fit(value));
    cell.setCellStyle(style);
  }

  private static void number(Row row, int col, double value, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }
}
