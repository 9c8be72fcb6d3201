package se.kompetensgap.output.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every cell style of the template, created once per workbook (Excel has a limit of 64 000 styles,
 * and a style per cell also makes the file slow to open).
 *
 * <p>The colour code is the one managers see in the instructions: pale yellow cells are theirs to
 * fill in, pale grey cells are calculated and locked.
 */
final class TemplateStyles {

  /** Pale yellow: "fill me in". */
  static final byte[] INPUT_FILL = rgb(0xFF, 0xF2, 0xCC);

  /** Pale grey: "calculated, hands off". */
  static final byte[] FORMULA_FILL = rgb(0xED, 0xED, 0xED);

  /**
   * Dark blue header band with white text; readable in print and in LibreOffice, which does not
   * draw Excel's table styles.
   */
  static final byte[] HEADER_FILL = rgb(0x1F, 0x4E, 0x78);

  static final byte[] GROUP_FILL = rgb(0xDD, 0xEB, 0xF7);
  static final byte[] BORDER = rgb(0xBF, 0xBF, 0xBF);
  static final byte[] NOTE_TEXT = rgb(0x59, 0x59, 0x59);

  /** Conditional formatting of the gap preview: shortage red, surplus green. */
  static final byte[] SHORTAGE_FILL = rgb(0xFF, 0xC7, 0xCE);

  static final byte[] SHORTAGE_TEXT = rgb(0x9C, 0x00, 0x06);
  static final byte[] SURPLUS_FILL = rgb(0xC6, 0xEF, 0xCE);
  static final byte[] SURPLUS_TEXT = rgb(0x00, 0x61, 0x00);

  static final String COUNT_FORMAT = "0";
  static final String GAP_FORMAT = "+0;-0;0";
  static final String DATE_FORMAT = "yyyy-mm-dd";

  final XSSFCellStyle title;
  final XSSFCellStyle note;
  final XSSFCellStyle header;
  final XSSFCellStyle group;

  /** Pre-filled text the manager must not change (Uppgift, Yrkeskategori): locked, no fill. */
  final XSSFCellStyle label;

  final XSSFCellStyle inputText;
  final XSSFCellStyle inputWrapped;
  final XSSFCellStyle inputCount;
  final XSSFCellStyle inputYear;
  final XSSFCellStyle inputDate;
  final XSSFCellStyle formulaCount;
  final XSSFCellStyle formulaGap;
  final XSSFCellStyle hint;
  final XSSFCellStyle heading;
  final XSSFCellStyle term;
  final XSSFCellStyle body;
  final XSSFCellStyle listHeader;
  final XSSFCellStyle listValue;

  TemplateStyles(XSSFWorkbook wb) {
    XSSFFont bold = font(wb, 11, true, false, null);
    XSSFFont white = font(wb, 11, true, false, rgb(0xFF, 0xFF, 0xFF));
    XSSFFont big = font(wb, 16, true, false, HEADER_FILL);
    XSSFFont medium = font(wb, 12, true, false, HEADER_FILL);
    XSSFFont italic = font(wb, 10, false, true, NOTE_TEXT);

    title = wb.createCellStyle();
    title.setFont(big);

    note = wb.createCellStyle();
    note.setFont(italic);
    note.setVerticalAlignment(VerticalAlignment.TOP);

    header = bordered(wb);
    header.setFont(white);
    fill(header, HEADER_FILL);
    header.setWrapText(true);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);

    group = bordered(wb);
    group.setFont(bold);
    fill(group, GROUP_FILL);
    group.setAlignment(HorizontalAlignment.CENTER);
    group.setVerticalAlignment(VerticalAlignment.CENTER);
    group.setWrapText(true);

    label = bordered(wb);
    label.setVerticalAlignment(VerticalAlignment.TOP);
    label.setWrapText(true);

    inputText = input(wb);
    inputWrapped = input(wb);
    inputWrapped.setWrapText(true);
    inputCount = input(wb);
    inputCount.setDataFormat(wb.createDataFormat().getFormat(COUNT_FORMAT));
    inputCount.setAlignment(HorizontalAlignment.CENTER);
    inputYear = input(wb);
    inputYear.setDataFormat(wb.createDataFormat().getFormat(COUNT_FORMAT));
    inputYear.setAlignment(HorizontalAlignment.LEFT);
    inputDate = input(wb);
    inputDate.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
    inputDate.setAlignment(HorizontalAlignment.LEFT);

    formulaCount = formula(wb);
    formulaCount.setDataFormat(wb.createDataFormat().getFormat(COUNT_FORMAT));
    formulaGap = formula(wb);
    formulaGap.setDataFormat(wb.createDataFormat().getFormat(GAP_FORMAT));

    hint = wb.createCellStyle();
    hint.setFont(italic);
    hint.setVerticalAlignment(VerticalAlignment.TOP);

    heading = wb.createCellStyle();
    heading.setFont(medium);
    heading.setVerticalAlignment(VerticalAlignment.BOTTOM);

    term = wb.createCellStyle();
    term.setFont(bold);
    term.setVerticalAlignment(VerticalAlignment.TOP);
    term.setWrapText(true);

    body = wb.createCellStyle();
    body.setVerticalAlignment(VerticalAlignment.TOP);
    body.setWrapText(true);

    listHeader = wb.createCellStyle();
    listHeader.setFont(bold);
    listValue = wb.createCellStyle();
  }

  private static XSSFCellStyle input(XSSFWorkbook wb) {
    XSSFCellStyle s = bordered(wb);
    fill(s, INPUT_FILL);
    s.setLocked(false);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  private static XSSFCellStyle formula(XSSFWorkbook wb) {
    XSSFCellStyle s = bordered(wb);
    fill(s, FORMULA_FILL);
    s.setLocked(true);
    s.setAlignment(HorizontalAlignment.CENTER);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  private static XSSFCellStyle bordered(XSSFWorkbook wb) {
    XSSFCellStyle s = wb.createCellStyle();
    XSSFColor c = new XSSFColor(BORDER, null);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    s.setTopBorderColor(c);
    s.setBottomBorderColor(c);
    s.setLeftBorderColor(c);
    s.setRightBorderColor(c);
    return s;
  }

  private static void fill(XSSFCellStyle s, byte[] rgb) {
    s.setFillForegroundColor(new XSSFColor(rgb, null));
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  private static XSSFFont font(
      XSSFWorkbook wb, int points, boolean bold, boolean italic, byte[] colour) {
    XSSFFont f = wb.createFont();
    // Same family as the workbook's default font, so a viewer without Calibri substitutes the
    // same face for bold headings as for plain text.
    f.setFamily(FontFamily.SWISS);
    f.setFontHeightInPoints((short) points);
    f.setBold(bold);
    f.setItalic(italic);
    if (colour != null) {
      f.setColor(new XSSFColor(colour, null));
    }
    return f;
  }

  /** Opaque ARGB: a bare 3-byte RGB is written as rgb="FFC7CE", which not every reader takes. */
  static byte[] rgb(int r, int g, int b) {
    return new byte[] {(byte) 0xFF, (byte) r, (byte) g, (byte) b};
  }
}
