package se.kompetensgap.output;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every cell style of a consolidated workbook, created once per workbook (POI's examples:
 * never per cell — Excel allows 64,000 styles and each costs file size).
 */
public final class Styles {

  /** How a number or text is shown. */
  public enum Format {
    TEXT("@"),
    /** Long text (messages, comments): wraps inside its column. */
    WRAPPED("@"),
    INTEGER("0"),
    /** Gaps and changes: "+3" surplus, "-4" shortage. */
    SIGNED("+0;-0;0"),
    PERCENT("0%"),
    DATE("yyyy-mm-dd"),
    /** A count where 0 means "none" and shows as an empty cell (e.g. a level without a goal). */
    BLANK_ZERO("0;-0;");

    final String pattern;

    Format(String pattern) {
      this.pattern = pattern;
    }
  }

  /** How much a row stands out: a plain line, a subtotal, or a grand total. */
  public enum Emphasis {
    NORMAL,
    SUBTOTAL,
    TOTAL
  }

  static final byte[] NAVY = {(byte) 0xFF, (byte) 0x1F, (byte) 0x3A, (byte) 0x5F};
  static final byte[] SUBTOTAL_FILL = {(byte) 0xFF, (byte) 0xDD, (byte) 0xEB, (byte) 0xF7};
  static final byte[] TOTAL_FILL = {(byte) 0xFF, (byte) 0xBD, (byte) 0xD7, (byte) 0xEE};
  static final byte[] GREY_TEXT = {(byte) 0xFF, (byte) 0x59, (byte) 0x59, (byte) 0x59};

  private final Map<Emphasis, Map<Format, XSSFCellStyle>> body = new EnumMap<>(Emphasis.class);
  private final XSSFCellStyle title;
  private final XSSFCellStyle subtitle;
  private final XSSFCellStyle note;
  private final XSSFCellStyle header;
  private final XSSFCellStyle groupHeader;
  private final XSSFCellStyle wrapped;

  public Styles(XSSFWorkbook wb) {
    XSSFFont plain = font(wb);
    XSSFFont bold = font(wb);
    bold.setBold(true);
    XSSFFont titleFont = font(wb);
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 16);
    titleFont.setColor(new XSSFColor(NAVY, null));
    XSSFFont subtitleFont = font(wb);
    subtitleFont.setFontHeightInPoints((short) 11);
    subtitleFont.setColor(new XSSFColor(NAVY, null));
    XSSFFont noteFont = font(wb);
    noteFont.setItalic(true);
    noteFont.setFontHeightInPoints((short) 9);
    noteFont.setColor(new XSSFColor(GREY_TEXT, null));
    XSSFFont headerFont = font(wb);
    headerFont.setBold(true);
    headerFont.setColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null));

    title = wb.createCellStyle();
    title.setFont(titleFont);
    subtitle = wb.createCellStyle();
    subtitle.setFont(subtitleFont);
    note = wb.createCellStyle();
    note.setFont(noteFont);
    note.setWrapText(false);

    header = wb.createCellStyle();
    header.setFont(headerFont);
    header.setFillForegroundColor(new XSSFColor(NAVY, null));
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setAlignment(HorizontalAlignment.CENTER);
    thinBorders(header);

    groupHeader = wb.createCellStyle();
    groupHeader.cloneStyleFrom(header);
    groupHeader.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0x2E, (byte) 0x5C, (byte) 0x8A}, null));

    wrapped = wb.createCellStyle();
    wrapped.setFont(plain);
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);

    var dataFormat = wb.createDataFormat();
    for (Emphasis e : Emphasis.values()) {
      Map<Format, XSSFCellStyle> byFormat = new EnumMap<>(Format.class);
      for (Format f : Format.values()) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setDataFormat(dataFormat.getFormat(f.pattern));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (f == Format.WRAPPED) {
          s.setWrapText(true);
        }
        s.setFont(plain);
        if (e != Emphasis.NORMAL) {
          s.setFont(bold);
          s.setFillForegroundColor(new XSSFColor(e == Emphasis.TOTAL ? TOTAL_FILL : SUBTOTAL_FILL, null));
          s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
          s.setBorderTop(e == Emphasis.TOTAL ? BorderStyle.MEDIUM : BorderStyle.THIN);
        }
        byFormat.put(f, s);
      }
      body.put(e, byFormat);
    }
  }

  /**
   * A font of the workbook's default face and size. POI creates new fonts without a name, and
   * LibreOffice then draws them in another typeface than the rest of the sheet.
   */
  private static XSSFFont font(XSSFWorkbook wb) {
    XSSFFont f = wb.createFont();
    f.setFontName(XSSFFont.DEFAULT_FONT_NAME);
    f.setFontHeightInPoints(XSSFFont.DEFAULT_FONT_SIZE);
    return f;
  }

  private static void thinBorders(XSSFCellStyle s) {
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
  }

  public XSSFCellStyle body(Emphasis emphasis, Format format) {
    return body.get(emphasis).get(format);
  }

  public XSSFCellStyle body(Format format) {
    return body(Emphasis.NORMAL, format);
  }

  public XSSFCellStyle title() {
    return title;
  }

  public XSSFCellStyle subtitle() {
    return subtitle;
  }

  public XSSFCellStyle note() {
    return note;
  }

  public XSSFCellStyle header() {
    return header;
  }

  public XSSFCellStyle groupHeader() {
    return groupHeader;
  }

  public XSSFCellStyle wrapped() {
    return wrapped;
  }
}
