package se.kompetensgap.output;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The last word on how each sheet of the consolidated workbook prints on A4 (issue 12: "no text
 * under 8 pt, no clipped header or sentence: wrap and size rows from their content, split wide
 * sheets across pages with repeated titles rather than shrink them"). Runs once every cell and
 * column width is set; the writers' {@link Print} setup is the starting point.
 *
 * <ul>
 *   <li>Every row with wrapped text is at least as tall as its text needs ({@link TextFit}).
 *   <li>A sheet that {@link Print} fits to one page width keeps that only while its smallest
 *       text stays at {@value #MIN_POINTS} pt or more. A wider sheet prints at the smallest scale
 *       that keeps it so, across as many pages as it needs, left to right, with its leading
 *       text columns (the row titles) repeated on each page beside the repeated header rows.
 * </ul>
 */
final class PrintLayout {
  private PrintLayout() {}

  /** The smallest printed text, in points. */
  static final double MIN_POINTS = 8;
  /** A4 landscape: 297 mm wide, 210 mm high, in points. */
  static final double A4_LONG = 841.9;
  static final double A4_SHORT = 595.3;
  /** Repeated title columns take at most this share of the printable width. */
  static final double MAX_TITLE_SHARE = 0.45;

  static void apply(XSSFWorkbook wb) {
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      XSSFSheet sheet = wb.getSheetAt(i);
      fitRows(sheet);
      scale(sheet);
    }
  }

  /** Printable width of the sheet's page, in points. */
  static double printableWidth(XSSFSheet sheet) {
    double paper = sheet.getPrintSetup().getLandscape() ? A4_LONG : A4_SHORT;
    return paper - 72 * (sheet.getMargin(XSSFSheet.LeftMargin) + sheet.getMargin(XSSFSheet.RightMargin));
  }

  /** Printable height of the sheet's page, in points. */
  static double printableHeight(XSSFSheet sheet) {
    double paper = sheet.getPrintSetup().getLandscape() ? A4_SHORT : A4_LONG;
    return paper - 72 * (sheet.getMargin(XSSFSheet.TopMargin) + sheet.getMargin(XSSFSheet.BottomMargin));
  }

  /**
   * The scale (0–1) the sheet will print at once {@link #apply} has run over what is in memory
   * now: its fit to one page width, or the scale that keeps its smallest text readable.
   */
  static double printedScale(XSSFSheet sheet) {
    double fit = Math.min(1, printableWidth(sheet) / contentWidth(sheet));
    if (!sheet.getFitToPage() || sheet.getPrintSetup().getFitWidth() != 1) {
      return effectiveScale(sheet);
    }
    double smallest = smallestFont(sheet);
    return fit >= 1 || fit * smallest >= MIN_POINTS + 0.3 ? fit : Math.min(1, Math.ceil(100 * (MIN_POINTS + 0.3) / smallest) / 100);
  }

  /** The width the printed columns take at 100 %, in points. */
  static double contentWidth(XSSFSheet sheet) {
    return TextFit.width(sheet, 0, lastColumn(sheet));
  }

  /** The smallest font size of any cell with content on the sheet (as far as it is in memory). */
  static double smallestFont(XSSFSheet sheet) {
    double smallest = Double.MAX_VALUE;
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() != CellType.BLANK && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty())) {
          smallest = Math.min(smallest, TextFit.fontPoints(sheet, cell.getCellStyle()));
        }
      }
    }
    return smallest == Double.MAX_VALUE ? 11 : smallest;
  }

  /** The scale (0–1) the sheet prints at, as set: its fit to one page width, or its fixed scale. */
  static double effectiveScale(XSSFSheet sheet) {
    if (sheet.getFitToPage() && sheet.getPrintSetup().getFitWidth() == 1) {
      return Math.min(1, printableWidth(sheet) / contentWidth(sheet));
    }
    return (sheet.getFitToPage() ? 100 : sheet.getPrintSetup().getScale()) / 100.0;
  }

  private static void scale(XSSFSheet sheet) {
    PrintSetup ps = sheet.getPrintSetup();
    if (!sheet.getFitToPage() || ps.getFitWidth() != 1) {
      return;
    }
    // A sheet of charts (Sammanfattning, Utveckling) is laid out page by page by its writer.
    if (sheet.getDrawingPatriarch() != null && !sheet.getDrawingPatriarch().getCharts().isEmpty()) {
      return;
    }
    double smallest = smallestFont(sheet);
    double fit = printableWidth(sheet) / contentWidth(sheet);
    // A little room for the estimate: LibreOffice and Excel measure columns slightly differently.
    if (fit >= 1 || fit * smallest >= MIN_POINTS + 0.3) {
      return;
    }
    sheet.setFitToPage(false);
    ps.setFitWidth((short) 0);
    ps.setFitHeight((short) 0);
    ps.setScale((short) Math.min(100, Math.ceil(100 * (MIN_POINTS + 0.3) / smallest)));
    ps.setLeftToRight(true); // the right half of the same rows comes next, not after all rows
    int titles = titleColumns(sheet);
    if (titles > 0) {
      sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, titles - 1));
    }
  }

  /**
   * The leading columns that name a row (e.g. Fokusområde, Yrkeskategori): the wide ones at the
   * left of the header, as long as they leave room for the numbers. Decided from the header and
   * the column widths only, so the streamed write and the in-memory build agree.
   */
  static int titleColumns(XSSFSheet sheet) {
    CellRangeAddress repeated = sheet.getRepeatingRows();
    Row header = sheet.getRow(repeated == null ? 0 : repeated.getLastRow());
    int cells = header == null ? 1 : header.getLastCellNum();
    // The page holds 1/scale as much of the sheet as at 100 % (the scale is set by then).
    double room = MAX_TITLE_SHARE * printableWidth(sheet) / effectiveScale(sheet);
    // The columns its writer froze name the row (Fokusområde and Yrkeskategori on Måluppfyllelse,
    // År to Yrkeskategori on Historik): as many of them as leave room for the numbers.
    var pane = sheet.getPaneInformation();
    int frozen = pane == null || !pane.isFreezePane() ? 0 : pane.getVerticalSplitPosition();
    if (frozen > 0) {
      int k = 1;
      while (k < frozen && TextFit.width(sheet, 0, k) <= room) {
        k++;
      }
      return k;
    }
    int n = 0;
    while (n < cells && sheet.getColumnWidth(n) >= TITLE_COLUMN_CHARS * 256 && TextFit.width(sheet, 0, n) <= room) {
      n++;
    }
    return Math.max(1, n);
  }

  /** A column at least this wide (in characters) holds names, not numbers. */
  static final int TITLE_COLUMN_CHARS = 14;

  private static int lastColumn(XSSFSheet sheet) {
    int last = 0;
    for (Row row : sheet) {
      last = Math.max(last, row.getLastCellNum() - 1);
    }
    return last;
  }

  /** Grows every row whose wrapped text (in one cell or a one-row merged range) needs more room. */
  private static void fitRows(XSSFSheet sheet) {
    Map<Long, CellRangeAddress> merged = new HashMap<>();
    for (CellRangeAddress m : sheet.getMergedRegions()) {
      if (m.getFirstRow() == m.getLastRow()) {
        merged.put(key(m.getFirstRow(), m.getFirstColumn()), m);
      }
    }
    for (Row row : sheet) {
      for (Cell cell : row) {
        CellStyle style = cell.getCellStyle();
        if (!style.getWrapText()) {
          continue;
        }
        String text = text(cell);
        if (text.isEmpty()) {
          continue;
        }
        CellRangeAddress m = merged.get(key(row.getRowNum(), cell.getColumnIndex()));
        int last = m == null ? cell.getColumnIndex() : m.getLastColumn();
        TextFit.grow(row, text, cell.getColumnIndex(), last, style);
      }
    }
  }

  private static String text(Cell cell) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return type == CellType.STRING ? cell.getStringCellValue() : "";
  }

  private static long key(int row, int col) {
    return ((long) row << 20) | col;
  }
}
