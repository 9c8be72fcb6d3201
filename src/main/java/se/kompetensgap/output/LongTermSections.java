package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import se.kompetensgap.analysis.FulfilmentLine;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.KollComparison;
import se.kompetensgap.analysis.LineKind;
import se.kompetensgap.analysis.LongTermFulfilment;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.text.Contract;

/**
 * The part of Måluppfyllelse that the history makes possible (issue 13 §2–3), written below the
 * sheet's first table: earlier years' goals that still run (progress so far, or the final result
 * in the goal's target year), and Koll's change beside the mapping's. Formulas over {@code
 * Historik}; cached values from {@link LongTermFulfilment} and {@link KollComparison}. The
 * groups of columns line up with the first table's (mål, utfall, % av målet).
 */
final class LongTermSections {
  private LongTermSections() {}

  // The groups line up with Måluppfyllelse's first table: its columns, not a copy of them.
  static final int COL_AREA = FulfilmentSheet.COL_AREA;
  static final int COL_CATEGORY = FulfilmentSheet.COL_CATEGORY;
  static final int COL_QUANT = FulfilmentSheet.COL_QUANT;

  static int levelCol(Level l) {
    return FulfilmentSheet.levelCol(l);
  }

  static final int COL_MOVES = FulfilmentSheet.COL_MOVES;
  static final int COL_GOAL_SET = COL_MOVES + 3;
  static final int COL_TARGET = COL_GOAL_SET + 1;
  static final int COL_RESULT = COL_TARGET + 1;

  /** Where the sections landed (for tests): each section's first and last line row. */
  record Layout(List<int[]> sections, int kollFirst, int kollLast) {}

  /** Writes from {@code top} down; returns where each part landed. {@code scope} names the whole in the note. */
  static Layout write(XSSFSheet sheet, Styles styles, LongTermFulfilment f, java.util.Optional<KollComparison> koll, int top,
      se.kompetensgap.model.Scope scope) {
    Cells cells = new Cells(sheet);
    int row = top;
    // On paper this part starts a page of its own and brings its own headers: the first table's
    // header rows, repeated on every page, would label these columns with the wrong years.
    sheet.setRowBreak(top - 1);
    sheet.setRepeatingRows(null);
    sheet.setColumnWidth(COL_GOAL_SET, 9 * 256);
    sheet.setColumnWidth(COL_TARGET, 9 * 256);
    sheet.setColumnWidth(COL_RESULT, 12 * 256);
    List<int[]> placed = new ArrayList<>();
    if (!f.sections().isEmpty()) {
      cells.text(row++, 0, HistoryLabels.LONG_TERM_TITLE, styles.subtitle());
      cells.text(row++, 0, HistoryLabels.longTermNote(f.year(), scope), styles.note());
      for (LongTermFulfilment.Section s : f.sections()) {
        row++;
        cells.text(row++, 0, HistoryLabels.section(s.goalYear(), s.horizon(), s.year(), s.isFinal()), styles.subtitle());
        row = headers(cells, styles, s, row);
        int first = row;
        List<FulfilmentLine> lines = s.lines();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          rows.add(first + i);
        }
        for (int i = 0; i < lines.size(); i++) {
          line(cells, styles, s, lines.get(i), rows.get(i), FulfilmentSheet.parts(lines, rows, i));
        }
        row = first + lines.size();
        bands(sheet, first, row - 1);
        placed.add(new int[] {first, row - 1});
      }
    }
    int kollFirst = -1;
    int kollLast = -1;
    if (koll.isPresent()) {
      row += 2;
      KollComparison k = koll.get();
      cells.text(row++, 0, HistoryLabels.KOLL_TITLE, styles.subtitle());
      cells.text(row++, 0, HistoryLabels.kollNote(k.previousYear(), k.year(), k.limit()), styles.note());
      kollFirst = kollTable(cells, styles, k, row);
      kollLast = kollFirst + k.lines().size() - 1;
    }
    return new Layout(placed, kollFirst, kollLast);
  }

  private static int headers(Cells cells, Styles styles, LongTermFulfilment.Section s, int groupRow) {
    int headerRow = groupRow + 1;
    for (int c = COL_AREA; c < COL_QUANT; c++) {
      cells.text(groupRow, c, "", styles.groupHeader());
    }
    FulfilmentSheet.group(cells, styles, groupRow, COL_QUANT, Labels.FULFILMENT_QUANTITATIVE);
    for (Level l : Level.values()) {
      FulfilmentSheet.group(cells, styles, groupRow, levelCol(l), Labels.fulfilmentLevel(l));
    }
    FulfilmentSheet.group(cells, styles, groupRow, COL_MOVES, Labels.FULFILMENT_MOVES);
    for (int c = COL_GOAL_SET; c <= COL_RESULT; c++) {
      cells.text(groupRow, c, "", styles.groupHeader());
    }
    cells.text(headerRow, COL_AREA, Contract.FOCUS_AREA, styles.header());
    cells.text(headerRow, COL_CATEGORY, Contract.CATEGORY, styles.header());
    for (int c = COL_QUANT; c < COL_GOAL_SET; c += 3) {
      cells.text(headerRow, c, Labels.goalTo(s.targetYear()), styles.header());
      cells.text(headerRow, c + 1, HistoryLabels.outcomeSince(s.goalYear(), s.year()), styles.header());
      cells.text(headerRow, c + 2, Labels.PERCENT_OF_GOAL, styles.header());
    }
    cells.text(headerRow, COL_GOAL_SET, HistoryLabels.GOAL_SET, styles.header());
    cells.text(headerRow, COL_TARGET, HistoryLabels.TARGET_YEAR, styles.header());
    cells.text(headerRow, COL_RESULT, HistoryLabels.RESULT, styles.header());
    cells.sheet().getRow(headerRow).setHeightInPoints(32);
    return headerRow + 1;
  }

  private static void line(Cells cells, Styles styles, LongTermFulfilment.Section s, FulfilmentLine line, int row, List<Integer> parts) {
    Styles.Emphasis e =
        switch (line.kind()) {
          case CATEGORY, COMMON_CATEGORY -> Styles.Emphasis.NORMAL;
          case AREA_TOTAL -> Styles.Emphasis.SUBTOTAL;
          case GROUP_TOTAL, ADMINISTRATION_TOTAL -> Styles.Emphasis.TOTAL;
        };
    XSSFCellStyle text = styles.body(e, Styles.Format.TEXT);
    XSSFCellStyle integer = styles.body(e, Styles.Format.INTEGER);
    XSSFCellStyle signed = styles.body(e, Styles.Format.SIGNED);
    XSSFCellStyle percent = styles.body(e, Styles.Format.PERCENT);
    XSSFCellStyle blankZero = styles.body(e, Styles.Format.BLANK_ZERO);
    String area = line.area().map(a -> a.name()).orElse(line.kind() == LineKind.COMMON_CATEGORY ? GapAnalysis.ALL_AREAS : "");
    cells.text(row, COL_AREA, area, text);
    cells.text(row, COL_CATEGORY, line.label(), text);
    // Which year's goal the row measures, on every row (issue 13 §2).
    cells.number(row, COL_GOAL_SET, s.goalYear(), integer);
    cells.number(row, COL_TARGET, s.targetYear(), integer);
    cells.text(row, COL_RESULT, s.isFinal() ? HistoryLabels.FINAL : HistoryLabels.PARTIAL, text);
    boolean category = line.kind().isCategory();
    IntFunction<String> sumOfParts =
        col -> parts.isEmpty() ? "0" : "SUM(" + String.join(",", parts.stream().map(r -> Cells.ref(r, col)).toList()) + ")";

    cells.formula(row, COL_QUANT, category ? goal(s.horizon(), row, Contract.goalHeader(s.horizon())) : sumOfParts.apply(COL_QUANT),
        line.goal(), signed);
    String quantOutcome;
    if (category) {
      List<String> changes = new ArrayList<>();
      for (Level l : Level.values()) {
        changes.add(change(s, row, l));
      }
      quantOutcome = String.join("+", changes);
    } else {
      quantOutcome = sumOfParts.apply(COL_QUANT + 1);
    }
    cells.formula(row, COL_QUANT + 1, quantOutcome, line.outcome(), signed);
    percent(cells, row, COL_QUANT, line.percent(), percent);
    for (Level l : Level.values()) {
      int c = levelCol(l);
      cells.formula(row, c, category ? goal(s.horizon(), row, Contract.moveHeader(s.horizon(), l)) : sumOfParts.apply(c),
          line.levelGoals().get(l), blankZero);
      String outcome = category ? change(s, row, l) : sumOfParts.apply(c + 1);
      OptionalDouble cached =
          line.levelOutcome(l).isPresent() ? OptionalDouble.of(line.levelOutcome(l).getAsInt()) : OptionalDouble.empty();
      cells.formula(row, c + 1, "IF(" + Cells.ref(row, c) + "=0,\"\"," + outcome + ")", cached, signed);
      percent(cells, row, c, line.levelPercent(l), percent);
    }
    List<String> goalCells = new ArrayList<>();
    List<String> outcomeCells = new ArrayList<>();
    for (Level l : Level.values()) {
      goalCells.add(Cells.ref(row, levelCol(l)));
      outcomeCells.add(Cells.ref(row, levelCol(l) + 1));
    }
    cells.formula(row, COL_MOVES, "SUM(" + String.join(",", goalCells) + ")", line.movesGoal(), integer);
    cells.formula(row, COL_MOVES + 1, "SUM(" + String.join(",", outcomeCells) + ")", line.movesOutcome(), signed);
    percent(cells, row, COL_MOVES, line.movesPercent(), percent);
  }

  private static void percent(Cells cells, int row, int goalCol, OptionalDouble cached, XSSFCellStyle style) {
    String goal = Cells.ref(row, goalCol);
    cells.formula(row, goalCol + 2, "IF(" + goal + "=0,\"\"," + Cells.ref(row, goalCol + 1) + "/" + goal + ")", cached, style);
  }

  /** The row's Historik line: year, area and category criteria. */
  private static String criteria(String year, int row) {
    String t = Contract.HISTORY_TABLE;
    return Cells.column(t, Contract.YEAR) + "," + year + "," + Cells.column(t, Contract.FOCUS_AREA) + "," + Cells.absCol(row, COL_AREA)
        + "," + Cells.column(t, Contract.CATEGORY) + "," + Cells.absCol(row, COL_CATEGORY);
  }

  /** The goal the row's year set, as Historik holds it (corrections included). */
  private static String goal(Horizon h, int row, String header) {
    return "SUMIFS(" + Cells.column(Contract.HISTORY_TABLE, header) + "," + criteria(Cells.absCol(row, COL_GOAL_SET), row) + ")";
  }

  /** Supply at the level this year less the year the goal was set. */
  private static String change(LongTermFulfilment.Section s, int row, Level l) {
    String col = Cells.column(Contract.HISTORY_TABLE, Contract.supplyHeader(l));
    return "SUMIFS(" + col + "," + criteria(Integer.toString(s.year()), row) + ")-SUMIFS(" + col + ","
        + criteria(Cells.absCol(row, COL_GOAL_SET), row) + ")";
  }

  private static void bands(XSSFSheet sheet, int first, int last) {
    if (last < first) {
      return;
    }
    for (int c = COL_QUANT + 2; c < COL_GOAL_SET; c += 3) {
      CellRangeAddress range = new CellRangeAddress(first, last, c, c);
      String x = Cells.ref(first, c);
      ConditionalFormats.whenFormula(sheet, range, "AND(ISNUMBER(" + x + ")," + x + ">=1)",
          ConditionalFormats.GREEN_FILL, ConditionalFormats.GREEN_TEXT);
      ConditionalFormats.whenFormula(sheet, range, "AND(ISNUMBER(" + x + ")," + x + ">=0.5," + x + "<1)",
          ConditionalFormats.YELLOW_FILL, ConditionalFormats.YELLOW_TEXT);
      ConditionalFormats.whenFormula(sheet, range, "AND(ISNUMBER(" + x + ")," + x + ">=0," + x + "<0.5)",
          ConditionalFormats.ORANGE_FILL, ConditionalFormats.ORANGE_TEXT);
      ConditionalFormats.whenFormula(sheet, range, "AND(ISNUMBER(" + x + ")," + x + "<0)",
          ConditionalFormats.RED_FILL, ConditionalFormats.RED_TEXT);
    }
  }

  // --- Koll ---

  static final int K_MAPPED_BEFORE = 2;
  static final int K_MAPPED_NOW = 3;
  static final int K_MAPPED_CHANGE = 4;
  static final int K_KOLL_BEFORE = 5;
  static final int K_KOLL_NOW = 6;
  static final int K_KOLL_CHANGE = 7;
  static final int K_DIFFERENCE = 8;
  static final int K_REMARK = 9;

  /** The comparison table; returns its first line's row. */
  private static int kollTable(Cells cells, Styles styles, KollComparison k, int headerRow) {
    List<String> headers = List.of(Contract.FOCUS_AREA, Contract.CATEGORY, HistoryLabels.mappedIn(k.previousYear()),
        HistoryLabels.mappedIn(k.year()), HistoryLabels.MAPPED_CHANGE, HistoryLabels.kollIn(k.previousYear()),
        HistoryLabels.kollIn(k.year()), HistoryLabels.KOLL_CHANGE, HistoryLabels.DIFFERENCE, HistoryLabels.REMARK);
    for (int c = 0; c < headers.size(); c++) {
      cells.text(headerRow, c, headers.get(c), styles.header());
    }
    cells.sheet().getRow(headerRow).setHeightInPoints(45);
    int first = headerRow + 1;
    int row = first;
    int lastCategory = first + k.lines().size() - 2;
    for (KollComparison.Line line : k.lines()) {
      boolean total = line.kind() == LineKind.ADMINISTRATION_TOTAL;
      Styles.Emphasis e = total ? Styles.Emphasis.TOTAL : Styles.Emphasis.NORMAL;
      XSSFCellStyle text = styles.body(e, Styles.Format.TEXT);
      XSSFCellStyle integer = styles.body(e, Styles.Format.INTEGER);
      XSSFCellStyle signed = styles.body(e, Styles.Format.SIGNED);
      cells.text(row, COL_AREA, line.area().map(a -> a.name()).orElse(total ? "" : GapAnalysis.ALL_AREAS), text);
      cells.text(row, COL_CATEGORY, line.label(), text);
      int r = row;
      IntFunction<String> sumAbove = col -> "SUM(" + Cells.range(first, col, lastCategory, col) + ")";
      cells.formula(row, K_MAPPED_BEFORE, total ? sumAbove.apply(K_MAPPED_BEFORE) : supply(k.previousYear(), r), line.mappedBefore(), integer);
      cells.formula(row, K_MAPPED_NOW, total ? sumAbove.apply(K_MAPPED_NOW) : supply(k.year(), r), line.mappedNow(), integer);
      cells.formula(row, K_MAPPED_CHANGE, Cells.ref(row, K_MAPPED_NOW) + "-" + Cells.ref(row, K_MAPPED_BEFORE), line.mappedChange(), signed);
      cells.formula(row, K_KOLL_BEFORE, total ? sumAbove.apply(K_KOLL_BEFORE) : kollCount(k.previousYear(), r), line.kollBefore(), integer);
      cells.formula(row, K_KOLL_NOW, total ? sumAbove.apply(K_KOLL_NOW) : kollCount(k.year(), r), line.kollNow(), integer);
      cells.formula(row, K_KOLL_CHANGE, Cells.ref(row, K_KOLL_NOW) + "-" + Cells.ref(row, K_KOLL_BEFORE), line.kollChange(), signed);
      cells.formula(row, K_DIFFERENCE, Cells.ref(row, K_MAPPED_CHANGE) + "-" + Cells.ref(row, K_KOLL_CHANGE), line.difference(), signed);
      ReportCells.textFormula(cells, row, K_REMARK,
          "IF(ABS(" + Cells.ref(row, K_DIFFERENCE) + ")>" + k.limit() + "," + Cells.literal(KollComparison.FLAG) + ",\"\")",
          k.flagged(line) ? KollComparison.FLAG : "", text);
      row++;
    }
    String d = Cells.absCol(first, K_DIFFERENCE);
    ConditionalFormats.whenFormula(cells.sheet(), new CellRangeAddress(first, row - 1, K_DIFFERENCE, K_REMARK),
        String.format(Locale.ROOT, "ABS(%s)>%d", d, k.limit()), ConditionalFormats.RED_FILL, ConditionalFormats.RED_TEXT);
    return first;
  }

  private static String supply(int year, int row) {
    List<String> terms = new ArrayList<>();
    for (Level l : Level.values()) {
      terms.add("SUMIFS(" + Cells.column(Contract.HISTORY_TABLE, Contract.supplyHeader(l)) + "," + criteria(Integer.toString(year), row) + ")");
    }
    return String.join("+", terms);
  }

  private static String kollCount(int year, int row) {
    return "SUMIFS(" + Cells.column(Contract.HISTORY_TABLE, Contract.HEADCOUNT) + "," + criteria(Integer.toString(year), row) + ")";
  }
}
