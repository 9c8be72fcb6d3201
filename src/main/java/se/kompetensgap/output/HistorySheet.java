package se.kompetensgap.output;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.model.HistoryRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.text.Contract;

/**
 * Historik (issue 13): the table {@code Historik}, one row per year × fokusområde ×
 * yrkeskategori with supply, need at both horizons, the goals set that year and Koll's head
 * count. This year's rows are formulas over Underlag and Kompetensmal (so a row HR adds to
 * Underlag, or a goal HR edits, shows here too), with their values cached; earlier years' rows
 * are data, copied from last year's Historik as they stand. Next year's run copies all of them.
 *
 * <p>In a roll-up across förvaltningar (issue 13 §5) every row names its förvaltning: earlier
 * years are each förvaltning's own Historik as it came, and this year's rows are per förvaltning,
 * their supply and need formulas over its rows of Underlag, their goals and Koll those the
 * förvaltning set (the roll-up's Kompetensmal is the organisation's, not split per förvaltning).
 */
final class HistorySheet {
  private HistorySheet() {}

  static final int HEADER_ROW = 3;
  static final int FIRST_ROW = HEADER_ROW + 1;
  static final int COL_YEAR = 0;
  static final int COL_ADMINISTRATION = 1;
  static final int COL_AREA = 2;
  static final int COL_CATEGORY = 3;
  static final int COL_NUMBERS = 4;

  /** @param rollUp this year's rows are per förvaltning (a roll-up across förvaltningar) */
  static void write(XSSFWorkbook wb, Styles styles, List<HistoryRow> rows, int year, String administration, boolean rollUp) {
    XSSFSheet sheet = wb.createSheet(Contract.HISTORY_SHEET);
    Cells cells = new Cells(sheet);
    List<Integer> years = rows.stream().map(HistoryRow::year).distinct().sorted().toList();
    cells.text(0, 0, Labels.titled(HistoryLabels.historyTitle(years), administration), styles.title());
    cells.text(1, 0, HistoryLabels.HISTORY_NOTE, styles.subtitle());
    cells.text(2, 0, rollUp ? HistoryLabels.historySourceRollUp(year) : HistoryLabels.historySource(year), styles.note());
    List<String> headers = Contract.historyHeaders();
    for (int c = 0; c < headers.size(); c++) {
      cells.text(HEADER_ROW, c, headers.get(c), styles.header());
    }
    sheet.getRow(HEADER_ROW).setHeightInPoints(45);
    int row = FIRST_ROW;
    for (HistoryRow r : rows) {
      if (r.year() == year) {
        ownRow(cells, styles, r, row++, rollUp);
      } else {
        dataRow(cells, styles, r, row++);
      }
    }
    ReportCells.table(sheet, Contract.HISTORY_TABLE, HEADER_ROW, row - 1, 0, headers.size() - 1);
    if (row == FIRST_ROW) {
      cells.cell(FIRST_ROW, 0);
    }
    sheet.setColumnWidth(COL_YEAR, 8 * 256);
    // Wide enough for the longest förvaltning's name (a roll-up's can be long), within reason.
    int longest = rows.stream().mapToInt(r -> r.administration().length()).max().orElse(0);
    sheet.setColumnWidth(COL_ADMINISTRATION, Math.min(TextFit.MAX_COLUMN_CHARS, Math.max(30, longest + 2)) * 256);
    sheet.setColumnWidth(COL_AREA, 20 * 256);
    sheet.setColumnWidth(COL_CATEGORY, 42 * 256);
    for (int c = COL_NUMBERS; c < headers.size(); c++) {
      sheet.setColumnWidth(c, 11 * 256);
    }
    sheet.createFreezePane(COL_NUMBERS, FIRST_ROW);
    Print.landscape(sheet, HEADER_ROW);
  }

  /** An earlier year's row: values, as last year's workbook held them. */
  private static void dataRow(Cells cells, Styles styles, HistoryRow r, int row) {
    XSSFCellStyle integer = styles.body(Styles.Format.INTEGER);
    XSSFCellStyle signed = styles.body(Styles.Format.SIGNED);
    label(cells, styles, r, row);
    int c = COL_NUMBERS;
    for (LevelCounts counts : List.of(r.supply(), r.demand2(), r.demand5())) {
      for (Level l : Level.values()) {
        cells.number(row, c++, counts.get(l), integer);
      }
    }
    goals(cells, r, row, c, integer, signed);
  }

  /** The goals of both horizons and Koll, as values, from column {@code c} on. */
  private static void goals(Cells cells, HistoryRow r, int row, int c, XSSFCellStyle integer, XSSFCellStyle signed) {
    for (Horizon h : Horizon.values()) {
      cells.number(row, c++, r.goal(h), signed);
      for (Level l : Level.values()) {
        cells.number(row, c++, r.moves(h).get(l), integer);
      }
    }
    koll(cells, r, row, c, integer);
  }

  /**
   * This year's row: SUMIFS over Underlag and Kompetensmal, cached from the model; in a roll-up
   * over the förvaltning's rows of Underlag, with the goals it set as data.
   */
  private static void ownRow(Cells cells, Styles styles, HistoryRow r, int row, boolean rollUp) {
    XSSFCellStyle integer = styles.body(Styles.Format.INTEGER);
    XSSFCellStyle signed = styles.body(Styles.Format.SIGNED);
    label(cells, styles, r, row);
    int c = COL_NUMBERS;
    List<String> numbers = Contract.numberHeaders();
    List<LevelCounts> values = List.of(r.supply(), r.demand2(), r.demand5());
    for (int i = 0; i < numbers.size(); i++) {
      int value = values.get(i / 4).get(Level.values()[i % 4]);
      cells.formula(row, c++, basis(r, row, numbers.get(i), rollUp), value, integer);
    }
    if (rollUp) {
      goals(cells, r, row, c, integer, signed);
      return;
    }
    for (Horizon h : Horizon.values()) {
      cells.formula(row, c++, goal(row, h, Contract.QUANTITATIVE_GOAL), r.goal(h), signed);
      for (Level l : Level.values()) {
        cells.formula(row, c++, goal(row, h, Contract.moveHeader(l)), r.moves(h).get(l), integer);
      }
    }
    koll(cells, r, row, c, integer);
  }

  private static void label(Cells cells, Styles styles, HistoryRow r, int row) {
    XSSFCellStyle text = styles.body(Styles.Format.TEXT);
    cells.number(row, COL_YEAR, r.year(), styles.body(Styles.Format.INTEGER));
    cells.text(row, COL_ADMINISTRATION, r.administration(), text);
    cells.text(row, COL_AREA, r.area().map(a -> a.name()).orElse(GapAnalysis.ALL_AREAS), text);
    cells.text(row, COL_CATEGORY, r.category().name(), text);
  }

  /** Koll's head count is input (--personal), not a formula; blank where it was not known. */
  private static void koll(Cells cells, HistoryRow r, int row, int col, XSSFCellStyle style) {
    if (r.koll().isPresent()) {
      cells.number(row, col, r.koll().getAsInt(), style);
    } else {
      cells.cell(row, col).setCellStyle(style);
    }
  }

  /**
   * The row's category summed over Underlag; a common category over every area (as
   * Kompetensgap); in a roll-up only the row's förvaltning.
   */
  private static String basis(HistoryRow r, int row, String header, boolean rollUp) {
    String t = Contract.BASIS_TABLE;
    String byCategory = Cells.column(t, Contract.CATEGORY) + "," + Cells.absCol(row, COL_CATEGORY)
        + (rollUp ? "," + Cells.column(t, Contract.ADMINISTRATION) + "," + Cells.absCol(row, COL_ADMINISTRATION) : "");
    return r.area().isEmpty()
        ? "SUMIFS(" + Cells.column(t, header) + "," + byCategory + ")"
        : "SUMIFS(" + Cells.column(t, header) + "," + Cells.column(t, Contract.FOCUS_AREA) + "," + Cells.absCol(row, COL_AREA) + "," + byCategory + ")";
  }

  /** The goal this year's Kompetensmal sets for the row's line and horizon, as it stands there. */
  private static String goal(int row, Horizon h, String header) {
    String t = Contract.GOAL_TABLE;
    return "SUMIFS(" + Cells.column(t, header) + "," + Cells.column(t, Contract.FOCUS_AREA) + "," + Cells.absCol(row, COL_AREA)
        + "," + Cells.column(t, Contract.CATEGORY) + "," + Cells.absCol(row, COL_CATEGORY) + ","
        + Cells.column(t, Contract.HORIZON) + "," + Cells.literal(h.label()) + ")";
  }
}
