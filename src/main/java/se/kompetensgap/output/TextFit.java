package se.kompetensgap.output;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * How tall a row must be for its wrapped text, estimated from the text, the column's width and
 * the font (issue 12: no sentence clipped by a fixed row height in print). An estimate, not a
 * measurement: Calibri's average advance is taken generously (digits, capitals and bold are wider
 * than lower case), and words wrap whole, as Excel and LibreOffice wrap them.
 */
final class TextFit {
  private TextFit() {}

  /** Average character advance of Calibri as a share of its size, on the generous side. */
  static final double CHAR_EM = 0.53;
  /** Line height as a share of the font size (Calibri 11 pt: 15 pt rows). */
  static final double LINE_EM = 1.32;
  /** A cell's inner padding, left and right together, in points. */
  static final double PADDING = 5;

  /** Lines {@code text} takes when wrapped in {@code widthPoints} at {@code fontPoints}. */
  static int lines(String text, double widthPoints, double fontPoints) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    int perLine = Math.max(1, (int) Math.floor((widthPoints - PADDING) / (fontPoints * CHAR_EM)));
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      int used = 0;
      for (String word : paragraph.split(" ")) {
        int len = word.length();
        if (used == 0) {
          used = len;
        } else if (used + 1 + len <= perLine) {
          used += 1 + len;
        } else {
          lines++;
          used = len;
        }
        while (used > perLine) { // a word longer than the line breaks inside it
          lines++;
          used -= perLine;
        }
      }
    }
    return lines;
  }

  /** Row height in points for {@code lines} lines of {@code fontPoints} text. */
  static float height(int lines, double fontPoints) {
    return (float) Math.ceil(lines * fontPoints * LINE_EM + 2);
  }

  /** Width of columns {@code first..last} in points. */
  static double width(Sheet sheet, int first, int last) {
    double px = 0;
    for (int c = first; c <= last; c++) {
      px += sheet.getColumnWidthInPixels(c);
    }
    return px * 0.75;
  }

  static double fontPoints(Sheet sheet, CellStyle style) {
    Font f = sheet.getWorkbook().getFontAt(style.getFontIndex());
    return f.getFontHeightInPoints();
  }

  /** A column is never widened beyond this many characters (longer text is cut or wraps). */
  static final int MAX_COLUMN_CHARS = 60;

  /** Widens column {@code col} to {@code points} (at most {@link #MAX_COLUMN_CHARS}); never narrows it. */
  static void widen(Sheet sheet, int col, double points) {
    // Excel's width unit: 1/256 of a digit's width, 7 px at Calibri 11, plus 5 px of padding.
    double chars = Math.min(MAX_COLUMN_CHARS, (points / 0.75 - 5) / 7.0 + 1);
    int width = (int) Math.ceil(chars * 256);
    if (sheet.getColumnWidth(col) < width) {
      sheet.setColumnWidth(col, width);
    }
  }

  /** Grows row {@code r} to fit {@code text} wrapped in columns {@code first..last}; never shrinks it. */
  static void grow(Row row, String text, int first, int last, CellStyle style) {
    Sheet sheet = row.getSheet();
    double font = fontPoints(sheet, style);
    float needed = height(lines(text, width(sheet, first, last), font), font);
    if (row.getHeightInPoints() < needed) {
      row.setHeightInPoints(needed);
    }
  }
}
