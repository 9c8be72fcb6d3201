package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapLine;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.analysis.LineKind;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.text.Contract;

/**
 * Kompetensgap (SPEC §6, seed 002 "Kompetensgap"): per line and horizon, tillgång, behov, gap
 * per level and total, and the assessed distribution of need. Category lines sum Underlag with
 * SUMIFS; area totals sum their categories' rows; the förvaltning total sums Underlag whole,
 * so it checks the rows above it.
 */
final class GapSheet {
  private GapSheet() {}

  static final int COL_AREA = 0;
  static final int COL_CATEGORY = 1;
  static final int COL_HORIZON = 2;
  static final int COL_SUPPLY = 3;
  static final int COL_SUPPLY_TOTAL = COL_SUPPLY + 4;
  static final int COL_DEMAND = COL_SUPPLY_TOTAL + 1;
  static final int COL_DEMAND_TOTAL = COL_DEMAND + 4;
  static final int COL_GAP = COL_DEMAND_TOTAL + 1;
  static final int COL_GAP_TOTAL = COL_GAP + 4;
  static final int COL_DISTRIBUTION = COL_GAP_TOTAL + 1;
  static final int LAST_COL = COL_DISTRIBUTION + 3;

  static final int GROUP_HEADER_ROW = 3;
  static final int HEADER_ROW = 4;
  static final int FIRST_DATA_ROW = 5;

  /**
   * Where each report line was written: the 2 år row; the 5 år row follows it. In a roll-up
   * across förvaltningar, {@code administrations} are the blocks below, one per förvaltning.
   */
  record Layout(List<Integer> rows, List<Block> administrations) {
    Layout(List<Integer> rows) {
      this(rows, List.of());
    }

    int row(int lineIndex, Horizon h) {
      return rows.get(lineIndex) + h.ordinal();
    }
  }

  /**
   * One förvaltning's block (issue 13 §5): its name stands alone on {@code nameRow} (column A,
   * the note about the block on the row below), and every SUMIFS of the block adds the criterion Underlag[Förvaltning] = that cell.
   */
  record Block(GapReport report, int nameRow, Layout layout) {}

  static Layout write(XSSFWorkbook wb, Styles styles, GapReport report) {
    return write(wb, styles, report, List.of());
  }

  /** @param byAdministration one report per förvaltning in a roll-up across förvaltningar, else empty */
  static Layout write(XSSFWorkbook wb, Styles styles, GapReport report, List<GapReport> byAdministration) {
    XSSFSheet sheet = wb.createSheet(Contract.GAP_SHEET);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, Labels.gapTitle(report.year(), report.administration()), styles.title());
    cells.text(1, 0, Labels.horizonNote(report.year()), styles.subtitle());
    cells.text(2, 0, byAdministration.isEmpty() ? Labels.GAP_NOTE : Labels.GAP_NOTE + " " + Labels.administrationsNote(byAdministration.size()), styles.note());
    headers(cells, styles);

    Layout own = lines(cells, styles, report.lines(), FIRST_DATA_ROW, -1);
    int row = FIRST_DATA_ROW + report.lines().size() * Horizon.values().length;
    int filterLast = row - 1;
    List<Block> blocks = new ArrayList<>();
    for (GapReport a : byAdministration) {
      int nameRow = row + 1;
      // The name alone on its row, so that a long one reads in full over the empty cells beside
      // it; the note on the row below it (a SUMIFS criterion must hold the name only).
      cells.text(nameRow, COL_AREA, a.administration(), styles.subtitle());
      cells.text(nameRow + 1, COL_AREA, Labels.ADMINISTRATION_BLOCK, styles.note());
      Layout l = lines(cells, styles, a.lines(), nameRow + 2, nameRow);
      blocks.add(new Block(a, nameRow, l));
      row = nameRow + 2 + a.lines().size() * Horizon.values().length;
    }
    Layout layout = new Layout(own.rows(), blocks);
    int lastRow = row - 1;
    formatting(sheet, lastRow);
    sheet.createFreezePane(COL_SUPPLY, FIRST_DATA_ROW);
    sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(filterLast, HEADER_ROW), 0, LAST_COL));
    sheet.setColumnWidth(COL_AREA, 20 * 256);
    sheet.setColumnWidth(COL_CATEGORY, 44 * 256);
    sheet.setColumnWidth(COL_HORIZON, 9 * 256);
    for (int c = COL_SUPPLY; c <= LAST_COL; c++) {
      sheet.setColumnWidth(c, (c >= COL_GAP && c <= COL_GAP_TOTAL ? 11 : 9) * 256);
    }
    Print.landscape(sheet, GROUP_HEADER_ROW, HEADER_ROW);
    return layout;
  }

  /** Writes the lines from {@code first} on; {@code nameRow} ≥ 0 restricts them to that row's förvaltning. */
  private static Layout lines(Cells cells, Styles styles, List<GapLine> lines, int first, int nameRow) {
    List<Integer> rows = new ArrayList<>();
    int row = first;
    for (GapLine ignored : lines) {
      rows.add(row);
      row += Horizon.values().length;
    }
    Layout layout = new Layout(rows);
    for (int i = 0; i < lines.size(); i++) {
      GapLine line = lines.get(i);
      for (Horizon h : Horizon.values()) {
        writeRow(cells, styles, line, h, layout.row(i, h), sourceRows(lines, layout, i, h), nameRow);
      }
    }
    return layout;
  }

  private static void headers(Cells cells, Styles styles) {
    group(cells, styles, COL_SUPPLY, COL_SUPPLY_TOTAL, Labels.SUPPLY_GROUP);
    group(cells, styles, COL_DEMAND, COL_DEMAND_TOTAL, Labels.DEMAND_GROUP);
    group(cells, styles, COL_GAP, COL_GAP_TOTAL, Labels.GAP_GROUP);
    group(cells, styles, COL_DISTRIBUTION, LAST_COL, Labels.DISTRIBUTION_GROUP);
    for (int c = COL_AREA; c < COL_SUPPLY; c++) {
      cells.text(GROUP_HEADER_ROW, c, "", styles.groupHeader());
    }
    cells.text(HEADER_ROW, COL_AREA, Contract.FOCUS_AREA, styles.header());
    cells.text(HEADER_ROW, COL_CATEGORY, Contract.CATEGORY, styles.header());
    cells.text(HEADER_ROW, COL_HORIZON, Contract.HORIZON, styles.header());
    for (Level l : Level.values()) {
      cells.text(HEADER_ROW, COL_SUPPLY + l.ordinal(), l.label(), styles.header());
      cells.text(HEADER_ROW, COL_DEMAND + l.ordinal(), l.label(), styles.header());
      cells.text(HEADER_ROW, COL_GAP + l.ordinal(), "GAP " + l.label(), styles.header());
      cells.text(HEADER_ROW, COL_DISTRIBUTION + l.ordinal(), l.label(), styles.header());
    }
    cells.text(HEADER_ROW, COL_SUPPLY_TOTAL, Labels.TOTAL, styles.header());
    cells.text(HEADER_ROW, COL_DEMAND_TOTAL, Labels.TOTAL, styles.header());
    cells.text(HEADER_ROW, COL_GAP_TOTAL, Labels.GAP_TOTAL, styles.header());
    cells.sheet().getRow(HEADER_ROW).setHeightInPoints(32);
  }

  private static void group(Cells cells, Styles styles, int from, int to, String label) {
    for (int c = from; c <= to; c++) {
      cells.text(GROUP_HEADER_ROW, c, c == from ? label : "", styles.groupHeader());
    }
    cells.sheet().addMergedRegion(new CellRangeAddress(GROUP_HEADER_ROW, GROUP_HEADER_ROW, from, to));
  }

  /** For an area total: the rows of the area's categories at the same horizon. */
  private static List<Integer> sourceRows(List<GapLine> lines, Layout layout, int index, Horizon h) {
    GapLine line = lines.get(index);
    List<Integer> rows = new ArrayList<>();
    for (int j = 0; j < lines.size(); j++) {
      GapLine other = lines.get(j);
      boolean part =
          switch (line.kind()) {
            case AREA_TOTAL -> other.kind() == LineKind.CATEGORY && other.area().equals(line.area());
            case GROUP_TOTAL -> other.kind() == LineKind.AREA_TOTAL;
            default -> false;
          };
      if (part) {
        rows.add(layout.row(j, h));
      }
    }
    return rows;
  }

  private static void writeRow(
      Cells cells, Styles styles, GapLine line, Horizon h, int row, List<Integer> sourceRows, int nameRow) {
    Styles.Emphasis e =
        switch (line.kind()) {
          case CATEGORY, COMMON_CATEGORY -> Styles.Emphasis.NORMAL;
          case AREA_TOTAL -> Styles.Emphasis.SUBTOTAL;
          case GROUP_TOTAL, ADMINISTRATION_TOTAL -> Styles.Emphasis.TOTAL;
        };
    String area =
        line.area().map(a -> a.name()).orElse(
            line.kind() == LineKind.COMMON_CATEGORY ? GapAnalysis.ALL_AREAS : "");
    cells.text(row, COL_AREA, area, styles.body(e, Styles.Format.TEXT));
    cells.text(row, COL_CATEGORY, line.label(), styles.body(e, Styles.Format.TEXT));
    cells.text(row, COL_HORIZON, h.label(), styles.body(e, Styles.Format.TEXT));

    var integer = styles.body(e, Styles.Format.INTEGER);
    var signed = styles.body(e, Styles.Format.SIGNED);
    var percent = styles.body(e, Styles.Format.PERCENT);
    for (Level l : Level.values()) {
      int sc = COL_SUPPLY + l.ordinal();
      int dc = COL_DEMAND + l.ordinal();
      cells.formula(row, sc, sum(line, row, sc, Contract.supplyHeader(l), sourceRows, nameRow), line.supply().get(l), integer);
      cells.formula(row, dc, sum(line, row, dc, Contract.demandHeader(h, l), sourceRows, nameRow), line.demand(h).get(l), integer);
      cells.formula(row, COL_GAP + l.ordinal(), Cells.ref(row, sc) + "-" + Cells.ref(row, dc), line.gap(h).get(l), signed);
      cells.formula(
          row,
          COL_DISTRIBUTION + l.ordinal(),
          "IF(" + Cells.absCol(row, COL_DEMAND_TOTAL) + "=0,\"\"," + Cells.ref(row, dc) + "/"
              + Cells.absCol(row, COL_DEMAND_TOTAL) + ")",
          line.distribution(h, l),
          percent);
    }
    cells.formula(row, COL_SUPPLY_TOTAL, "SUM(" + Cells.range(row, COL_SUPPLY, row, COL_SUPPLY + 3) + ")", line.supply().total(), integer);
    cells.formula(row, COL_DEMAND_TOTAL, "SUM(" + Cells.range(row, COL_DEMAND, row, COL_DEMAND + 3) + ")", line.demand(h).total(), integer);
    cells.formula(row, COL_GAP_TOTAL, "SUM(" + Cells.range(row, COL_GAP, row, COL_GAP + 3) + ")", line.gapTotal(h), signed);
  }

  /** The formula that sums one supply or demand column for a line. */
  private static String sum(GapLine line, int row, int col, String basisHeader, List<Integer> sourceRows, int nameRow) {
    String column = Cells.column(Contract.BASIS_TABLE, basisHeader);
    String administration = nameRow < 0
        ? ""
        : "," + Cells.column(Contract.BASIS_TABLE, Contract.ADMINISTRATION) + "," + new CellReference(nameRow, COL_AREA, true, true).formatAsString();
    return switch (line.kind()) {
      case CATEGORY ->
          "SUMIFS(" + column + "," + Cells.column(Contract.BASIS_TABLE, Contract.FOCUS_AREA) + ","
              + Cells.absCol(row, COL_AREA) + "," + Cells.column(Contract.BASIS_TABLE, Contract.CATEGORY)
              + "," + Cells.absCol(row, COL_CATEGORY) + administration + ")";
      case COMMON_CATEGORY ->
          "SUMIFS(" + column + "," + Cells.column(Contract.BASIS_TABLE, Contract.CATEGORY) + ","
              + Cells.absCol(row, COL_CATEGORY) + administration + ")";
      case AREA_TOTAL, GROUP_TOTAL ->
          sourceRows.isEmpty()
              ? "0"
              : String.join("+", sourceRows.stream().map(r -> Cells.ref(r, col)).toList());
      case ADMINISTRATION_TOTAL -> nameRow < 0 ? "SUM(" + column + ")" : "SUMIFS(" + column + administration + ")";
    };
  }

  /** Shortages red, surpluses green, on every gap cell (SPEC §6). */
  private static void formatting(XSSFSheet sheet, int lastRow) {
    if (lastRow < FIRST_DATA_ROW) {
      return;
    }
    CellRangeAddress[] gaps = {new CellRangeAddress(FIRST_DATA_ROW, lastRow, COL_GAP, COL_GAP_TOTAL)};
    ConditionalFormats.shortageAndSurplus(sheet, gaps);
  }
}
