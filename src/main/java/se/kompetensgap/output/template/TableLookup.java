package se.kompetensgap.output.template;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.config.CategoryMatcher;

/**
 * Finds tables, columns and rows of a template by name (SPEC §4: by table name and header text,
 * never by position), so the filler keeps working when the layout changes.
 */
final class TableLookup {
  private TableLookup() {}

  /** The table called {@code name}; Excel table names are case-insensitive. */
  static XSSFTable table(XSSFWorkbook wb, String name) {
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      for (XSSFTable t : wb.getSheetAt(i).getTables()) {
        if (t.getName().equalsIgnoreCase(name)) {
          return t;
        }
      }
    }
    throw new IllegalArgumentException("the workbook has no table " + name);
  }

  /** The sheet column index of the column headed {@code header}. */
  static int column(XSSFTable table, String header) {
    for (int i = 0; i < table.getColumns().size(); i++) {
      if (table.getColumns().get(i).getName().equals(header)) {
        return table.getStartColIndex() + i;
      }
    }
    throw new IllegalArgumentException(
        "table " + table.getName() + " has no column \"" + header + "\"");
  }

  /** Whether the table has a column headed {@code header}. */
  static boolean hasColumn(XSSFTable table, String header) {
    return table.getColumns().stream().anyMatch(c -> c.getName().equals(header));
  }

  static int firstDataRow(XSSFTable table) {
    return table.getStartRowIndex() + table.getHeaderRowCount();
  }

  static int lastDataRow(XSSFTable table) {
    return table.getEndRowIndex() - table.getTotalsRowCount();
  }

  /**
   * The data row whose {@code keyColumn} holds {@code key}, compared the way names are matched
   * elsewhere (case, spaces and punctuation do not matter), or -1.
   */
  static int row(XSSFTable table, int keyColumn, String key) {
    XSSFSheet sheet = table.getXSSFSheet();
    String wanted = CategoryMatcher.key(key);
    for (int r = firstDataRow(table); r <= lastDataRow(table); r++) {
      var row = sheet.getRow(r);
      Cell c = row == null ? null : row.getCell(keyColumn);
      if (c != null
          && c.getCellType() == CellType.STRING
          && CategoryMatcher.key(c.getStringCellValue()).equals(wanted)) {
        return r;
      }
    }
    return -1;
  }
}
