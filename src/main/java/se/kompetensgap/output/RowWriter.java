package se.kompetensgap.output;

import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes rows of one sheet strictly top to bottom through POI's common interface, so the same
 * code fills an XSSF sheet (the in-memory build) or its SXSSF twin (the streamed write, which
 * keeps only a window of rows in memory and cannot go back to a row it has flushed). Cells are
 * written as {@link Cells} writes them: text fitted to a cell, formulas with cached values.
 */
final class RowWriter {
  private final Sheet sheet;
  private Row current;
  /** Per column, the width in points its widest one-line text needs. */
  private final java.util.Map<Integer, Double> widest = new java.util.HashMap<>();

  RowWriter(Sheet sheet) {
    this.sheet = sheet;
  }

  Sheet sheet() {
    return sheet;
  }

  /** Row {@code r}: the one being written, or a new one below it. */
  Row row(int r) {
    if (current != null && current.getRowNum() == r) {
      return current;
    }
    if (current != null && r < current.getRowNum()) {
      throw new IllegalStateException("rad " + (r + 1) + " skrivs efter rad " + (current.getRowNum() + 1));
    }
    current = sheet.createRow(r);
    return current;
  }

  Cell cell(int r, int col) {
    Row row = row(r);
    Cell c = row.getCell(col);
    return c == null ? row.createCell(col) : c;
  }

  /** A text cell; a wrapping one grows its row to fit the text (see {@link TextFit}). */
  Cell text(int r, int col, String value, CellStyle style) {
    Cell c = cell(r, col);
    Cells.text(c, value, style);
    if (style != null && value != null && !value.isEmpty()) {
      if (style.getWrapText()) {
        TextFit.grow(c.getRow(), c.getStringCellValue(), col, col, style);
      } else {
        double points = c.getStringCellValue().length() * TextFit.fontPoints(sheet, style) * TextFit.CHAR_EM + TextFit.PADDING;
        widest.merge(col, points, Math::max);
      }
    }
    return c;
  }

  /**
   * Widens each column to its widest one-line text, up to {@link TextFit#MAX_COLUMN_CHARS}, so
   * that no file name or value is cut off by the cell beside it (issue 12, Underlag, Inläsning).
   */
  void widenColumns() {
    widest.forEach((col, points) -> TextFit.widen(sheet, col, points));
  }

  Cell number(int r, int col, double value, CellStyle style) {
    Cell c = cell(r, col);
    Cells.number(c, value, style);
    return c;
  }

  Cell formula(int r, int col, String formula, double cached, CellStyle style) {
    Cell c = cell(r, col);
    Cells.formula(c, formula, cached, style);
    return c;
  }

  Cell formula(int r, int col, String formula, OptionalDouble cached, CellStyle style) {
    Cell c = cell(r, col);
    Cells.formula(c, formula, cached, style);
    return c;
  }

  Cell textFormula(int r, int col, String formula, String cached, CellStyle style) {
    Cell c = cell(r, col);
    Cells.textFormula(c, formula, cached, style);
    return c;
  }

  void fitWrapped(int r, String text, int charsPerLine) {
    Cells.fitWrapped(row(r), text, charsPerLine);
  }
}
