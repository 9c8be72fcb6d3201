package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.ChangeLine;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapChange;
import se.kompetensgap.analysis.LineKind;
import se.kompetensgap.analysis.YearBasis;
import se.kompetensgap.analysis.YearBasis.Standing;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.text.Contract;

/**
 * Förändring (SPEC §5–6, seed 002 "Förändring av kompetensgap … jämfört med föregående år"):
 * per category and horizon last year's gap, this year's and the change, per level and in
 * total, with the generated sentence. Gaps are SUMIFS over {@code UnderlagFjol} and {@code
 * Underlag}; the two totals sum the category rows.
 */
final class ChangeSheet {
  private ChangeSheet() {}

  static final int COL_AREA = 0;
  static final int COL_CATEGORY = 1;
  static final int COL_HORIZON = 2;
  static final int COL_BEFORE = 3;
  static final int COL_AFTER = COL_BEFORE + 5;
  static final int COL_CHANGE = COL_AFTER + 5;
  static final int COL_SENTENCE = COL_CHANGE + 5;
  static final int BASIS_ROW = 3;
  static final int GROUP_HEADER_ROW = 4;
  static final int HEADER_ROW = 5;
  static final int FIRST_DATA_ROW = 6;

  static void write(XSSFWorkbook wb, Styles styles, GapChange change, YearBasis basis, String administration) {
    XSSFSheet sheet = wb.createSheet(Contract.CHANGE_SHEET);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, Labels.changeTitle(change.previousYear(), change.year(), administration), styles.title());
    cells.text(1, 0, Labels.horizonNote(change.year()), styles.subtitle());
    cells.text(2, 0, Labels.CHANGE_NOTE, styles.note());
    FulfilmentSheet.basisNote(cells, styles, BASIS_ROW, COL_SENTENCE, basis.changeNote());
    for (int c = COL_AREA; c < COL_BEFORE; c++) {
      cells.text(GROUP_HEADER_ROW, c, "", styles.groupHeader());
    }
    group(cells, styles, COL_BEFORE, Labels.gapOf(change.previousYear()));
    group(cells, styles, COL_AFTER, Labels.gapOf(change.year()));
    group(cells, styles, COL_CHANGE, Labels.CHANGE_GROUP);
    cells.text(GROUP_HEADER_ROW, COL_SENTENCE, "", styles.groupHeader());
    cells.text(HEADER_ROW, COL_AREA, Contract.FOCUS_AREA, styles.header());
    cells.text(HEADER_ROW, COL_CATEGORY, Contract.CATEGORY, styles.header());
    cells.text(HEADER_ROW, COL_HORIZON, Contract.HORIZON, styles.header());
    for (int g : new int[] {COL_BEFORE, COL_AFTER, COL_CHANGE}) {
      for (Level l : Level.values()) {
        cells.text(HEADER_ROW, g + l.ordinal(), "GAP " + l.label(), styles.header());
      }
      cells.text(HEADER_ROW, g + 4, Labels.GAP_TOTAL, styles.header());
    }
    cells.text(HEADER_ROW, COL_SENTENCE, Labels.CHANGE_SENTENCE, styles.header());
    // Three lines: "GAP Mycket hög" wraps in a narrow number column.
    sheet.getRow(HEADER_ROW).setHeightInPoints(46);

    List<ChangeLine> lines = change.lines();
    int n = Horizon.values().length;
    for (int i = 0; i < lines.size(); i++) {
      for (Horizon h : Horizon.values()) {
        writeRow(cells, styles, lines, i, h, FIRST_DATA_ROW + i * n + h.ordinal());
      }
    }
    int lastRow = FIRST_DATA_ROW + lines.size() * n - 1;
    if (lastRow >= FIRST_DATA_ROW) {
      ConditionalFormats.shortageAndSurplus(sheet,
          new CellRangeAddress[] {new CellRangeAddress(FIRST_DATA_ROW, lastRow, COL_BEFORE, COL_CHANGE + 4)});
    }
    sheet.createFreezePane(COL_BEFORE, FIRST_DATA_ROW);
    sheet.setColumnWidth(COL_AREA, 18 * 256);
    sheet.setColumnWidth(COL_CATEGORY, 38 * 256);
    sheet.setColumnWidth(COL_HORIZON, 8 * 256);
    for (int c = COL_BEFORE; c < COL_SENTENCE; c++) {
      sheet.setColumnWidth(c, 9 * 256);
    }
    sheet.setColumnWidth(COL_SENTENCE, 70 * 256);
    Print.landscape(sheet, HEADER_ROW);
  }

  private static void group(Cells cells, Styles styles, int from, String label) {
    for (int c = from; c < from + 5; c++) {
      cells.text(GROUP_HEADER_ROW, c, c == from ? label : "", styles.groupHeader());
    }
    cells.sheet().addMergedRegion(new CellRangeAddress(GROUP_HEADER_ROW, GROUP_HEADER_ROW, from, from + 4));
  }

  private static void writeRow(Cells cells, Styles styles, List<ChangeLine> lines, int index, Horizon h, int row) {
    ChangeLine line = lines.get(index);
    Styles.Emphasis e = line.kind().isCategory() ? Styles.Emphasis.NORMAL : Styles.Emphasis.TOTAL;
    String area = line.area().map(a -> a.name()).orElse(line.kind() == LineKind.COMMON_CATEGORY ? GapAnalysis.ALL_AREAS : "");
    cells.text(row, COL_AREA, area, styles.body(e, Styles.Format.TEXT));
    cells.text(row, COL_CATEGORY, line.label(), styles.body(e, Styles.Format.TEXT));
    cells.text(row, COL_HORIZON, h.label(), styles.body(e, Styles.Format.TEXT));
    XSSFCellStyle signed = styles.body(e, Styles.Format.SIGNED);
    List<Integer> parts = parts(lines, index, h);
    block(cells, row, COL_BEFORE, line, h, Contract.PREVIOUS_BASIS_TABLE, line.gapBefore().get(h), parts, signed);
    block(cells, row, COL_AFTER, line, h, Contract.BASIS_TABLE, line.gapAfter().get(h), parts, signed);
    LevelCounts delta = line.change(h);
    for (int k = 0; k < 5; k++) {
      int value = k < 4 ? delta.get(Level.values()[k]) : delta.total();
      cells.formula(row, COL_CHANGE + k, Cells.ref(row, COL_AFTER + k) + "-" + Cells.ref(row, COL_BEFORE + k), value, signed);
    }
    String sentence = line.sentence(h);
    cells.text(row, COL_SENTENCE, sentence, styles.body(e, Styles.Format.WRAPPED));
    cells.fitWrapped(row, sentence, 80);
  }

  /** The rows a total sums: every own category (group total) or every category (förvaltning). */
  private static List<Integer> parts(List<ChangeLine> lines, int index, Horizon h) {
    ChangeLine line = lines.get(index);
    List<Integer> rows = new ArrayList<>();
    if (line.kind().isCategory()) {
      return rows;
    }
    for (int j = 0; j < lines.size(); j++) {
      LineKind k = lines.get(j).kind();
      boolean part = line.kind() == LineKind.GROUP_TOTAL ? k == LineKind.CATEGORY : k.isCategory();
      if (part) {
        rows.add(FIRST_DATA_ROW + j * Horizon.values().length + h.ordinal());
      }
    }
    return rows;
  }

  private static void block(
      Cells cells, int row, int from, ChangeLine line, Horizon h, String table, LevelCounts gap, List<Integer> parts, XSSFCellStyle style) {
    for (Level l : Level.values()) {
      int c = from + l.ordinal();
      String formula;
      if (line.kind().isCategory()) {
        formula = sum(table, Contract.supplyHeader(l), line, row) + "-" + sum(table, Contract.demandHeader(h, l), line, row);
      } else {
        formula = parts.isEmpty() ? "0" : "SUM(" + String.join(",", parts.stream().map(r -> Cells.ref(r, c)).toList()) + ")";
      }
      cells.formula(row, c, formula, gap.get(l), style);
    }
    cells.formula(row, from + 4, "SUM(" + Cells.range(row, from, row, from + 3) + ")", gap.total(), style);
  }

  /** The column's sum for the row's category over the units in both years (Lättversion too). */
  private static String sum(String table, String header, ChangeLine line, int row) {
    List<String> sums = new ArrayList<>();
    for (Standing s : Standing.values()) {
      if (s.inBothYears()) {
        sums.add(sumIfs(table, header, line, row, s));
      }
    }
    return "(" + String.join("+", sums) + ")";
  }

  private static String sumIfs(String table, String header, ChangeLine line, int row, Standing standing) {
    String col = Cells.column(table, header);
    String byCategory = Cells.column(table, Contract.CATEGORY) + "," + Cells.absCol(row, COL_CATEGORY) + ","
        + Cells.column(table, Contract.COMPARISON) + "," + Cells.literal(standing.label());
    return line.kind() == LineKind.COMMON_CATEGORY
        ? "SUMIFS(" + col + "," + byCategory + ")"
        : "SUMIFS(" + col + "," + Cells.column(table, Contract.FOCUS_AREA) + "," + Cells.absCol(row, COL_AREA) + "," + byCategory + ")";
  }
}
