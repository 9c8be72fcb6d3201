package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapLine;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.analysis.LineKind;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.text.Contract;

/**
 * Kompetensmål (SPEC §6, seed 002 "Kompetensmål"): the table {@code Kompetensmal}, one row per
 * (fokusområde, yrkeskategori, horisont) with kvantitativt mål and förflyttningar per level,
 * which next year's run reads as last year's goals; then the sums below it, outside the table.
 */
final class GoalSheet {
  private GoalSheet() {}

  static final int COL_AREA = 0;
  static final int COL_CATEGORY = 1;
  static final int COL_HORIZON = 2;
  static final int COL_TARGET_YEAR = 3;
  static final int COL_GAP_TOTAL = 4;
  static final int COL_GOAL = 5;
  static final int COL_MOVES = 6;
  static final int COL_MOVES_TOTAL = COL_MOVES + 4;

  static final int HEADER_ROW = 3;

  static List<String> headers() {
    List<String> h = new ArrayList<>(List.of(Contract.FOCUS_AREA, Contract.CATEGORY, Contract.HORIZON, Labels.TARGET_YEAR, Labels.GAP_TOTAL, Contract.QUANTITATIVE_GOAL));
    for (Level l : Level.values()) {
      h.add(Contract.moveHeader(l));
    }
    h.add(Labels.MOVES_TOTAL);
    return h;
  }

  /**
   * @return per förvaltning block of a roll-up (in the order of {@code gapLayout.administrations()}),
   *     the row of its "Förvaltningen totalt" at 2 år (5 år is the next row); empty otherwise
   */
  static List<Integer> write(XSSFWorkbook wb, Styles styles, GapReport report, GapSheet.Layout gapLayout) {
    XSSFSheet sheet = wb.createSheet(Contract.GOAL_SHEET);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, Labels.goalTitle(report.year(), report.administration()), styles.title());
    cells.text(1, 0, Labels.horizonNote(report.year()), styles.subtitle());
    cells.text(2, 0, Labels.GOAL_NOTE, styles.note());
    List<String> headers = headers();
    for (int c = 0; c < headers.size(); c++) {
      cells.text(HEADER_ROW, c, headers.get(c), styles.header());
    }
    sheet.getRow(HEADER_ROW).setHeightInPoints(32);

    List<GapLine> lines = report.lines();
    int row = HEADER_ROW + 1;
    for (int i = 0; i < lines.size(); i++) {
      GapLine line = lines.get(i);
      if (!line.kind().isCategory()) {
        continue;
      }
      for (Horizon h : Horizon.values()) {
        categoryRow(cells, styles, report, line, h, row++, gapLayout.row(i, h));
      }
    }
    boolean empty = row == HEADER_ROW + 1;
    int lastTableRow = empty ? HEADER_ROW + 1 : row - 1;
    if (empty) {
      cells.cell(HEADER_ROW + 1, 0);
    }
    XSSFTable table =
        sheet.createTable(
            new AreaReference(
                new CellReference(HEADER_ROW, 0),
                new CellReference(lastTableRow, headers.size() - 1),
                SpreadsheetVersion.EXCEL2007));
    table.setName(Contract.GOAL_TABLE);
    table.setDisplayName(Contract.GOAL_TABLE);
    Tables.style(table);

    // The sums stand below the table, never inside it: next year reads the table's rows only.
    int totalsRow = lastTableRow + 2;
    cells.text(totalsRow, 0, Labels.GOAL_TOTALS, styles.subtitle());
    int r = totalsRow + 1;
    for (int c = 0; c < headers.size(); c++) {
      cells.text(r, c, headers.get(c), styles.header());
    }
    sheet.getRow(r).setHeightInPoints(32);
    r++;
    int firstTotal = r;
    for (GapLine line : lines) {
      if (line.kind().isCategory()) {
        continue;
      }
      for (Horizon h : Horizon.values()) {
        totalRow(cells, styles, report, line, h, r++);
      }
    }
    movesBars(sheet, HEADER_ROW + 1, lastTableRow);
    movesBars(sheet, firstTotal, r - 1);
    List<Integer> totals = gapLayout.administrations().isEmpty()
        ? List.of()
        : administrations(cells, styles, report.year(), gapLayout.administrations(), r + 1);
    sheet.createFreezePane(COL_TARGET_YEAR, HEADER_ROW + 1);
    sheet.setColumnWidth(COL_AREA, 20 * 256);
    sheet.setColumnWidth(COL_CATEGORY, 44 * 256);
    sheet.setColumnWidth(COL_HORIZON, 10 * 256);
    for (int c = COL_TARGET_YEAR; c <= COL_MOVES_TOTAL; c++) {
      sheet.setColumnWidth(c, 15 * 256);
    }
    Print.landscape(sheet, HEADER_ROW, HEADER_ROW);
    return totals;
  }

  private static void categoryRow(
      Cells cells, Styles styles, GapReport report, GapLine line, Horizon h, int row, int gapRow) {
    var text = styles.body(Styles.Format.TEXT);
    var integer = styles.body(Styles.Format.INTEGER);
    var signed = styles.body(Styles.Format.SIGNED);
    cells.text(row, COL_AREA, line.area().map(a -> a.name()).orElse(GapAnalysis.ALL_AREAS), text);
    cells.text(row, COL_CATEGORY, line.label(), text);
    cells.text(row, COL_HORIZON, h.label(), text);
    cells.number(row, COL_TARGET_YEAR, h.targetYear(report.year()), integer);
    cells.formula(row, COL_GAP_TOTAL, Cells.ref(Contract.GAP_SHEET, gapRow, GapSheet.COL_GAP_TOTAL), line.gapTotal(h), signed);
    cells.formula(row, COL_GOAL, "-" + Cells.ref(row, COL_GAP_TOTAL), line.quantitativeGoal(h), signed);
    for (Level l : Level.values()) {
      cells.formula(
          row,
          COL_MOVES + l.ordinal(),
          "MAX(0,-" + Cells.ref(Contract.GAP_SHEET, gapRow, GapSheet.COL_GAP + l.ordinal()) + ")",
          line.moves(h).get(l),
          integer);
    }
    cells.formula(row, COL_MOVES_TOTAL, "SUM(" + Cells.range(row, COL_MOVES, row, COL_MOVES + 3) + ")", line.moves(h).total(), integer);
  }

  private static void totalRow(Cells cells, Styles styles, GapReport report, GapLine line, Horizon h, int row) {
    Styles.Emphasis e = line.kind() == LineKind.AREA_TOTAL ? Styles.Emphasis.SUBTOTAL : Styles.Emphasis.TOTAL;
    cells.text(row, COL_AREA, line.area().map(a -> a.name()).orElse(""), styles.body(e, Styles.Format.TEXT));
    cells.text(row, COL_CATEGORY, line.label(), styles.body(e, Styles.Format.TEXT));
    cells.text(row, COL_HORIZON, h.label(), styles.body(e, Styles.Format.TEXT));
    cells.number(row, COL_TARGET_YEAR, h.targetYear(report.year()), styles.body(e, Styles.Format.INTEGER));
    var signed = styles.body(e, Styles.Format.SIGNED);
    var integer = styles.body(e, Styles.Format.INTEGER);
    cells.formula(row, COL_GAP_TOTAL, sumOf(line, row, Labels.GAP_TOTAL), line.gapTotal(h), signed);
    cells.formula(row, COL_GOAL, sumOf(line, row, Contract.QUANTITATIVE_GOAL), line.quantitativeGoal(h), signed);
    for (Level l : Level.values()) {
      cells.formula(row, COL_MOVES + l.ordinal(), sumOf(line, row, Contract.moveHeader(l)), line.moves(h).get(l), integer);
    }
    cells.formula(row, COL_MOVES_TOTAL, sumOf(line, row, Labels.MOVES_TOTAL), line.moves(h).total(), integer);
  }

  /**
   * Per förvaltning in a roll-up (issue 13 §5), below the organisation's sums and outside the
   * table: every line of each förvaltning's block on Kompetensgap, goals and moves as formulas
   * over it; a total's moves add up its categories' moves, as the organisation's do.
   */
  private static List<Integer> administrations(Cells cells, Styles styles, int year, List<GapSheet.Block> blocks, int top) {
    List<Integer> totals = new ArrayList<>();
    cells.text(top, 0, Labels.GOAL_ADMINISTRATIONS, styles.subtitle());
    List<String> headers = headers();
    int r = top + 1;
    for (int c = 0; c < headers.size(); c++) {
      cells.text(r, c, headers.get(c), styles.header());
    }
    cells.sheet().getRow(r).setHeightInPoints(32);
    r++;
    int first = r;
    for (GapSheet.Block block : blocks) {
      cells.text(r, COL_AREA, block.report().administration(), styles.subtitle());
      r++;
      List<GapLine> lines = block.report().lines();
      int blockFirst = r;
      for (int i = 0; i < lines.size(); i++) {
        GapLine line = lines.get(i);
        if (line.kind() == LineKind.ADMINISTRATION_TOTAL) {
          totals.add(r);
        }
        for (Horizon h : Horizon.values()) {
          // The rows of this line's categories in this block, same horizon (lines come two by two).
          List<Integer> parts = new ArrayList<>();
          for (int j = 0; j < lines.size(); j++) {
            if (partOf(line, lines.get(j))) {
              parts.add(blockFirst + j * Horizon.values().length + h.ordinal());
            }
          }
          administrationRow(cells, styles, year, line, h, r++, block.layout().row(i, h), parts);
        }
      }
    }
    movesBars(cells.sheet(), first, r - 1);
    return totals;
  }

  private static boolean partOf(GapLine total, GapLine line) {
    if (!line.kind().isCategory()) {
      return false;
    }
    return switch (total.kind()) {
      case AREA_TOTAL -> line.kind() == LineKind.CATEGORY && line.area().equals(total.area());
      case GROUP_TOTAL -> line.kind() == LineKind.CATEGORY;
      case ADMINISTRATION_TOTAL -> true;
      default -> false;
    };
  }

  private static void administrationRow(
      Cells cells, Styles styles, int year, GapLine line, Horizon h, int row, int gapRow, List<Integer> parts) {
    Styles.Emphasis e = switch (line.kind()) {
      case CATEGORY, COMMON_CATEGORY -> Styles.Emphasis.NORMAL;
      case AREA_TOTAL -> Styles.Emphasis.SUBTOTAL;
      case GROUP_TOTAL, ADMINISTRATION_TOTAL -> Styles.Emphasis.TOTAL;
    };
    var text = styles.body(e, Styles.Format.TEXT);
    var integer = styles.body(e, Styles.Format.INTEGER);
    var signed = styles.body(e, Styles.Format.SIGNED);
    String area = line.area().map(a -> a.name()).orElse(line.kind() == LineKind.COMMON_CATEGORY ? GapAnalysis.ALL_AREAS : "");
    cells.text(row, COL_AREA, area, text);
    cells.text(row, COL_CATEGORY, line.label(), text);
    cells.text(row, COL_HORIZON, h.label(), text);
    cells.number(row, COL_TARGET_YEAR, h.targetYear(year), integer);
    cells.formula(row, COL_GAP_TOTAL, Cells.ref(Contract.GAP_SHEET, gapRow, GapSheet.COL_GAP_TOTAL), line.gapTotal(h), signed);
    cells.formula(row, COL_GOAL, "-" + Cells.ref(row, COL_GAP_TOTAL), line.quantitativeGoal(h), signed);
    for (Level l : Level.values()) {
      int col = COL_MOVES + l.ordinal();
      String f = line.kind().isCategory()
          ? "MAX(0,-" + Cells.ref(Contract.GAP_SHEET, gapRow, GapSheet.COL_GAP + l.ordinal()) + ")"
          : parts.isEmpty() ? "0" : String.join("+", parts.stream().map(p -> Cells.ref(p, col)).toList());
      cells.formula(row, col, f, line.moves(h).get(l), integer);
    }
    cells.formula(row, COL_MOVES_TOTAL, "SUM(" + Cells.range(row, COL_MOVES, row, COL_MOVES + 3) + ")", line.moves(h).total(), integer);
  }

  /** SUMIFS over the Kompetensmal table's rows that the total line stands for. */
  private static String sumOf(GapLine line, int row, String header) {
    String col = Cells.column(Contract.GOAL_TABLE, header);
    String horizon = Cells.column(Contract.GOAL_TABLE, Contract.HORIZON) + "," + Cells.absCol(row, COL_HORIZON);
    String area = Cells.column(Contract.GOAL_TABLE, Contract.FOCUS_AREA);
    return switch (line.kind()) {
      case AREA_TOTAL -> "SUMIFS(" + col + "," + area + "," + Cells.absCol(row, COL_AREA) + "," + horizon + ")";
      case GROUP_TOTAL ->
          "SUMIFS(" + col + "," + horizon + ")-SUMIFS(" + col + "," + area + ","
              + Cells.literal(GapAnalysis.ALL_AREAS) + "," + horizon + ")";
      case ADMINISTRATION_TOTAL -> "SUMIFS(" + col + "," + horizon + ")";
      default -> throw new IllegalArgumentException(line.kind().toString());
    };
  }

  /** A data bar on the total moves: where the goals ask the most, at a glance. */
  private static void movesBars(XSSFSheet sheet, int firstRow, int lastRow) {
    if (lastRow < firstRow) {
      return;
    }
    var cf = sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule bar =
        cf.createConditionalFormattingRule(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0x5B, (byte) 0x9B, (byte) 0xD5}, null));
    cf.addConditionalFormatting(
        new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, COL_MOVES_TOTAL, COL_MOVES_TOTAL)}, bar);
  }
}
