package se.kompetensgap.output.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test helpers that read workbooks the way the intake will: tables by name, columns by the text in
 * the header row, rows by the key in their first cell. Independent of the production lookup, so a
 * bug there cannot hide itself.
 */
final class Workbooks {
  private Workbooks() {}

  /** Writes to a file and opens it again read-only, as HR's tool opens returned workbooks. */
  static XSSFWorkbook roundTrip(XSSFWorkbook wb, Path dir) throws IOException {
    Path file = dir.resolve("kartlaggning.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    try {
      return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
    } catch (InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  /** Writes to memory and reads the bytes back. */
  static XSSFWorkbook roundTrip(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    wb.write(bytes);
    try (InputStream in = new ByteArrayInputStream(bytes.toByteArray())) {
      return new XSSFWorkbook(in);
    }
  }

  static XSSFTable table(XSSFWorkbook wb, String name) {
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      for (XSSFTable t : wb.getSheetAt(i).getTables()) {
        if (t.getName().equals(name)) {
          return t;
        }
      }
    }
    return fail("no table " + name);
  }

  /** The sheet column under the header cell holding {@code header}, read from the sheet. */
  static int column(XSSFTable table, String header) {
    Row headerRow = table.getXSSFSheet().getRow(table.getStartRowIndex());
    for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
      Cell cell = headerRow.getCell(c);
      if (cell != null && header.equals(cell.getStringCellValue())) {
        return c;
      }
    }
    return fail("table " + table.getName() + " has no header " + header);
  }

  /** The data row whose {@code keyHeader} cell is exactly {@code key}. */
  static int row(XSSFTable table, String keyHeader, String key) {
    int c = column(table, keyHeader);
    XSSFSheet sheet = table.getXSSFSheet();
    for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
      Row row = sheet.getRow(r);
      Cell cell = row == null ? null : row.getCell(c);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && key.equals(cell.getStringCellValue())) {
        return r;
      }
    }
    return fail("table " + table.getName() + " has no row " + key);
  }

  static Cell cell(XSSFTable table, int row, String header) {
    Row r = table.getXSSFSheet().getRow(row);
    assertNotEquals(null, r, "row " + (row + 1) + " of " + table.getName());
    Cell c = r.getCell(column(table, header));
    assertNotEquals(null, c, header + " in row " + (row + 1) + " of " + table.getName());
    return c;
  }

  static void assertText(String expected, Cell cell) {
    if (expected.isEmpty()) {
      assertEquals(CellType.BLANK, cell.getCellType(), cell.getAddress().formatAsString());
    } else {
      assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().formatAsString());
      assertEquals(expected, cell.getStringCellValue(), cell.getAddress().formatAsString());
    }
  }
}
