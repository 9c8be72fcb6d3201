package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.Development;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.LineKind;
import se.kompetensgap.model.Level;
import se.kompetensgap.text.Contract;

/**
 * Utveckling (issue 13): supply per year, in total and at Hög + Mycket hög, per category, focus
 * area and for the förvaltning, as SUMIFS over {@code Historik} (totals sum the lines above),
 * with a line chart for the förvaltning and one per focus area. Cached values and the charts'
 * caches come from {@link Development}.
 */
final class DevelopmentSheet {
  private DevelopmentSheet() {}

  static final int GROUP_ROW = 4;
  static final int HEADER_ROW = 5;
  static final int FIRST_ROW = 6;
  static final int COL_AREA = 0;
  static final int COL_CATEGORY = 1;
  static final int COL_FIRST_YEAR = 2;

  /** Where things landed, for tests: each chart's data row. */
  record Layout(int totalCol, int highCol, int years, List<Integer> chartRows) {}

  /** @param scope whom the last line and its chart speak of: the förvaltning, or a roll-up's organisation */
  static Layout write(XSSFWorkbook wb, Styles styles, Development d, String administration, se.kompetensgap.model.Scope scope) {
    XSSFSheet sheet = wb.createSheet(Contract.DEVELOPMENT_SHEET);
    Cells cells = new Cells(sheet);
    int n = d.years().size();
    int totalCol = COL_FIRST_YEAR;
    int highCol = COL_FIRST_YEAR + n + 1;
    cells.text(0, 0, HistoryLabels.developmentTitle(d.years(), administration), styles.title());
    cells.text(1, 0, HistoryLabels.DEVELOPMENT_NOTE, styles.subtitle());
    cells.text(2, 0, HistoryLabels.developmentSource(scope, !d.administrations().isEmpty()), styles.note());
    cells.text(GROUP_ROW, COL_AREA, "", styles.groupHeader());
    cells.text(GROUP_ROW, COL_CATEGORY, "", styles.groupHeader());
    group(cells, styles, totalCol, n, HistoryLabels.SUPPLY_TOTAL);
    group(cells, styles, highCol, n, HistoryLabels.SUPPLY_HIGH);
    cells.text(HEADER_ROW, COL_AREA, Contract.FOCUS_AREA, styles.header());
    cells.text(HEADER_ROW, COL_CATEGORY, Contract.CATEGORY, styles.header());
    for (int i = 0; i < n; i++) {
      cells.number(HEADER_ROW, totalCol + i, d.years().get(i), styles.header());
      cells.number(HEADER_ROW, highCol + i, d.years().get(i), styles.header());
    }
    List<Development.Line> lines = d.lines();
    List<Integer> chartRows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Development.Line line = lines.get(i);
      int row = FIRST_ROW + i;
      writeLine(cells, styles, line, row, n, totalCol, highCol, parts(lines, i));
      if (line.kind() == LineKind.ADMINISTRATION_TOTAL) {
        chartRows.add(0, row);
      } else if (line.kind() == LineKind.AREA_TOTAL) {
        chartRows.add(row);
      }
    }
    int top = FIRST_ROW + lines.size() + 2;
    // A roll-up: each förvaltning's supply per year below the table, and a chart of them.
    int firstAdministration = top + 1;
    if (!d.administrations().isEmpty()) {
      cells.text(top, COL_AREA, HistoryLabels.PER_ADMINISTRATION, styles.subtitle());
      for (int i = 0; i < d.administrations().size(); i++) {
        writeAdministration(cells, styles, d.administrations().get(i), firstAdministration + i, n, totalCol, highCol);
      }
      top = firstAdministration + d.administrations().size() + 2;
    }
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    // One chart per printed page, after the table's page (as on Sammanfattning).
    sheet.setRowBreak(top - 1);
    int height = 30;
    int right = Math.max(highCol + n, 10);
    for (int chartRow : chartRows) {
      Development.Line line = lines.get(chartRow - FIRST_ROW);
      String what = line.kind() == LineKind.ADMINISTRATION_TOTAL ? scope.title() : line.area().map(a -> a.name()).orElse(line.label());
      chart(drawing, sheet, d, line, chartRow, totalCol, highCol, top, top + height, right, HistoryLabels.developmentChart(what));
      sheet.setRowBreak(top + height);
      top += height + 1;
    }
    if (!d.administrations().isEmpty()) {
      administrationsChart(drawing, sheet, d, firstAdministration, totalCol, top, top + height, right);
      sheet.setRowBreak(top + height);
    }
    sheet.setColumnWidth(COL_AREA, 20 * 256);
    sheet.setColumnWidth(COL_CATEGORY, 42 * 256);
    for (int c = COL_FIRST_YEAR; c < highCol + n; c++) {
      sheet.setColumnWidth(c, 9 * 256);
    }
    sheet.setColumnWidth(highCol - 1, 3 * 256);
    sheet.createFreezePane(COL_FIRST_YEAR, FIRST_ROW);
    Print.landscape(sheet, GROUP_ROW, HEADER_ROW);
    sheet.setRepeatingRows(null);
    return new Layout(totalCol, highCol, n, chartRows);
  }

  private static void group(Cells cells, Styles styles, int from, int n, String label) {
    for (int c = from; c < from + n; c++) {
      cells.text(GROUP_ROW, c, c == from ? label : "", styles.groupHeader());
    }
    if (n > 1) {
      cells.sheet().addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, from, from + n - 1));
    }
  }

  /** The rows a total sums (as on Kompetensgap): an area's categories, the areas, or common + group. */
  private static List<Integer> parts(List<Development.Line> lines, int index) {
    Development.Line line = lines.get(index);
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < lines.size(); j++) {
      Development.Line o = lines.get(j);
      if (line.kind().sums(o.kind(), o.area().equals(line.area()))) {
        out.add(FIRST_ROW + j);
      }
    }
    return out;
  }

  private static void writeLine(Cells cells, Styles styles, Development.Line line, int row, int n, int totalCol, int highCol,
      List<Integer> parts) {
    Styles.Emphasis e =
        switch (line.kind()) {
          case CATEGORY, COMMON_CATEGORY -> Styles.Emphasis.NORMAL;
          case AREA_TOTAL -> Styles.Emphasis.SUBTOTAL;
          case GROUP_TOTAL, ADMINISTRATION_TOTAL -> Styles.Emphasis.TOTAL;
        };
    var text = styles.body(e, Styles.Format.TEXT);
    var integer = styles.body(e, Styles.Format.INTEGER);
    String area = line.area().map(a -> a.name()).orElse(line.kind() == LineKind.COMMON_CATEGORY ? GapAnalysis.ALL_AREAS : "");
    cells.text(row, COL_AREA, area, text);
    cells.text(row, COL_CATEGORY, line.label(), text);
    IntFunction<String> sumOfParts =
        col -> parts.isEmpty() ? "0" : "SUM(" + String.join(",", parts.stream().map(r -> Cells.ref(r, col)).toList()) + ")";
    boolean category = line.kind().isCategory();
    for (int i = 0; i < n; i++) {
      int tc = totalCol + i;
      int hc = highCol + i;
      cells.formula(row, tc, category ? supply(row, tc, List.of(Level.values())) : sumOfParts.apply(tc), line.total().get(i), integer);
      cells.formula(row, hc, category ? supply(row, hc, List.of(Level.HOG, Level.MYCKET_HOG)) : sumOfParts.apply(hc),
          line.high().get(i), integer);
    }
  }

  /** A förvaltning's line: Σ of its Historik rows' supply per year, all categories. */
  private static void writeAdministration(Cells cells, Styles styles, Development.Line line, int row, int n, int totalCol, int highCol) {
    var text = styles.body(Styles.Emphasis.SUBTOTAL, Styles.Format.TEXT);
    var integer = styles.body(Styles.Emphasis.SUBTOTAL, Styles.Format.INTEGER);
    cells.text(row, COL_AREA, line.label(), text);
    // Column B stays blank (styled): a long name reads on over it. The heading above says that
    // the row counts every yrkeskategori.
    cells.cell(row, COL_CATEGORY).setCellStyle(text);
    for (int i = 0; i < n; i++) {
      cells.formula(row, totalCol + i, administrationSupply(row, totalCol + i, List.of(Level.values())), line.total().get(i), integer);
      cells.formula(row, highCol + i, administrationSupply(row, highCol + i, List.of(Level.HOG, Level.MYCKET_HOG)),
          line.high().get(i), integer);
    }
  }

  /** Σ of Historik's supply at the levels, for the row's förvaltning (column A) and the column's year. */
  private static String administrationSupply(int row, int col, List<Level> levels) {
    return supplyWhere(col, levels, "," + Cells.column(Contract.HISTORY_TABLE, Contract.ADMINISTRATION) + "," + Cells.absCol(row, COL_AREA));
  }

  /** Colours of the förvaltningar's lines, in turn. */
  static final byte[][] ADMINISTRATION_COLOURS = {
    {(byte) 0x08, (byte) 0x30, (byte) 0x6B}, {(byte) 0xE6, (byte) 0x55, (byte) 0x0D}, {(byte) 0x31, (byte) 0xA3, (byte) 0x54},
    {(byte) 0x6B, (byte) 0xAE, (byte) 0xD6}, {(byte) 0x75, (byte) 0x6B, (byte) 0xB1}, {(byte) 0xA6, (byte) 0x36, (byte) 0x03},
  };

  /** One line per förvaltning: its total supply per year. */
  private static void administrationsChart(XSSFDrawing drawing, XSSFSheet sheet, Development d, int firstRow, int totalCol, int top,
      int bottom, int right) {
    LineChart chart = lineChart(drawing, top, bottom, right, HistoryLabels.ADMINISTRATIONS_CHART);
    XDDFLineChartData data = chart.data();
    int n = d.years().size();
    var labels = XDDFDataSourcesFactory.fromArray(d.years().toArray(new Integer[0]), range(sheet, HEADER_ROW, totalCol, n));
    for (int i = 0; i < d.administrations().size(); i++) {
      Development.Line line = d.administrations().get(i);
      series(data, labels, sheet, line.total(), firstRow + i, totalCol, n, line.label(), ADMINISTRATION_COLOURS[i % ADMINISTRATION_COLOURS.length]);
    }
    chart.chart().plot(data);
  }

  /** Σ of Historik's supply at the levels, for the row's line and the column's year. */
  private static String supply(int row, int col, List<Level> levels) {
    String t = Contract.HISTORY_TABLE;
    return supplyWhere(col, levels, "," + Cells.column(t, Contract.FOCUS_AREA) + "," + Cells.absCol(row, COL_AREA) + ","
        + Cells.column(t, Contract.CATEGORY) + "," + Cells.absCol(row, COL_CATEGORY));
  }

  /** Σ over the levels of SUMIFS(Historik's supply, year = the column's, {@code criteria}). */
  private static String supplyWhere(int col, List<Level> levels, String criteria) {
    String t = Contract.HISTORY_TABLE;
    String year = new CellReference(HEADER_ROW, col, true, false).formatAsString();
    List<String> terms = new ArrayList<>();
    for (Level l : levels) {
      terms.add("SUMIFS(" + Cells.column(t, Contract.supplyHeader(l)) + "," + Cells.column(t, Contract.YEAR) + "," + year + criteria + ")");
    }
    return String.join("+", terms);
  }

  static final byte[] TOTAL_COLOUR = {(byte) 0x6B, (byte) 0xAE, (byte) 0xD6};
  static final byte[] HIGH_COLOUR = {(byte) 0x08, (byte) 0x30, (byte) 0x6B};

  private static void chart(XSSFDrawing drawing, XSSFSheet sheet, Development d, Development.Line line, int row, int totalCol,
      int highCol, int top, int bottom, int right, String title) {
    LineChart chart = lineChart(drawing, top, bottom, right, title);
    XDDFLineChartData data = chart.data();
    int n = d.years().size();
    Integer[] years = d.years().toArray(new Integer[0]);
    // Caches from the model, not POI's evaluator (see SummarySheet.series).
    var labels = XDDFDataSourcesFactory.fromArray(years, range(sheet, HEADER_ROW, totalCol, n));
    series(data, labels, sheet, line.total(), row, totalCol, n, HistoryLabels.SUPPLY_TOTAL, TOTAL_COLOUR);
    series(data, labels, sheet, line.high(), row, highCol, n, HistoryLabels.SUPPLY_HIGH, HIGH_COLOUR);
    chart.chart().plot(data);
  }

  private record LineChart(XSSFChart chart, XDDFLineChartData data) {}

  /** An empty line chart over the rows {@code top}–{@code bottom}, years along the bottom. */
  private static LineChart lineChart(XSSFDrawing drawing, int top, int bottom, int right, String title) {
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, right, bottom);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    XDDFLineChartData data = LineCharts.empty(chart);
    return new LineChart(chart, data);
  }

  private static void series(XDDFLineChartData data, org.apache.poi.xddf.usermodel.chart.XDDFDataSource<?> labels, XSSFSheet sheet,
      List<Integer> values, int row, int col, int n, String title, byte[] rgb) {
    var source = XDDFDataSourcesFactory.fromArray(values.toArray(new Integer[0]), range(sheet, row, col, n));
    XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(labels, source);
    s.setTitle(title, null);
    LineCharts.style(s, rgb);
  }

  private static String range(XSSFSheet sheet, int row, int col, int n) {
    return new CellRangeAddress(row, row, col, col + n - 1).formatAsString(sheet.getSheetName(), true);
  }
}
