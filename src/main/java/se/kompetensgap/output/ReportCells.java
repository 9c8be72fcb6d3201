package se.kompetensgap.output;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

/** Helpers the report sheets of issue 4 share: text formulas and tables. */
final class ReportCells {
  private ReportCells() {}

  /** A formula whose result is text, with that text cached. */
  static XSSFCell textFormula(Cells cells, int row, int col, String formula, String cached, XSSFCellStyle style) {
    XSSFCell c = cells.cell(row, col);
    Cells.textFormula(c, formula, cached, style);
    return c;
  }

  /** An Excel table over header row {@code headerRow} and the rows below, named and styled. */
  static XSSFTable table(XSSFSheet sheet, String name, int headerRow, int lastRow, int firstCol, int lastCol) {
    XSSFTable t = sheet.createTable(new AreaReference(
        new CellReference(headerRow, firstCol), new CellReference(Math.max(lastRow, headerRow + 1), lastCol),
        SpreadsheetVersion.EXCEL2007));
    t.setName(name);
    t.setDisplayName(name);
    Tables.style(t);
    return t;
  }
}
