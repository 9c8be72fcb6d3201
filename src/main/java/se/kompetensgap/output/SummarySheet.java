package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapLine;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.analysis.LineKind;
import se.kompetensgap.analysis.Narrative;
import se.kompetensgap.analysis.Submissions;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * Sammanfattning (SPEC §6, seed 002 "Sammanfattning"), first in the workbook: key figures per
 * fokusområde and for the förvaltning as formulas over the other sheets, the generated text
 * (plain cells HR can overwrite), and two charts over ranges of this sheet, which in turn are
 * formulas over Kompetensgap.
 */
final class SummarySheet {
  private SummarySheet() {}

  static final int KEY_HEADER_ROW = 4;
  static final int LAST_COL = 7;
  static final List<String> KEY_HEADERS = List.of(Contract.FOCUS_AREA, "Antal medarbetare", "Kvantitativt mål 2 år",
      "Förflyttningar 2 år", "Kvantitativt mål 5 år", "Förflyttningar 5 år", "Enheter inlästa", "Enheter avvisade");
  static final String COMMON_LABEL = "Gemensamma yrkeskategorier";

  /** Where things landed, for tests. */
  record Layout(int firstKeyRow, int totalKeyRow, int textRow, Chart gapChart, Chart distributionChart) {}

  /** A chart's data block: the label column and the four level columns, rows first..last. */
  record Chart(int headerRow, int firstRow, int lastRow, int labelCol) {}

  static Layout write(XSSFWorkbook wb, Styles styles, GapReport gaps, GapSheet.Layout gapLayout,
      List<Narrative.Paragraph> text, Submissions.Result submissions) {
    return write(wb, styles, gaps, gapLayout, text, submissions, List.of());
  }

  /** @param administrationGoals Kompetensmål's row of each förvaltning's total at 2 år, in a roll-up */
  static Layout write(XSSFWorkbook wb, Styles styles, GapReport gaps, GapSheet.Layout gapLayout,
      List<Narrative.Paragraph> text, Submissions.Result submissions, List<Integer> administrationGoals) {
    XSSFSheet sheet = wb.createSheet(ListContract.SUMMARY_SHEET);
    Cells cells = new Cells(sheet);
    int read = (int) (submissions.count(Submissions.Status.RETURNED) + submissions.count(Submissions.Status.UNEXPECTED));
    cells.text(0, 0, "Kompetensförsörjning " + gaps.year() + (gaps.administration().isBlank() ? "" : " – " + gaps.administration()), styles.title());
    cells.text(1, 0, "Sammanfattning av " + read + " enheters kompetenskartläggningar. " + Labels.horizonNote(gaps.year()), styles.subtitle());
    cells.text(2, 0, "Talen är formler över bladen Kompetensgap, Kompetensmål och Inlämning. Texten är skriven utifrån talen och kan skrivas över.", styles.note());
    cells.text(3, 0, "Nyckeltal", styles.subtitle());
    for (int c = 0; c < KEY_HEADERS.size(); c++) {
      cells.text(KEY_HEADER_ROW, c, KEY_HEADERS.get(c), styles.header());
    }
    sheet.getRow(KEY_HEADER_ROW).setHeightInPoints(30);
    int row = KEY_HEADER_ROW + 1;
    int firstKey = row;
    List<GapLine> lines = gaps.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).kind() == LineKind.AREA_TOTAL) {
        keyRow(cells, styles, lines.get(i), List.of(gapLayout.row(i, Horizon.TWO_YEARS)), row++, lines.get(i).area().get().name(), submissions, Styles.Emphasis.NORMAL);
      }
    }
    List<Integer> commonRows = new ArrayList<>();
    List<GapLine> common = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).kind() == LineKind.COMMON_CATEGORY) {
        commonRows.add(gapLayout.row(i, Horizon.TWO_YEARS));
        common.add(lines.get(i));
      }
    }
    if (!common.isEmpty()) {
      keyRow(cells, styles, null, commonRows, row++, GapAnalysis.ALL_AREAS, submissions, Styles.Emphasis.NORMAL, common);
    }
    int adminIndex = lines.indexOf(gaps.administrationTotal());
    int total = row;
    keyRow(cells, styles, gaps.administrationTotal(), List.of(gapLayout.row(adminIndex, Horizon.TWO_YEARS)), row++, gaps.administrationTotal().label(), submissions, Styles.Emphasis.TOTAL);
    // A roll-up: the förvaltningar, one row each, under the organisation (issue 13 §5).
    List<GapSheet.Block> blocks = gapLayout.administrations();
    for (int k = 0; k < blocks.size() && k < administrationGoals.size(); k++) {
      administrationRow(cells, styles, blocks.get(k), administrationGoals.get(k), row++, submissions);
    }
    if (!blocks.isEmpty()) {
      // Why the organisation's moves can be fewer than the förvaltningar's together (a blank row
      // first: the key figures end at the first blank label).
      row++;
      String note = gaps.scope().movesNote();
      cells.text(row, 0, note, styles.wrapped());
      for (int c = 1; c <= LAST_COL; c++) {
        cells.text(row, c, "", styles.wrapped());
      }
      sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, 0, LAST_COL));
      cells.fitWrapped(row, note, 140);
      row++;
    }

    int textRow = row + 1;
    int r = textRow;
    var wrapped = styles.wrapped();
    for (Narrative.Paragraph p : text) {
      cells.text(r, 0, p.heading(), styles.subtitle());
      r++;
      cells.text(r, 0, p.text(), wrapped);
      for (int c = 1; c <= LAST_COL; c++) {
        cells.text(r, c, "", wrapped);
      }
      sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, LAST_COL)); // one per text row, disjoint
      cells.fitWrapped(r, p.text(), 140);
      r++;
    }
    // The charts stand after the text; their data below them, labelled, so HR can see the numbers.
    int chartTop = r + 1;
    int chartHeight = 32;
    int dataTop = chartTop + chartHeight * 2 + 2;
    Chart gapData = gapData(cells, styles, gaps, gapLayout, dataTop);
    Chart distData = distributionData(cells, styles, gaps, gapLayout, gapData.lastRow() + 3);
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    gapChart(drawing, sheet, gapData, chartTop, chartTop + chartHeight);
    distributionChart(drawing, sheet, distData, chartTop + chartHeight + 1, chartTop + 2 * chartHeight + 1);

    int[] widths = {42, 13, 13, 13, 13, 13, 13, 13};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    Print.landscape(sheet, 0);
    sheet.setRepeatingRows(null);
    sheet.setRowBreak(r - 1);
    sheet.setRowBreak(chartTop + chartHeight);
    sheet.setRowBreak(dataTop - 1);
    return new Layout(firstKey, total, textRow, gapData, distData);
  }

  /** One förvaltning's key figures: over its block on Kompetensgap and its sums on Kompetensmål. */
  private static void administrationRow(Cells cells, Styles styles, GapSheet.Block block, int goalRow, int row, Submissions.Result sub) {
    GapReport r = block.report();
    GapLine total = r.administrationTotal();
    int gapRow = block.layout().row(r.lines().indexOf(total), Horizon.TWO_YEARS);
    var text = styles.body(Styles.Format.TEXT);
    var integer = styles.body(Styles.Format.INTEGER);
    var signed = styles.body(Styles.Format.SIGNED);
    cells.text(row, 0, r.administration(), text);
    cells.formula(row, 1, Cells.ref(Contract.GAP_SHEET, gapRow, GapSheet.COL_SUPPLY_TOTAL), total.supply().total(), integer);
    int col = 2;
    for (Horizon h : Horizon.values()) {
      int g = goalRow + h.ordinal();
      cells.formula(row, col++, Cells.ref(Contract.GOAL_SHEET, g, GoalSheet.COL_GOAL), total.quantitativeGoal(h), signed);
      cells.formula(row, col++, Cells.ref(Contract.GOAL_SHEET, g, GoalSheet.COL_MOVES_TOTAL), total.moves(h).total(), integer);
    }
    long returned = sub.countIn(r.administration(), Submissions.Status.RETURNED) + sub.countIn(r.administration(), Submissions.Status.UNEXPECTED);
    long rejected = sub.countIn(r.administration(), Submissions.Status.REJECTED);
    String in = Cells.column(ListContract.SUBMISSION_TABLE, Contract.ADMINISTRATION) + "," + Cells.literal(r.administration());
    String where = in + ",";
    if (sub.countsOnly()) {
      if (!sub.perAdministration()) {
        // The upward version's Inlämning of one förvaltning counts per fokusområde and avdelning, without Förvaltning.
        cells.text(row, 6, "", integer);
        cells.text(row, 7, "", integer);
        return;
      }
      // A roll-up's counts carry each förvaltning's own (issue 13 §5).
      cells.formula(row, 6, "SUMIFS(" + Cells.column(ListContract.SUBMISSION_TABLE, SubmissionSheet.RETURNED) + "," + in
          + ")+SUMIFS(" + Cells.column(ListContract.SUBMISSION_TABLE, SubmissionSheet.UNEXPECTED) + "," + in + ")", returned, integer);
      cells.formula(row, 7, "SUMIFS(" + Cells.column(ListContract.SUBMISSION_TABLE, SubmissionSheet.REJECTED) + "," + in + ")",
          rejected, integer);
      return;
    }
    String status = Cells.column(ListContract.SUBMISSION_TABLE, Contract.STATUS);
    cells.formula(row, 6, "COUNTIFS(" + where + status + "," + Cells.literal(Submissions.Status.RETURNED.label()) + ")+COUNTIFS("
        + where + status + "," + Cells.literal(Submissions.Status.UNEXPECTED.label()) + ")", returned, integer);
    cells.formula(row, 7, "COUNTIFS(" + where + status + "," + Cells.literal(Submissions.Status.REJECTED.label()) + ")", rejected, integer);
  }

  private static void keyRow(Cells cells, Styles styles, GapLine line, List<Integer> gapRows, int row, String label,
      Submissions.Result sub, Styles.Emphasis e) {
    keyRow(cells, styles, line, gapRows, row, label, sub, e, List.of(line));
  }

  private static void keyRow(Cells cells, Styles styles, GapLine line, List<Integer> gapRows, int row, String label,
      Submissions.Result sub, Styles.Emphasis e, List<GapLine> parts) {
    var integer = styles.body(e, Styles.Format.INTEGER);
    var signed = styles.body(e, Styles.Format.SIGNED);
    boolean admin = line != null && line.kind() == LineKind.ADMINISTRATION_TOTAL;
    boolean isCommon = line == null;
    String shown = isCommon ? COMMON_LABEL : label;
    cells.text(row, 0, shown, styles.body(e, Styles.Format.TEXT));
    int supply = parts.stream().mapToInt(p -> p.supply().total()).sum();
    cells.formula(row, 1, String.join("+", gapRows.stream().map(g -> Cells.ref(Contract.GAP_SHEET, g, GapSheet.COL_SUPPLY_TOTAL)).toList()), supply, integer);
    int col = 2;
    for (Horizon h : Horizon.values()) {
      String where = admin ? "" : "," + Cells.column(Contract.GOAL_TABLE, Contract.FOCUS_AREA) + "," + Cells.literal(label);
      String horizon = "," + Cells.column(Contract.GOAL_TABLE, Contract.HORIZON) + "," + Cells.literal(h.label());
      int goal = parts.stream().mapToInt(p -> p.quantitativeGoal(h)).sum();
      int moves = parts.stream().mapToInt(p -> p.moves(h).total()).sum();
      cells.formula(row, col++, "SUMIFS(" + Cells.column(Contract.GOAL_TABLE, Contract.QUANTITATIVE_GOAL) + where + horizon + ")", goal, signed);
      cells.formula(row, col++, "SUMIFS(" + Cells.column(Contract.GOAL_TABLE, Labels.MOVES_TOTAL) + where + horizon + ")", moves, integer);
    }
    if (isCommon) {
      cells.text(row, 6, "", integer);
      cells.text(row, 7, "", integer);
      return;
    }
    String area = admin ? null : label;
    long returned = admin
        ? sub.count(Submissions.Status.RETURNED) + sub.count(Submissions.Status.UNEXPECTED)
        : sub.count(label, Submissions.Status.RETURNED) + sub.count(label, Submissions.Status.UNEXPECTED);
    long rejected = admin ? sub.count(Submissions.Status.REJECTED) : sub.count(label, Submissions.Status.REJECTED);
    cells.formula(row, 6, SubmissionSheet.count(sub, area, Submissions.Status.RETURNED) + "+"
        + SubmissionSheet.count(sub, area, Submissions.Status.UNEXPECTED), returned, integer);
    cells.formula(row, 7, SubmissionSheet.count(sub, area, Submissions.Status.REJECTED), rejected, integer);
  }

  /** Gap per level at 2 år for every category line, as formulas over Kompetensgap. */
  private static Chart gapData(Cells cells, Styles styles, GapReport gaps, GapSheet.Layout layout, int top) {
    cells.text(top, 0, "Diagramdata: kompetensgap per nivå på 2 års sikt (negativt = brist)", styles.subtitle());
    int hdr = top + 1;
    cells.text(hdr, 0, Contract.CATEGORY, styles.header());
    for (Level l : Level.values()) {
      cells.text(hdr, 1 + l.ordinal(), l.label(), styles.header());
    }
    int row = hdr + 1;
    List<GapLine> lines = gaps.lines();
    var signed = styles.body(Styles.Format.SIGNED);
    for (int i = 0; i < lines.size(); i++) {
      GapLine g = lines.get(i);
      if (!g.kind().isCategory()) {
        continue;
      }
      int gr = layout.row(i, Horizon.TWO_YEARS);
      cells.text(row, 0, g.label(), styles.body(Styles.Format.TEXT));
      for (Level l : Level.values()) {
        cells.formula(row, 1 + l.ordinal(), Cells.ref(Contract.GAP_SHEET, gr, GapSheet.COL_GAP + l.ordinal()), g.gap(Horizon.TWO_YEARS).get(l), signed);
      }
      row++;
    }
    return new Chart(hdr, hdr + 1, Math.max(row - 1, hdr + 1), 0);
  }

  /** Supply today and need at 2 år per level, as shares, for every focus area and the förvaltning. */
  private static Chart distributionData(Cells cells, Styles styles, GapReport gaps, GapSheet.Layout layout, int top) {
    cells.text(top, 0, "Diagramdata: fördelning av tillgång och behov (2 år) per kompetensnivå", styles.subtitle());
    int hdr = top + 1;
    cells.text(hdr, 0, Contract.FOCUS_AREA, styles.header());
    for (Level l : Level.values()) {
      cells.text(hdr, 1 + l.ordinal(), l.label(), styles.header());
    }
    int row = hdr + 1;
    List<GapLine> lines = gaps.lines();
    var percent = styles.body(Styles.Format.PERCENT);
    for (int i = 0; i < lines.size(); i++) {
      GapLine g = lines.get(i);
      if (g.kind() != LineKind.AREA_TOTAL && g.kind() != LineKind.ADMINISTRATION_TOTAL) {
        continue;
      }
      String name = g.kind() == LineKind.AREA_TOTAL ? g.area().get().name() : g.label();
      int gr = layout.row(i, Horizon.TWO_YEARS);
      for (int k = 0; k < 2; k++) {
        boolean supply = k == 0;
        cells.text(row, 0, name + (supply ? " – tillgång idag" : " – behov 2 år"), styles.body(Styles.Format.TEXT));
        int totalCol = supply ? GapSheet.COL_SUPPLY_TOTAL : GapSheet.COL_DEMAND_TOTAL;
        int firstCol = supply ? GapSheet.COL_SUPPLY : GapSheet.COL_DEMAND;
        int total = supply ? g.supply().total() : g.demand(Horizon.TWO_YEARS).total();
        for (Level l : Level.values()) {
          int v = supply ? g.supply().get(l) : g.demand(Horizon.TWO_YEARS).get(l);
          String t = Cells.ref(Contract.GAP_SHEET, gr, totalCol);
          cells.formula(row, 1 + l.ordinal(),
              "IF(" + t + "=0,0," + Cells.ref(Contract.GAP_SHEET, gr, firstCol + l.ordinal()) + "/" + t + ")",
              total == 0 ? OptionalDouble.of(0) : OptionalDouble.of((double) v / total), percent);
        }
        row++;
      }
    }
    return new Chart(hdr, hdr + 1, Math.max(row - 1, hdr + 1), 0);
  }

  /** Blues from light to dark for Viss → Mycket hög: a level further up is a darker bar. */
  static final byte[][] LEVEL_COLOURS = {
    {(byte) 0xC6, (byte) 0xDB, (byte) 0xEF}, {(byte) 0x6B, (byte) 0xAE, (byte) 0xD6},
    {(byte) 0x21, (byte) 0x71, (byte) 0xB5}, {(byte) 0x08, (byte) 0x30, (byte) 0x6B}};

  private static void gapChart(XSSFDrawing drawing, XSSFSheet sheet, Chart d, int top, int bottom) {
    XSSFChart chart = chart(drawing, top, bottom, "Kompetensgap per nivå och yrkeskategori, 2 års sikt (negativt = brist)");
    XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.LEFT);
    cat.setOrientation(AxisOrientation.MAX_MIN);
    // Names beside the plot, not on the zero line where the shortage bars would cover them.
    cat.setTickLabelPosition(org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition.LOW);
    XDDFValueAxis val = chart.createValueAxis(AxisPosition.BOTTOM);
    val.setCrosses(AxisCrosses.AUTO_ZERO);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, cat, val);
    data.setBarDirection(BarDirection.BAR);
    data.setBarGrouping(BarGrouping.CLUSTERED);
    data.setGapWidth(50);
    data.setVaryColors(false);
    series(sheet, d, data);
    chart.plot(data);
  }

  private static void distributionChart(XSSFDrawing drawing, XSSFSheet sheet, Chart d, int top, int bottom) {
    XSSFChart chart = chart(drawing, top, bottom, "Fördelning av tillgång idag och behov om 2 år per kompetensnivå");
    XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.LEFT);
    cat.setOrientation(AxisOrientation.MAX_MIN);
    XDDFValueAxis val = chart.createValueAxis(AxisPosition.BOTTOM);
    val.setCrosses(AxisCrosses.AUTO_ZERO);
    val.setNumberFormat("0%");
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, cat, val);
    data.setBarDirection(BarDirection.BAR);
    data.setBarGrouping(BarGrouping.PERCENT_STACKED);
    data.setGapWidth(60);
    data.setVaryColors(false);
    series(sheet, d, data);
    chart.plot(data);
    overlapFully(chart);
  }

  /**
   * Stacked bars must overlap 100 %, or Excel draws each level's piece beside the other.
   * Written through the XML cursor: poi-ooxml-lite lacks the schema type of the overlap value,
   * so {@code XDDFBarChartData.setOverlap} fails at run time.
   */
  private static void overlapFully(XSSFChart chart) {
    var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
    try (var cursor = bar.getAxIdArray(0).newCursor()) {
      cursor.beginElement(new javax.xml.namespace.QName("http://schemas.openxmlformats.org/drawingml/2006/chart", "overlap", "c"));
      cursor.insertAttributeWithValue("val", "100");
    }
  }

  private static XSSFChart chart(XSSFDrawing drawing, int top, int bottom, String title) {
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, LAST_COL + 1, bottom);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    return chart;
  }

  /**
   * The chart's series refer to the data block's ranges, and their caches are the values the
   * Java model cached in those cells. (POI's cell-range sources would instead run the formula
   * evaluator over every point — SUMIFS over all of Underlag — which took most of the write
   * time for 1,500 units.)
   */
  private static void series(XSSFSheet sheet, Chart d, XDDFBarChartData data) {
    int n = d.lastRow() - d.firstRow() + 1;
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = sheet.getRow(d.firstRow() + i).getCell(0).getStringCellValue();
    }
    var labels = XDDFDataSourcesFactory.fromArray(names, range(sheet, d, 0));
    for (Level l : Level.values()) {
      int col = 1 + l.ordinal();
      Double[] cached = new Double[n];
      for (int i = 0; i < n; i++) {
        cached[i] = sheet.getRow(d.firstRow() + i).getCell(col).getNumericCellValue();
      }
      var values = XDDFDataSourcesFactory.fromArray(cached, range(sheet, d, col));
      XDDFChartData.Series s = data.addSeries(labels, values);
      s.setTitle(l.label(), new CellReference(sheet.getSheetName(), d.headerRow(), col, true, true));
      byte[] rgb = LEVEL_COLOURS[l.ordinal()];
      s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
    }
  }

  /** "'Sammanfattning'!$B$40:$B$51": the absolute range of one column of a data block. */
  private static String range(XSSFSheet sheet, Chart d, int col) {
    return new CellRangeAddress(d.firstRow(), d.lastRow(), col, col).formatAsString(sheet.getSheetName(), true);
  }
}
