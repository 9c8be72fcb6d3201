package se.kompetensgap.output.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import se.kompetensgap.analysis.ReportText;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.report.ReportWorkbook;
import se.kompetensgap.model.report.ReportWorkbook.Table;
import se.kompetensgap.model.report.ReportWorkbook.TableRow;

/**
 * Sammanfattning: the workbook's text as HR left it, its key figures, and its two charts as
 * native Word charts. Native, not pictures: the numbers stay data HR can see and edit in Word
 * (Redigera data), they print sharply at any size, and they are the same charts as the
 * workbook's Sammanfattning.
 */
final class SummarySection {
  private SummarySection() {}

  static final String GAP_CHART_TITLE = "Kompetensgap per nivå och yrkeskategori, 2 års sikt (negativt = brist)";
  static final String DISTRIBUTION_CHART_TITLE = "Fördelning av tillgång i dag och behov om 2 år per kompetensnivå";

  /** Blues from light to dark for Viss → Mycket hög, as in the workbook. */
  static final byte[][] LEVEL_COLOURS = {
    {(byte) 0xC6, (byte) 0xDB, (byte) 0xEF}, {(byte) 0x6B, (byte) 0xAE, (byte) 0xD6},
    {(byte) 0x21, (byte) 0x71, (byte) 0xB5}, {(byte) 0x08, (byte) 0x30, (byte) 0x6B}};

  static void write(Docx d, ReportWorkbook w) throws Exception {
    d.heading(1, "Sammanfattning");
    // A roll-up's note on the organisation's förflyttningar stands under the key figures, as on the sheet.
    String movesNote = w.scope().movesNote();
    for (String p : w.summary()) {
      if (!(w.scope().isRollUp() && p.equals(movesNote))) {
        d.paragraph(p);
      }
    }
    Table key = w.keyFigures();
    if (!key.isEmpty()) {
      keyFigures(d, key);
      if (w.scope().isRollUp() && w.summary().contains(movesNote)) {
        d.note(movesNote);
      }
    }
    if (!w.gapChart().isEmpty()) {
      chart(d, w.gapChart(), GAP_CHART_TITLE, false);
    }
    if (!w.distributionChart().isEmpty()) {
      chart(d, w.distributionChart(), DISTRIBUTION_CHART_TITLE, true);
    }
  }

  /** The figures' names (Antal medarbetare, Kvantitativt mål 2 år …), in twips. */
  static final int FIRST_COLUMN = 2272;
  /** The size of the column headers (the areas', the total's and the förvaltningar's names). */
  static final double HEADER_POINTS = 8.5;
  /** A column never narrower than a signed number of four digits needs. */
  static final int MIN_COLUMN = 900;
  /** Word's cell margins, left and right together (0.19 cm each), and a little room. */
  static final int CELL_MARGINS = 2 * 108 + 40;

  /**
   * The width (twips) a column needs for its header to wrap only between words: its longest word
   * in bold at {@value #HEADER_POINTS} pt, with Calibri's advance taken generously.
   */
  static int columnWidth(String header) {
    int longest = 0;
    for (String word : header.split("\\s+")) {
      longest = Math.max(longest, word.length());
    }
    return Math.max(MIN_COLUMN, (int) Math.ceil(longest * HEADER_POINTS * 0.6 * 20) + CELL_MARGINS);
  }

  /**
   * The key figures turned a quarter: one row per figure, one column per fokusområde, the total
   * and (a roll-up) each förvaltning, so that the figures' long names have room. Every column is
   * as wide as its name's longest word needs, so names wrap between words, never inside one
   * ("Ekonomiskt bistånd", "socialförvaltningen"). When the columns do not fit the text width, the
   * förvaltningar get a table of their own under the organisation's, and a table that is still too
   * wide goes on in the next one.
   */
  static void keyFigures(Docx d, Table key) {
    d.label("Nyckeltal");
    List<List<Integer>> tables = tables(key);
    for (int i = 0; i < tables.size(); i++) {
      List<Integer> columns = tables.get(i);
      if (i > 0) {
        d.label(startsAfterTotal(key, columns) ? "Nyckeltal per förvaltning" : "Nyckeltal (forts.)");
      }
      keyTable(d, key, columns);
    }
    d.note("Kvantitativt mål = hur många fler medarbetare som behövs än i dag. Förflyttningar = hur många "
        + "personer som behöver nå en högre kompetensnivå. Gemensamma yrkeskategorier (till exempel "
        + "sektionschef) redovisas för alla fokusområden tillsammans.");
  }

  private static boolean startsAfterTotal(Table key, List<Integer> columns) {
    int first = columns.get(0);
    return first > 0 && key.rows().get(first - 1).label().endsWith("totalt");
  }

  /**
   * The key rows (the table's columns) of each Word table: all in one if they fit the text width;
   * else the organisation's (up to its total) and the förvaltningar's apart, each split where it
   * grows too wide.
   */
  static List<List<Integer>> tables(Table key) {
    List<Integer> all = new ArrayList<>();
    int total = -1;
    for (int i = 0; i < key.rows().size(); i++) {
      all.add(i);
      if (total < 0 && key.rows().get(i).label().endsWith("totalt")) {
        total = i;
      }
    }
    if (fits(key, all) || total < 0 || total == all.size() - 1) {
      return chunks(key, all);
    }
    List<List<Integer>> out = new ArrayList<>(chunks(key, all.subList(0, total + 1)));
    out.addAll(chunks(key, all.subList(total + 1, all.size())));
    return out;
  }

  private static boolean fits(Table key, List<Integer> columns) {
    int sum = FIRST_COLUMN;
    for (int c : columns) {
      sum += columnWidth(key.rows().get(c).label());
    }
    return sum <= Docx.TEXT_WIDTH;
  }

  private static List<List<Integer>> chunks(Table key, List<Integer> columns) {
    List<List<Integer>> out = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (int c : columns) {
      current.add(c);
      if (current.size() > 1 && !fits(key, current)) {
        current.remove(current.size() - 1);
        out.add(current);
        current = new ArrayList<>(List.of(c));
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /** Widths (twips) of one Word table: the figures' names, then each column as its name needs, the rest of the text width shared. */
  static int[] widths(Table key, List<Integer> columns) {
    int[] widths = new int[columns.size() + 1];
    widths[0] = FIRST_COLUMN;
    int used = FIRST_COLUMN;
    for (int i = 0; i < columns.size(); i++) {
      widths[i + 1] = columnWidth(key.rows().get(columns.get(i)).label());
      used += widths[i + 1];
    }
    int spare = Math.max(0, Docx.TEXT_WIDTH - used) / columns.size();
    for (int i = 1; i < widths.length; i++) {
      widths[i] += spare;
    }
    return widths;
  }

  private static void keyTable(Docx d, Table key, List<Integer> columns) {
    int[] widths = widths(key, columns);
    List<String> headers = new ArrayList<>();
    headers.add("");
    columns.forEach(c -> headers.add(key.rows().get(c).label()));
    XWPFTable t = d.table(headers, widths);
    t.getRow(0).getTableCells().forEach(c -> c.getParagraphs().get(0).getRuns().forEach(r -> r.setFontSize(HEADER_POINTS)));
    for (int f = 1; f < key.headers().size(); f++) {
      List<String> cells = new ArrayList<>();
      cells.add(key.headers().get(f));
      for (int c : columns) {
        TableRow r = key.rows().get(c);
        Double v = f - 1 < r.values().size() ? r.values().get(f - 1) : Double.NaN;
        cells.add(v.isNaN() ? "" : ReportText.signed((int) Math.round(v)));
      }
      d.row(t, widths, cells, false);
    }
  }

  private static void chart(Docx d, Table data, String title, boolean shares) throws Exception {
    d.label("Diagram: " + title);
    XWPFParagraph p = d.doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setKeepNext(true);
    XWPFRun run = p.createRun();
    int rows = data.rows().size();
    int height = Math.max(6, Math.min(15, 2 + rows * 9 / 10));
    XWPFChart chart = d.doc.createChart(run, 16 * Units.EMU_PER_CENTIMETER, height * Units.EMU_PER_CENTIMETER);
    chart.setAutoTitleDeleted(true);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.LEFT);
    cat.setOrientation(AxisOrientation.MAX_MIN);
    cat.setTickLabelPosition(AxisTickLabelPosition.LOW);
    XDDFValueAxis val = chart.createValueAxis(AxisPosition.BOTTOM);
    val.setCrosses(AxisCrosses.AUTO_ZERO);
    if (shares) {
      val.setNumberFormat("0%");
    }
    XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, cat, val);
    bars.setBarDirection(BarDirection.BAR);
    bars.setBarGrouping(shares ? BarGrouping.PERCENT_STACKED : BarGrouping.CLUSTERED);
    bars.setGapWidth(shares ? 60 : 50);
    bars.setVaryColors(false);
    String[] names = data.rows().stream().map(TableRow::label).toArray(String[]::new);
    var labels = XDDFDataSourcesFactory.fromArray(names, chart.formatRange(new CellRangeAddress(1, rows, 0, 0)), 0);
    for (Level l : Level.values()) {
      int col = 1 + l.ordinal();
      Double[] values = new Double[rows];
      for (int i = 0; i < rows; i++) {
        List<Double> v = data.rows().get(i).values();
        values[i] = l.ordinal() < v.size() && !v.get(l.ordinal()).isNaN() ? v.get(l.ordinal()) : 0.0;
      }
      var numbers = XDDFDataSourcesFactory.fromArray(values, chart.formatRange(new CellRangeAddress(1, rows, col, col)), col);
      XDDFChartData.Series s = bars.addSeries(labels, numbers);
      s.setTitle(l.label(), chart.setSheetTitle(l.label(), col));
      s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(LEVEL_COLOURS[l.ordinal()])));
    }
    chart.plot(bars);
    if (shares) {
      // Stacked bars overlap fully; set through the cursor, as the workbook's chart does
      // (poi-ooxml-lite lacks the overlap value's schema type).
      var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
      try (var cursor = bar.getAxIdArray(0).newCursor()) {
        cursor.beginElement(new javax.xml.namespace.QName("http://schemas.openxmlformats.org/drawingml/2006/chart", "overlap", "c"));
        cursor.insertAttributeWithValue("val", "100");
      }
    }
    d.note("Talen kommer från bladet Sammanfattning i arbetsboken. Högerklicka på diagrammet och välj "
        + "Redigera data för att se eller ändra dem.");
  }
}
