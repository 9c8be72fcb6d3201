package se.kompetensgap.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small helpers for reading written workbooks back in tests. */
public final class Sheets {
  private Sheets() {}

  /** Opens a file without ever writing to it (new XSSFWorkbook(File) may write back). */
  public static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /** The 0-based index of the first row whose cells in columns a and b hold these texts. */
  public static int findRow(Sheet sheet, int colA, String a, int colB, String b) {
    for (Row row : sheet) {
      if (text(row.getCell(colA)).equals(a) && text(row.getCell(colB)).equals(b)) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no row with " + a + " / " + b + " on " + sheet.getSheetName());
  }

  public static String text(Cell cell) {
    return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
  }

  /** The cached numeric value of a formula or number cell. */
  public static double number(Sheet sheet, int row, int col) {
    Cell c = sheet.getRow(row).getCell(col);
    return c.getNumericCellValue();
  }
}
