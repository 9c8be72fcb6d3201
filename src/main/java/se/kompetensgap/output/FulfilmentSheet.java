package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.AdministrationFulfilment;
import se.kompetensgap.analysis.Fulfilment;
import se.kompetensgap.analysis.FulfilmentLine;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.LineKind;
import se.kompetensgap.analysis.YearBasis;
import se.kompetensgap.analysis.YearBasis.Standing;
import se.kompetensgap.model.Level;
import se.kompetensgap.text.Contract;

/**
 * Måluppfyllelse (SPEC §5–6, seed 000 table 1.3): per category last year's goal, this year's
 * outcome and "% av målet", quantitatively, per level with a goal, and for the förflyttningar
 * together. Goals are SUMIFS over {@code KompetensmalFjol}; outcomes are SUMIFS over {@code
 * Underlag} minus {@code UnderlagFjol}; totals sum the rows above. Cached values come from
 * {@link Fulfilment}.
 */
final class FulfilmentSheet {
  private FulfilmentSheet() {}

  static final int COL_AREA = 0;
  static final int COL_CATEGORY = 1;
  /** Five groups of (Mål, Utfall, % av målet): kvantitativt, the four levels, förflyttningar. */
  static final int COL_QUANT = 2;

  static int levelCol(Level l) {
    return COL_QUANT + 3 * (1 + l.ordinal());
  }

  static final int COL_MOVES = COL_QUANT + 15;
  static final int LAST_COL = COL_MOVES + 2;
  /** The basis of the comparison in words: which units the outcome rests on (issue 10). */
  static final int BASIS_ROW = 3;
  static final int GROUP_HEADER_ROW = 4;
  static final int HEADER_ROW = 5;
  static final int FIRST_DATA_ROW = 6;

  static void write(XSSFWorkbook wb, Styles styles, Fulfilment f, YearBasis basis, String administration) {
    XSSFSheet sheet = wb.createSheet(Contract.FULFILMENT_SHEET);
    Cells cells = new Cells(sheet);
    int goalYear = f.horizon().targetYear(f.previousYear());
    cells.text(0, 0, Labels.fulfilmentTitle(f.previousYear(), goalYear, f.year(), administration), styles.title());
    cells.text(1, 0, Labels.fulfilmentOutcome(f.previousYear(), f.year()), styles.subtitle());
    cells.text(2, 0, Labels.FULFILMENT_NOTE, styles.note());
    basisNote(cells, styles, BASIS_ROW, LAST_COL, basis.fulfilmentNote());
    headers(cells, styles, goalYear, f.year());

    List<FulfilmentLine> lines = f.lines();
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      rows.add(FIRST_DATA_ROW + i);
    }
    for (int i = 0; i < lines.size(); i++) {
      writeRow(cells, styles, lines.get(i), rows.get(i), parts(lines, rows, i));
    }
    int lastRow = FIRST_DATA_ROW + lines.size() - 1;
    List<Integer> percentCols = new ArrayList<>();
    for (int c = COL_QUANT + 2; c <= LAST_COL; c += 3) {
      percentCols.add(c);
    }
    bands(sheet, FIRST_DATA_ROW, lastRow, percentCols);
    sheet.createFreezePane(COL_QUANT, FIRST_DATA_ROW);
    sheet.setColumnWidth(COL_AREA, 20 * 256);
    sheet.setColumnWidth(COL_CATEGORY, 42 * 256);
    for (int c = COL_QUANT; c <= LAST_COL; c++) {
      // Utfall and % wide enough for "kan inte mätas (Lättversion)" on three lines.
      sheet.setColumnWidth(c, ((c - COL_QUANT) % 3 == 0 ? 8 : 12) * 256);
    }
    Print.landscape(sheet, HEADER_ROW);
  }

  /**
   * "Per förvaltning" below the first table, in a roll-up across förvaltningar (issue 13 §5):
   * each förvaltning's own quantitative goal set last year (SUMIFS over Historik), the change of
   * its units' tillgång (SUMIFS over Underlag minus UnderlagFjol, the units compared) and % av
   * målet, in the Kvantitativt columns. The name spans columns A–B, and column B of the rows is
   * blank, so the report's reading of the first table ends above it.
   *
   * @return the block's last row
   */
  static int writeAdministrations(XSSFWorkbook wb, Styles styles, AdministrationFulfilment a) {
    XSSFSheet sheet = wb.getSheet(Contract.FULFILMENT_SHEET);
    Cells cells = new Cells(sheet);
    int top = sheet.getLastRowNum() + 3;
    cells.text(top, 0, Labels.GOAL_ADMINISTRATIONS, styles.subtitle());
    cells.text(top + 1, 0, Labels.fulfilmentAdministrationsNote(a.previousYear(), a.year()), styles.note());
    int groupRow = top + 2;
    int headerRow = top + 3;
    for (int c = COL_AREA; c < COL_QUANT; c++) {
      cells.text(groupRow, c, "", styles.groupHeader());
    }
    group(cells, styles, groupRow, COL_QUANT, Labels.FULFILMENT_ADMINISTRATION_GOAL);
    cells.text(headerRow, COL_AREA, Contract.ADMINISTRATION, styles.header());
    cells.text(headerRow, COL_CATEGORY, "", styles.header());
    sheet.addMergedRegion(new CellRangeAddress(headerRow, headerRow, COL_AREA, COL_CATEGORY));
    cells.text(headerRow, COL_QUANT, Labels.goalSet(a.previousYear()), styles.header());
    cells.text(headerRow, COL_QUANT + 1, Labels.outcome(a.previousYear(), a.year()), styles.header());
    cells.text(headerRow, COL_QUANT + 2, Labels.PERCENT_OF_GOAL, styles.header());
    sheet.getRow(headerRow).setHeightInPoints(32);

    XSSFCellStyle text = styles.body(Styles.Emphasis.NORMAL, Styles.Format.TEXT);
    XSSFCellStyle signed = styles.body(Styles.Emphasis.NORMAL, Styles.Format.SIGNED);
    XSSFCellStyle percent = styles.body(Styles.Emphasis.NORMAL, Styles.Format.PERCENT);
    String h = Contract.HISTORY_TABLE;
    int row = headerRow + 1;
    for (AdministrationFulfilment.Line line : a.lines()) {
      String name = Cells.absCol(row, COL_AREA);
      cells.text(row, COL_AREA, line.administration(), text);
      cells.text(row, COL_CATEGORY, "", text);
      sheet.addMergedRegion(new CellRangeAddress(row, row, COL_AREA, COL_CATEGORY));
      cells.formula(row, COL_QUANT,
          "SUMIFS(" + Cells.column(h, Contract.goalHeader(Fulfilment.EVALUATED)) + "," + Cells.column(h, Contract.YEAR) + ","
              + a.previousYear() + "," + Cells.column(h, Contract.ADMINISTRATION) + "," + name + ")",
          line.goal(), signed);
      List<String> changes = new ArrayList<>();
      for (Level l : Level.values()) {
        changes.add(administrationSupply(Contract.BASIS_TABLE, l, name) + "-" + administrationSupply(Contract.PREVIOUS_BASIS_TABLE, l, name));
      }
      cells.formula(row, COL_QUANT + 1, String.join("+", changes), line.outcome(), signed);
      String goal = Cells.ref(row, COL_QUANT);
      cells.formula(row, COL_QUANT + 2, "IF(" + goal + "=0,\"\"," + Cells.ref(row, COL_QUANT + 1) + "/" + goal + ")",
          line.percent(), percent);
      row++;
    }
    int last = row - 1;
    bands(sheet, headerRow + 1, last, List.of(COL_QUANT + 2));
    return last;
  }

  /** Σ of a table's tillgång at the level over the förvaltning's rows compared (Jämförs). */
  private static String administrationSupply(String table, Level l, String name) {
    return "SUMIFS(" + Cells.column(table, Contract.supplyHeader(l)) + "," + Cells.column(table, Contract.ADMINISTRATION) + "," + name
        + "," + Cells.column(table, Contract.COMPARISON) + "," + Cells.literal(Standing.COMPARED.label()) + ")";
  }

  /** A wrapped note over the table's width (Måluppfyllelse and Förändring). */
  static void basisNote(Cells cells, Styles styles, int row, int lastCol, String text) {
    var wrapped = styles.wrapped();
    cells.text(row, 0, text, wrapped);
    for (int c = 1; c <= lastCol; c++) {
      cells.text(row, c, "", wrapped);
    }
    cells.sheet().addMergedRegion(new CellRangeAddress(row, row, 0, lastCol));
    cells.fitWrapped(row, text, 190);
  }

  private static void headers(Cells cells, Styles styles, int goalYear, int year) {
    for (int c = COL_AREA; c < COL_QUANT; c++) {
      cells.text(GROUP_HEADER_ROW, c, "", styles.groupHeader());
    }
    group(cells, styles, GROUP_HEADER_ROW, COL_QUANT, Labels.FULFILMENT_QUANTITATIVE);
    for (Level l : Level.values()) {
      group(cells, styles, GROUP_HEADER_ROW, levelCol(l), Labels.fulfilmentLevel(l));
    }
    group(cells, styles, GROUP_HEADER_ROW, COL_MOVES, Labels.FULFILMENT_MOVES);
    cells.text(HEADER_ROW, COL_AREA, Contract.FOCUS_AREA, styles.header());
    cells.text(HEADER_ROW, COL_CATEGORY, Contract.CATEGORY, styles.header());
    for (int c = COL_QUANT; c <= LAST_COL; c += 3) {
      cells.text(HEADER_ROW, c, Labels.goalTo(goalYear), styles.header());
      cells.text(HEADER_ROW, c + 1, Labels.outcome(year), styles.header());
      cells.text(HEADER_ROW, c + 2, Labels.PERCENT_OF_GOAL, styles.header());
    }
    cells.sheet().getRow(HEADER_ROW).setHeightInPoints(32);
  }

  /** A group header over three columns (goal, outcome, %), merged; also LongTermSections'. */
  static void group(Cells cells, Styles styles, int row, int from, String label) {
    for (int c = from; c < from + 3; c++) {
      cells.text(row, c, c == from ? label : "", styles.groupHeader());
    }
    cells.sheet().addMergedRegion(new CellRangeAddress(row, row, from, from + 2));
  }

  /** The rows a total sums: an area's categories, the area totals, or the common lines and the group. */
  static List<Integer> parts(List<FulfilmentLine> lines, List<Integer> rows, int index) {
    FulfilmentLine line = lines.get(index);
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < lines.size(); j++) {
      FulfilmentLine o = lines.get(j);
      if (line.kind().sums(o.kind(), o.area().equals(line.area()))) {
        out.add(rows.get(j));
      }
    }
    return out;
  }

  private static void writeRow(Cells cells, Styles styles, FulfilmentLine line, int row, List<Integer> parts) {
    Styles.Emphasis e =
        switch (line.kind()) {
          case CATEGORY, COMMON_CATEGORY -> Styles.Emphasis.NORMAL;
          case AREA_TOTAL -> Styles.Emphasis.SUBTOTAL;
          case GROUP_TOTAL, ADMINISTRATION_TOTAL -> Styles.Emphasis.TOTAL;
        };
    String area = line.area().map(a -> a.name()).orElse(line.kind() == LineKind.COMMON_CATEGORY ? GapAnalysis.ALL_AREAS : "");
    cells.text(row, COL_AREA, area, styles.body(e, Styles.Format.TEXT));
    cells.text(row, COL_CATEGORY, line.label(), styles.body(e, Styles.Format.TEXT));
    XSSFCellStyle integer = styles.body(e, Styles.Format.INTEGER);
    XSSFCellStyle signed = styles.body(e, Styles.Format.SIGNED);
    XSSFCellStyle percent = styles.body(e, Styles.Format.PERCENT);
    XSSFCellStyle blankZero = styles.body(e, Styles.Format.BLANK_ZERO);
    XSSFCellStyle wrapped = styles.body(e, Styles.Format.WRAPPED);
    boolean category = line.kind().isCategory();
    Function<Integer, String> sumOfParts =
        col -> parts.isEmpty() ? "0" : "SUM(" + String.join(",", parts.stream().map(r -> Cells.ref(r, col)).toList()) + ")";

    String notMeasurable = Cells.literal(YearBasis.NOT_MEASURABLE);
    String quantOut = Cells.ref(row, COL_QUANT + 1);

    // Kvantitativt: like for like, and text where only Lättversion units have the category.
    cells.formula(row, COL_QUANT, category ? goal(line, row, Contract.QUANTITATIVE_GOAL) : sumOfParts.apply(COL_QUANT), line.goal(), signed);
    String quantOutcome;
    if (category) {
      List<String> changes = new ArrayList<>();
      for (Level l : Level.values()) {
        changes.add(change(line, row, l));
      }
      quantOutcome = "IF(AND(" + count(Contract.BASIS_TABLE, line, row, Standing.COMPARED) + "+"
          + count(Contract.PREVIOUS_BASIS_TABLE, line, row, Standing.COMPARED) + "=0,"
          + count(Contract.BASIS_TABLE, line, row, Standing.LIGHT) + ">0)," + notMeasurable + ","
          + String.join("+", changes) + ")";
    } else if (parts.isEmpty()) {
      quantOutcome = "0";
    } else {
      String p = String.join(",", parts.stream().map(r -> Cells.ref(r, COL_QUANT + 1)).toList());
      quantOutcome = "IF(COUNT(" + p + ")=0," + notMeasurable + ",SUM(" + p + "))";
    }
    outcome(cells, row, COL_QUANT + 1, quantOutcome, line.measurable() ? OptionalDouble.of(line.outcome()) : OptionalDouble.empty(),
        line.measurable(), signed, wrapped);
    percent(cells, row, COL_QUANT, line.goal(), line.percent(), line.measurable(), percent, wrapped);

    // Per level: an outcome only where there is a goal (SPEC §5).
    for (Level l : Level.values()) {
      int c = levelCol(l);
      cells.formula(row, c, category ? goal(line, row, Contract.moveHeader(l)) : sumOfParts.apply(c), line.levelGoals().get(l), blankZero);
      String outcome = category ? change(line, row, l) : sumOfParts.apply(c + 1);
      OptionalDouble cached =
          line.levelOutcome(l).isPresent() ? OptionalDouble.of(line.levelOutcome(l).getAsInt()) : OptionalDouble.empty();
      boolean goalZero = line.levelGoals().get(l) == 0;
      outcome(cells, row, c + 1,
          "IF(" + Cells.ref(row, c) + "=0,\"\",IF(ISNUMBER(" + quantOut + ")," + outcome + "," + quantOut + "))",
          cached, line.measurable() || goalZero, signed, wrapped);
      percent(cells, row, c, line.levelGoals().get(l), line.levelPercent(l), line.measurable(), percent, wrapped);
    }

    // Förflyttningar together: Σ of the level goals, Σ of the level outcomes shown.
    List<String> goalCells = new ArrayList<>();
    List<String> outcomeCells = new ArrayList<>();
    for (Level l : Level.values()) {
      goalCells.add(Cells.ref(row, levelCol(l)));
      outcomeCells.add(Cells.ref(row, levelCol(l) + 1));
    }
    cells.formula(row, COL_MOVES, "SUM(" + String.join(",", goalCells) + ")", line.movesGoal(), integer);
    outcome(cells, row, COL_MOVES + 1,
        "IF(ISNUMBER(" + quantOut + "),SUM(" + String.join(",", outcomeCells) + ")," + quantOut + ")",
        line.measurable() ? OptionalDouble.of(line.movesOutcome()) : OptionalDouble.empty(), line.measurable(), signed, wrapped);
    percent(cells, row, COL_MOVES, line.movesGoal(), line.movesPercent(), line.measurable(), percent, wrapped);
  }

  /**
   * An outcome cell: a number, "" where the level has no goal, or the text that it cannot be
   * measured ({@code measurable} false), wrapped so it can be read in a narrow column.
   */
  private static void outcome(
      Cells cells, int row, int col, String formula, OptionalDouble cached, boolean measurable, XSSFCellStyle style, XSSFCellStyle wrapped) {
    if (measurable) {
      cells.formula(row, col, formula, cached, style);
    } else {
      Cells.textFormula(cells.cell(row, col), formula, YearBasis.NOT_MEASURABLE, wrapped);
      cells.fitWrapped(row, YearBasis.NOT_MEASURABLE, 10);
    }
  }

  /**
   * "% av målet" = utfall / mål; a goal of 0 gives an empty cell, never #DIVISION/0!; an
   * outcome that cannot be measured gives its text, not 0 %.
   */
  private static void percent(
      Cells cells, int row, int goalCol, int goalValue, OptionalDouble cached, boolean measurable, XSSFCellStyle style, XSSFCellStyle wrapped) {
    String goal = Cells.ref(row, goalCol);
    String out = Cells.ref(row, goalCol + 1);
    String formula = "IF(" + goal + "=0,\"\",IF(ISNUMBER(" + out + ")," + out + "/" + goal + "," + out + "))";
    outcome(cells, row, goalCol + 2, formula, cached, measurable || goalValue == 0, style, wrapped);
  }

  /** How many rows of a table the row's category has with the standing (units, one row each). */
  private static String count(String table, FulfilmentLine line, int row, Standing standing) {
    String byCategory = Cells.column(table, Contract.CATEGORY) + "," + Cells.absCol(row, COL_CATEGORY);
    String byStanding = "," + Cells.column(table, Contract.COMPARISON) + "," + Cells.literal(standing.label());
    return line.kind() == LineKind.COMMON_CATEGORY
        ? "COUNTIFS(" + byCategory + byStanding + ")"
        : "COUNTIFS(" + Cells.column(table, Contract.FOCUS_AREA) + "," + Cells.absCol(row, COL_AREA) + "," + byCategory + byStanding + ")";
  }

  /** Last year's goal for the row's category at the evaluated horizon. */
  private static String goal(FulfilmentLine line, int row, String header) {
    String t = Contract.PREVIOUS_GOAL_TABLE;
    return "SUMIFS(" + Cells.column(t, header) + "," + Cells.column(t, Contract.FOCUS_AREA) + "," + Cells.absCol(row, COL_AREA)
        + "," + Cells.column(t, Contract.CATEGORY) + "," + Cells.absCol(row, COL_CATEGORY) + ","
        + Cells.column(t, Contract.HORIZON) + "," + Cells.literal(Fulfilment.EVALUATED.label()) + ")";
  }

  /** This year's tillgång at the level minus last year's, for the row's category, units in both years. */
  private static String change(FulfilmentLine line, int row, Level l) {
    return supply(Contract.BASIS_TABLE, line, row, l) + "-" + supply(Contract.PREVIOUS_BASIS_TABLE, line, row, l);
  }

  private static String supply(String table, FulfilmentLine line, int row, Level l) {
    String col = Cells.column(table, Contract.supplyHeader(l));
    String byCategory = Cells.column(table, Contract.CATEGORY) + "," + Cells.absCol(row, COL_CATEGORY) + ","
        + Cells.column(table, Contract.COMPARISON) + "," + Cells.literal(Standing.COMPARED.label());
    return line.kind() == LineKind.COMMON_CATEGORY
        ? "SUMIFS(" + col + "," + byCategory + ")"
        : "SUMIFS(" + col + "," + Cells.column(table, Contract.FOCUS_AREA) + "," + Cells.absCol(row, COL_AREA) + "," + byCategory + ")";
  }

  /** Fulfilment bands on every "% av målet" cell: ≥ 100 %, 50–99 %, 0–49 %, negative. */
  private static void bands(XSSFSheet sheet, int firstRow, int lastRow, List<Integer> columns) {
    if (lastRow < firstRow) {
      return;
    }
    for (int c : columns) {
      CellRangeAddress range = new CellRangeAddress(firstRow, lastRow, c, c);
      String x = Cells.ref(firstRow, c);
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
}
