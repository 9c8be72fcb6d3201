package se.kompetensgap.output.report;

import se.kompetensgap.output.LineCharts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import se.kompetensgap.model.report.ReportWorkbook;
import se.kompetensgap.model.report.ReportWorkbook.HistoryLine;

/**
 * Utveckling över tid (issue 13): the supply per year from the workbook's Historik, per category
 * (summed over the focus areas) and for the förvaltning, in total and at Hög + Mycket hög, with a
 * native Word line chart of the förvaltning's two series. Written only when Historik holds more
 * than one year.
 */
final class DevelopmentSection {
  private DevelopmentSection() {}

  static final String HEADING = "Utveckling över tid";
  static final String TOTAL = "Totalt";
  /** "Tillgång per år för förvaltningen, …"; a roll-up's names its organisation. */
  static String chartTitle(se.kompetensgap.model.Scope scope) {
    return "Tillgång per år för " + scope.name() + ", totalt och på hög eller mycket hög nivå";
  }
  static final List<String> HEADERS = List.of("Yrkeskategori", "År", "Tillgång totalt", "varav Hög och Mycket hög");
  static final int[] WIDTHS = {4072, 1000, 2000, 2000};
  static final String SERIES_TOTAL = "Tillgång totalt";
  static final String SERIES_HIGH = "Hög och Mycket hög";

  /** Whether the workbook's history is long enough for the section. */
  static boolean applies(ReportWorkbook w) {
    return w.historyYears().size() >= 2;
  }

  static void write(Docx d, ReportWorkbook w) throws Exception {
    if (!applies(w)) {
      return;
    }
    List<Integer> years = w.historyYears();
    // category → year → {total, high}; categories in the order Historik lists them.
    Map<String, Map<Integer, int[]>> byCategory = new LinkedHashMap<>();
    Map<Integer, int[]> totals = new TreeMap<>();
    for (HistoryLine h : w.history()) {
      add(byCategory.computeIfAbsent(h.category(), k -> new TreeMap<>()), h);
      add(totals, h);
    }
    int first = years.get(0);
    int last = years.get(years.size() - 1);
    d.heading(1, HEADING);
    String span = years.size() == 2 ? first + " och " + last : first + "–" + last;
    d.paragraph("Tabellen visar tillgången per yrkeskategori och år, så som den står på bladet Historik i "
        + "arbetsboken: hur många medarbetare som kartlades och hur många av dem som har hög eller mycket hög "
        + "kompetensnivå. Raden " + TOTAL + " gäller " + w.scope().name() + " som helhet, och diagrammet visar den för åren "
        + span + ".");
    d.paragraph(change(first, last, totals.get(first), totals.get(last)));

    XWPFTable t = d.table(HEADERS, WIDTHS);
    for (Map.Entry<String, Map<Integer, int[]>> e : byCategory.entrySet()) {
      for (Map.Entry<Integer, int[]> y : e.getValue().entrySet()) {
        d.row(t, WIDTHS, List.of(e.getKey(), Integer.toString(y.getKey()), Integer.toString(y.getValue()[0]),
            Integer.toString(y.getValue()[1])), false);
      }
    }
    for (Map.Entry<Integer, int[]> y : totals.entrySet()) {
      d.row(t, WIDTHS, List.of(TOTAL, Integer.toString(y.getKey()), Integer.toString(y.getValue()[0]),
          Integer.toString(y.getValue()[1])), true);
    }
    chart(d, totals, chartTitle(w.scope()));
  }

  private static void add(Map<Integer, int[]> m, HistoryLine h) {
    int[] v = m.computeIfAbsent(h.year(), k -> new int[2]);
    v[0] += h.total();
    v[1] += h.high();
  }

  /**
   * "Från 2025 till 2026 ökade tillgången från 310 till 338 medarbetare, och antalet med hög eller mycket
   * hög kompetensnivå ökade från 120 till 150."
   */
  static String change(int first, int last, int[] from, int[] to) {
    String supply = from[0] == to[0]
        ? "var tillgången oförändrad, " + people(to[0])
        : verb(from[0], to[0]) + " tillgången från " + from[0] + " till " + people(to[0]);
    String high = from[1] == to[1]
        ? "var oförändrat, " + to[1]
        : verb(from[1], to[1]) + " från " + from[1] + " till " + to[1];
    return "Från " + first + " till " + last + " " + supply + ", och antalet med hög eller mycket hög "
        + "kompetensnivå " + high + ".";
  }

  private static String verb(int from, int to) {
    return to > from ? "ökade" : "minskade";
  }

  private static String people(int n) {
    return n + " medarbetare";
  }

  private static void chart(Docx d, Map<Integer, int[]> totals, String title) throws Exception {
    d.label("Diagram: " + title);
    XWPFParagraph p = d.doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setKeepNext(true);
    XWPFChart chart = d.doc.createChart(p.createRun(), 16 * Units.EMU_PER_CENTIMETER, 8 * Units.EMU_PER_CENTIMETER);
    chart.setAutoTitleDeleted(true);
    XDDFLineChartData lines = LineCharts.empty(chart);
    int n = totals.size();
    String[] years = totals.keySet().stream().map(String::valueOf).toArray(String[]::new);
    var labels = XDDFDataSourcesFactory.fromArray(years, chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
    List<int[]> values = new ArrayList<>(totals.values());
    String[] names = {SERIES_TOTAL, SERIES_HIGH};
    byte[][] colours = {SummarySection.LEVEL_COLOURS[1], SummarySection.LEVEL_COLOURS[3]};
    for (int s = 0; s < 2; s++) {
      int col = s + 1;
      Double[] numbers = new Double[n];
      for (int i = 0; i < n; i++) {
        numbers[i] = (double) values.get(i)[s];
      }
      var data = XDDFDataSourcesFactory.fromArray(numbers, chart.formatRange(new CellRangeAddress(1, n, col, col)), col);
      XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(labels, data);
      series.setTitle(names[s], chart.setSheetTitle(names[s], col));
      LineCharts.style(series, colours[s]);
    }
    chart.plot(lines);
    d.note("Talen kommer från bladet Historik i arbetsboken. Högerklicka på diagrammet och välj Redigera data för "
        + "att se eller ändra dem.");
  }
}
