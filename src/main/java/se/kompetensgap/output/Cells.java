package se.kompetensgap.output;

import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes cells of one sheet. Every formula is written together with its cached value from the
 * Java model (SPEC §6: numbers show in a mail preview, before any recalculation).
 */
public final class Cells {
  private final XSSFSheet sheet;

  public Cells(XSSFSheet sheet) {
    this.sheet = sheet;
  }

  public XSSFSheet sheet() {
    return sheet;
  }

  public XSSFCell cell(int row, int col) {
    XSSFRow r = sheet.getRow(row);
    if (r == null) {
      r = sheet.createRow(row);
    }
    XSSFCell c = r.getCell(col);
    return c == null ? r.createCell(col) : c;
  }

  /** Excel's limit for the text of one cell. */
  static final int MAX_TEXT = 32_767;

  public XSSFCell text(int row, int col, String value, XSSFCellStyle style) {
    XSSFCell c = cell(row, col);
    text(c, value, style);
    return c;
  }

  public XSSFCell number(int row, int col, double value, XSSFCellStyle style) {
    XSSFCell c = cell(row, col);
    number(c, value, style);
    return c;
  }

  // The bodies below take any POI cell, so RowWriter writes streamed (SXSSF) rows the same way.

  static void text(Cell c, String value, CellStyle style) {
    c.setCellValue(fit(value));
    c.setCellStyle(style);
  }

  static void number(Cell c, double value, CellStyle style) {
    c.setCellValue(value);
    c.setCellStyle(style);
  }

  static void formula(Cell c, String formula, double cached, CellStyle style) {
    c.setCellFormula(formula);
    c.setCellValue(cached);
    c.setCellStyle(style);
  }

  static void formula(Cell c, String formula, OptionalDouble cached, CellStyle style) {
    c.setCellFormula(formula);
    if (cached.isPresent()) {
      c.setCellValue(cached.getAsDouble());
    } else {
      c.setCellValue("");
    }
    c.setCellStyle(style);
  }

  static void textFormula(Cell c, String formula, String cached, CellStyle style) {
    c.setCellFormula(formula);
    c.setCellValue(cached);
    c.setCellStyle(style);
  }

  /** The height of a row whose wrapping column holds {@code text}; see {@link #fitWrapped}. */
  static void fitWrapped(Row r, String text, int charsPerLine) {
    int lines = Math.max(1, (int) Math.ceil(text.length() / (double) charsPerLine));
    float height = 15f * lines;
    if (r.getHeightInPoints() < height) {
      r.setHeightInPoints(height);
    }
  }

  /**
   * Text cut to what one cell holds, with a visible mark. A safety net: POI throws on longer
   * text, and one overlong text (a pasted comment, a long join) must not stop the whole run.
   */
  static String fit(String value) {
    if (value == null || value.length() <= MAX_TEXT) {
      return value;
    }
    String mark = " … (förkortad)";
    return value.substring(0, MAX_TEXT - mark.length()) + mark;
  }

  /** A formula with a numeric result cached. */
  public XSSFCell formula(int row, int col, String formula, double cached, XSSFCellStyle style) {
    XSSFCell c = cell(row, col);
    formula(c, formula, cached, style);
    return c;
  }

  /** A formula whose result is a number, or "" where the model has no value (no division). */
  public XSSFCell formula(int row, int col, String formula, OptionalDouble cached, XSSFCellStyle style) {
    XSSFCell c = cell(row, col);
    formula(c, formula, cached, style);
    return c;
  }

  /**
   * Gives a row room for wrapped text: POI does not measure text, and neither Excel nor
   * LibreOffice grows a row that was written without a height when the file opens.
   *
   * @param charsPerLine about how many characters fit on one line of the wrapping column
   */
  public void fitWrapped(int row, String text, int charsPerLine) {
    fitWrapped(sheet.getRow(row), text, charsPerLine);
  }

  /** "D7" for row 6, column 3 (0-based), relative. */
  public static String ref(int row, int col) {
    return new CellReference(row, col, false, false).formatAsString();
  }

  /** "$D7": column fixed, row relative. */
  public static String absCol(int row, int col) {
    return new CellReference(row, col, false, true).formatAsString();
  }

  /** "Kompetensgap!D7", quoting the sheet name where Excel requires it. */
  public static String ref(String sheet, int row, int col) {
    return new CellReference(sheet, row, col, false, false).formatAsString();
  }

  /** "D7:G7" */
  public static String range(int row1, int col1, int row2, int col2) {
    return ref(row1, col1) + ":" + ref(row2, col2);
  }

  /** A structured reference to a table column, e.g. {@code Underlag[Tillgång Viss]}. */
  public static String column(String table, String header) {
    // In structured references the characters [ ] # ' must be escaped with a leading '.
    String escaped = header.replaceAll("([\\[\\]#'])", "'$1");
    return table + "[" + escaped + "]";
  }

  /** A string literal for a formula: "Alla fokusområden" with quotes doubled. */
  public static String literal(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
