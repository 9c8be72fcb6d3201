package se.kompetensgap.output;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
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
    XSSFSheet sheet = wb.createSheet(Contract.BASIS_SHEET);
    Cells cells = new Cells(sheet);
    List<String> headers = Contract.basisHeaders();
    for (int c = 0; c < headers.size(); c++) {
      cells.text(0, c, headers.get(c), styles.header());
    }
    int row = 1;
    for (UnitReport unit : units) {
      for (CategoryRow r : unit.rows()) {
        int c = 0;
        cells.text(row, c++, unit.source(), styles.body(Styles.Format.TEXT));
        cells.number(row, c++, unit.info().year(), styles.body(Styles.Format.INTEGER));
        cells.text(row, c++, unit.info().administration(), styles.body(Styles.Format.TEXT));
        cells.text(row, c++, unit.info().focusArea().name(), styles.body(Styles.Format.TEXT));
        cells.text(row, c++, unit.info().department(), styles.body(Styles.Format.TEXT));
        cells.text(row, c++, unit.info().unit(), styles.body(Styles.Format.TEXT));
        cells.text(row, c++, r.category().name(), styles.body(Styles.Format.TEXT));
        for (Level l : Level.values()) {
          cells.number(row, c++, r.supply().get(l), styles.body(Styles.Format.INTEGER));
        }
        for (Horizon h : Horizon.values()) {
          for (Level l : Level.values()) {
            cells.number(row, c++, r.demand(h).get(l), styles.body(Styles.Format.INTEGER));
          }
        }
        row++;
      }
    }
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
    for (int c = 0; c < headers.size(); c++) {
      sheet.setColumnWidth(c, (c < 7 ? (c == 0 ? 34 : 18) : 11) * 256);
    }
    sheet.setColumnWidth(6, 40 * 256);
    Print.landscape(sheet, 0);
    return sheet;
  }
}
