package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.FollowUp;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapLine;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.analysis.RiskAnalysis;
import se.kompetensgap.analysis.RiskComment;
import se.kompetensgap.validation.UpwardVersion;
import se.kompetensgap.analysis.RiskLevel;
import se.kompetensgap.analysis.RiskLine;
import se.kompetensgap.analysis.Thresholds;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * Riskanalys (SPEC §6, seed 002 "Riskanalys"): per category how many units chose each
 * consequence and likelihood, the most serious rating, a worst-case likelihood × consequence
 * score in traffic-light colours, a gap-based indicator beside it, a 3×3 matrix counting the
 * categories per cell, and the managers' comments with their unit. Counts are COUNTIFS over the
 * table Riskbedomningar; the indicator reads the category's 2 år row of Kompetensgap.
 */
final class RiskAnalysisSheet {
  private RiskAnalysisSheet() {}

  static final int HEADER_ROW = 4;
  static final int COL_AREA = 0;
  static final int COL_CATEGORY = 1;
  static final int COL_OP = 2;
  static final int COL_OP_L = 5;
  static final int COL_WE = 8;
  static final int COL_WE_L = 11;
  static final int COL_WORST = 14;
  static final int COL_LIKELY = 15;
  static final int COL_SCORE = 16;
  static final int COL_JUDGEMENT = 17;
  static final int COL_SHARE = 18;
  static final int COL_INDICATOR = 19;
  static final int COL_FRAGILE = 20;
  static final int COL_COMPARE = 21;
  /** With last year's workbook (issue 13 §4): its worst risk and score beside this year's, and the change. */
  static final int COL_LAST_WORST = 22;
  static final int COL_LAST_SCORE = 23;
  static final int COL_CHANGE = 24;
  static final String LAST_WORST = "Förra året: allvarligaste risk";
  static final String LAST_SCORE = "Förra året: poäng";
  static final String CHANGE = "Förändring mot förra året";

  /** Last year's risk analysis, from last year's consolidated workbook. */
  record Previous(int year, RiskAnalysis.Result risks) {}

  static final String WORST = "Allvarligaste risk";
  static final String LIKELY = "Högsta sannolikhet";
  static final String SCORE = "Poäng";
  static final String JUDGEMENT = "Chefernas bedömning";
  static final String SHARE = "Brist hög+ av behov";
  static final String INDICATOR = "Gapindikator";
  static final String FRAGILE = "Sårbar";
  static final String COMPARE = "Jämförelse";
  static final String HIGHER = "Talen visar högre risk";
  static final String LOWER = "Talen visar lägre risk";
  static final String AGREE = "Stämmer";

  /** Where the matrix landed, for tests: first row of the 3 likelihood rows, first consequence column. */
  record Layout(int firstDataRow, int lastDataRow, int matrixRow, int matrixCol, List<RiskLine> lines) {}

  static List<String> headers(boolean withPrevious) {
    List<String> h = new ArrayList<>(headers());
    if (withPrevious) {
      h.addAll(List.of(LAST_WORST, LAST_SCORE, CHANGE));
    }
    return h;
  }

  static List<String> headers() {
    List<String> h = new ArrayList<>(List.of(Contract.FOCUS_AREA, Contract.CATEGORY));
    for (String dim : List.of("Verksamhet", "Arbetsmiljö")) {
      for (Consequence c : Consequence.values()) {
        h.add(dim + " " + c.label().toLowerCase(Locale.ROOT));
      }
      for (Likelihood l : Likelihood.values()) {
        h.add(dim + " " + l.label().toLowerCase(Locale.ROOT));
      }
    }
    h.addAll(List.of(WORST, LIKELY, SCORE, JUDGEMENT, SHARE, INDICATOR, FRAGILE, COMPARE));
    return h;
  }

  static Layout write(XSSFWorkbook wb, Styles styles, GapReport gaps, GapSheet.Layout gapLayout, RiskAnalysis.Result risks, Thresholds t,
      StreamedRows later) {
    return write(wb, styles, gaps, gapLayout, risks, t, java.util.Optional.empty(), later);
  }

  static Layout write(XSSFWorkbook wb, Styles styles, GapReport gaps, GapSheet.Layout gapLayout, RiskAnalysis.Result risks, Thresholds t,
      java.util.Optional<Previous> previous, StreamedRows later) {
    XSSFSheet sheet = wb.createSheet(ListContract.RISK_SHEET);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, "Riskanalys " + gaps.year() + (gaps.administration().isBlank() ? "" : " – " + gaps.administration()), styles.title());
    cells.text(1, 0, "Antal enheter som valt varje konsekvens och sannolikhet. Poäng = allvarligaste risk × högsta sannolikhet som någon enhet angett (1–9).", styles.subtitle());
    cells.text(2, 0, String.format(Locale.ROOT,
        "Gapindikator = brist på hög och mycket hög nivå som andel av behovet på 2 års sikt: Medel från %d %%, Hög från %d %%. Sårbar = högst %d person(er) på hög nivå eller högre. Gränserna står i konfigurationen.",
        Math.round(t.indicatorMedium() * 100), Math.round(t.indicatorHigh() * 100), t.singlePointMax()), styles.note());
    List<String> headers = headers(previous.isPresent());
    previous.ifPresent(p -> group(cells, styles, COL_LAST_WORST, COL_CHANGE, "Jämfört med " + p.year()));
    group(cells, styles, COL_OP, COL_OP + 2, Contract.RISK_OPERATIONAL);
    group(cells, styles, COL_OP_L, COL_OP_L + 2, Contract.LIKELIHOOD_OPERATIONAL);
    group(cells, styles, COL_WE, COL_WE + 2, Contract.RISK_WORK_ENVIRONMENT);
    group(cells, styles, COL_WE_L, COL_WE_L + 2, Contract.LIKELIHOOD_WORK_ENVIRONMENT);
    group(cells, styles, COL_WORST, COL_JUDGEMENT, "Chefernas bedömning (sammantaget)");
    group(cells, styles, COL_SHARE, COL_COMPARE, "Enligt kompetensgapet (2 år)");
    cells.text(HEADER_ROW - 1, COL_AREA, "", styles.groupHeader());
    cells.text(HEADER_ROW - 1, COL_CATEGORY, "", styles.groupHeader());
    for (int c = 0; c < headers.size(); c++) {
      // The sub-headers show the value only; the table's column names carry the dimension.
      cells.text(HEADER_ROW, c, headers.get(c), styles.header());
    }
    sheet.getRow(HEADER_ROW).setHeightInPoints(60);

    List<RiskLine> lines = risks.lines();
    int first = HEADER_ROW + 1;
    int row = first;
    XSSFCellStyle count = styles.body(Styles.Format.INTEGER);
    XSSFCellStyle text = styles.body(Styles.Format.TEXT);
    XSSFCellStyle percent = styles.body(Styles.Format.PERCENT);
    for (RiskLine l : lines) {
      int r = row++;
      writeLine(cells, styles, gaps, gapLayout, l, t, r, count, text, percent);
      previous.ifPresent(p -> lastYear(cells, l, p, r, count, text));
    }
    int last = Math.max(row - 1, first);
    if (lines.isEmpty()) {
      cells.cell(first, 0);
    }
    ReportCells.table(sheet, ListContract.RISK_TABLE, HEADER_ROW, last, 0, headers.size() - 1);
    formatting(sheet, first, last);
    if (previous.isPresent()) {
      // Seed 000 §4: "Riskanalysen 2018 skiljer sig inte från riskanalysen 2017".
      cells.text(last + 1, COL_AREA, FollowUp.riskSentence(gaps.year(), previous.get().year(), lines, previous.get().risks()), styles.subtitle());
      CellRangeAddress change = new CellRangeAddress(first, last, COL_CHANGE, COL_CHANGE);
      ConditionalFormats.whenFormula(sheet, change, Cells.absCol(first, COL_CHANGE) + "=" + Cells.literal(FollowUp.HIGHER),
          ConditionalFormats.RED_FILL, ConditionalFormats.RED_TEXT);
      ConditionalFormats.whenFormula(sheet, change, Cells.absCol(first, COL_CHANGE) + "=" + Cells.literal(FollowUp.LOWER),
          ConditionalFormats.GREEN_FILL, ConditionalFormats.GREEN_TEXT);
    }

    int matrixTop = last + 3;
    int matrixCol = matrix(cells, styles, wb, lines, matrixTop);
    int commentsTop = matrixTop + 7;
    // The comments grow with the units (free text): the last block, so streamed.
    later.later(sheet, commentsTop, out -> comments(out, styles, risks.assessments(), commentsTop));

    sheet.createFreezePane(2, HEADER_ROW + 1);
    sheet.setColumnWidth(COL_AREA, 26 * 256);
    sheet.setColumnWidth(COL_CATEGORY, 38 * 256);
    for (int c = COL_OP; c < COL_WORST; c++) {
      sheet.setColumnWidth(c, 11 * 256);
    }
    int[] tail = {16, 12, 8, 12, 11, 13, 8, 22, 16, 10, 14};
    for (int k = 0; k < tail.length; k++) {
      sheet.setColumnWidth(COL_WORST + k, tail[k] * 256);
    }
    Print.landscape(sheet, HEADER_ROW);
    return new Layout(first, last, matrixTop + 2, matrixCol, lines);
  }

  private static void group(Cells cells, Styles styles, int from, int to, String label) {
    for (int c = from; c <= to; c++) {
      cells.text(HEADER_ROW - 1, c, c == from ? label : "", styles.groupHeader());
    }
    cells.sheet().addMergedRegion(new CellRangeAddress(HEADER_ROW - 1, HEADER_ROW - 1, from, to));
  }

  private static void writeLine(Cells cells, Styles styles, GapReport gaps, GapSheet.Layout gapLayout, RiskLine l,
      Thresholds t, int row, XSSFCellStyle count, XSSFCellStyle text, XSSFCellStyle percent) {
    String area = l.area().map(a -> a.name()).orElse(GapAnalysis.ALL_AREAS);
    cells.text(row, COL_AREA, area, text);
    cells.text(row, COL_CATEGORY, l.category().name(), text);
    String where = (l.area().isPresent()
        ? col(Contract.FOCUS_AREA) + "," + Cells.absCol(row, COL_AREA) + ","
        : "") + col(Contract.CATEGORY) + "," + Cells.absCol(row, COL_CATEGORY);
    for (Consequence c : Consequence.values()) {
      countCell(cells, row, COL_OP + c.ordinal(), where, Contract.RISK_OPERATIONAL, c.label(), l.operational().get(c), count);
      countCell(cells, row, COL_WE + c.ordinal(), where, Contract.RISK_WORK_ENVIRONMENT, c.label(), l.workEnvironment().get(c), count);
    }
    for (Likelihood k : Likelihood.values()) {
      countCell(cells, row, COL_OP_L + k.ordinal(), where, Contract.LIKELIHOOD_OPERATIONAL, k.label(), l.operationalLikelihood().get(k), count);
      countCell(cells, row, COL_WE_L + k.ordinal(), where, Contract.LIKELIHOOD_WORK_ENVIRONMENT, k.label(), l.workEnvironmentLikelihood().get(k), count);
    }
    String worst = "IF(" + both(row, COL_OP, COL_WE, 2) + ">0," + Cells.literal(Consequence.SERIOUS.label())
        + ",IF(" + both(row, COL_OP, COL_WE, 1) + ">0," + Cells.literal(Consequence.LESS_SERIOUS.label())
        + ",IF(" + both(row, COL_OP, COL_WE, 0) + ">0," + Cells.literal(Consequence.NOT_SERIOUS.label()) + ",\"\")))";
    ReportCells.textFormula(cells, row, COL_WORST, worst, l.mostSerious().map(Consequence::label).orElse(""), text);
    String likely = "IF(" + both(row, COL_OP_L, COL_WE_L, 2) + ">0," + Cells.literal(Likelihood.HIGH.label())
        + ",IF(" + both(row, COL_OP_L, COL_WE_L, 1) + ">0," + Cells.literal(Likelihood.MEDIUM.label())
        + ",IF(" + both(row, COL_OP_L, COL_WE_L, 0) + ">0," + Cells.literal(Likelihood.LOW.label()) + ",\"\")))";
    ReportCells.textFormula(cells, row, COL_LIKELY, likely, l.highestLikelihood().map(Likelihood::label).orElse(""), text);
    String w = Cells.ref(row, COL_WORST);
    String p = Cells.ref(row, COL_LIKELY);
    String score = "IF(" + w + "=" + Cells.literal(Consequence.SERIOUS.label()) + ",3,IF(" + w + "="
        + Cells.literal(Consequence.LESS_SERIOUS.label()) + ",2,IF(" + w + "=" + Cells.literal(Consequence.NOT_SERIOUS.label())
        + ",1,0)))*IF(" + p + "=" + Cells.literal(Likelihood.HIGH.label()) + ",3,IF(" + p + "="
        + Cells.literal(Likelihood.MEDIUM.label()) + ",2,IF(" + p + "=" + Cells.literal(Likelihood.LOW.label()) + ",1,0)))";
    XSSFCellStyle centred = styles.body(Styles.Format.INTEGER);
    cells.formula(row, COL_SCORE, score, l.score(), centred);
    String s = Cells.ref(row, COL_SCORE);
    ReportCells.textFormula(cells, row, COL_JUDGEMENT,
        "IF(" + s + "=0,\"\",IF(" + s + ">=6," + Cells.literal(RiskLevel.HIGH.label()) + ",IF(" + s + ">=3,"
            + Cells.literal(RiskLevel.MEDIUM.label()) + "," + Cells.literal(RiskLevel.LOW.label()) + ")))",
        l.judgement().map(RiskLevel::label).orElse(""), text);

    OptionalInt gapRow = gapRow(gaps, gapLayout, l);
    if (gapRow.isEmpty()) {
      cells.text(row, COL_SHARE, "", percent);
      cells.text(row, COL_INDICATOR, "", text);
      cells.text(row, COL_FRAGILE, "", text);
      cells.text(row, COL_COMPARE, "", text);
      return;
    }
    int g = gapRow.getAsInt();
    String need = gap(g, GapSheet.COL_DEMAND_TOTAL);
    cells.formula(row, COL_SHARE,
        "IF(" + need + "=0,\"\",(MAX(0,-" + gap(g, GapSheet.COL_GAP + Level.HOG.ordinal()) + ")+MAX(0,-"
            + gap(g, GapSheet.COL_GAP + Level.MYCKET_HOG.ordinal()) + "))/" + need + ")",
        l.shortareShareOrEmpty(), percent);
    String sh = Cells.ref(row, COL_SHARE);
    String indicatorText = l.shortageShare().isPresent() ? l.indicator().label() : "";
    ReportCells.textFormula(cells, row, COL_INDICATOR,
        "IF(" + sh + "=\"\",\"\",IF(" + sh + ">=" + num(t.indicatorHigh()) + "," + Cells.literal(RiskLevel.HIGH.label())
            + ",IF(" + sh + ">=" + num(t.indicatorMedium()) + "," + Cells.literal(RiskLevel.MEDIUM.label()) + ","
            + Cells.literal(RiskLevel.LOW.label()) + ")))",
        indicatorText, text);
    ReportCells.textFormula(cells, row, COL_FRAGILE,
        "IF(AND(" + gap(g, GapSheet.COL_SUPPLY + 2) + "+" + gap(g, GapSheet.COL_SUPPLY + 3) + "<=" + t.singlePointMax()
            + "," + gap(g, GapSheet.COL_DEMAND + 2) + "+" + gap(g, GapSheet.COL_DEMAND + 3) + ">0),\"Ja\",\"Nej\")",
        l.singlePointOfFailure() ? "Ja" : "Nej", text);
    String j = Cells.ref(row, COL_JUDGEMENT);
    String i = Cells.ref(row, COL_INDICATOR);
    ReportCells.textFormula(cells, row, COL_COMPARE,
        "IF(OR(" + j + "=\"\"," + i + "=\"\"),\"\",IF(" + i + "=" + j + "," + Cells.literal(AGREE) + ",IF(OR(" + i + "="
            + Cells.literal(RiskLevel.HIGH.label()) + ",AND(" + i + "=" + Cells.literal(RiskLevel.MEDIUM.label()) + "," + j
            + "=" + Cells.literal(RiskLevel.LOW.label()) + "))," + Cells.literal(HIGHER) + "," + Cells.literal(LOWER) + ")))",
        comparison(l, indicatorText), text);
  }

  /** Last year's worst risk and score (data from last year's workbook) and the change, a formula over the two scores. */
  private static void lastYear(Cells cells, RiskLine l, Previous p, int row, XSSFCellStyle count, XSSFCellStyle text) {
    java.util.Optional<RiskLine> last = FollowUp.lastYear(p.risks(), l);
    int lastScore = last.map(RiskLine::score).orElse(0);
    cells.text(row, COL_LAST_WORST, last.flatMap(RiskLine::mostSerious).map(Consequence::label).orElse(""), text);
    if (lastScore == 0) {
      cells.text(row, COL_LAST_SCORE, "", count);
    } else {
      cells.number(row, COL_LAST_SCORE, lastScore, count);
    }
    String now = Cells.ref(row, COL_SCORE);
    String before = Cells.ref(row, COL_LAST_SCORE);
    ReportCells.textFormula(cells, row, COL_CHANGE,
        "IF(OR(" + now + "=0,NOT(ISNUMBER(" + before + "))),\"\",IF(" + now + ">" + before + "," + Cells.literal(FollowUp.HIGHER)
            + ",IF(" + now + "<" + before + "," + Cells.literal(FollowUp.LOWER) + "," + Cells.literal(FollowUp.SAME) + ")))",
        FollowUp.change(l.score(), lastScore), text);
  }

  static String comparison(RiskLine l, String indicatorText) {
    if (l.judgement().isEmpty() || indicatorText.isEmpty()) {
      return "";
    }
    int d = l.indicator().ordinal() - l.judgement().get().ordinal();
    return d == 0 ? AGREE : d > 0 ? HIGHER : LOWER;
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String gap(int row, int col) {
    return Cells.ref(Contract.GAP_SHEET, row, col);
  }

  private static String both(int row, int opCol, int weCol, int k) {
    return Cells.ref(row, opCol + k) + "+" + Cells.ref(row, weCol + k);
  }

  private static OptionalInt gapRow(GapReport gaps, GapSheet.Layout layout, RiskLine l) {
    List<GapLine> all = gaps.lines();
    for (int i = 0; i < all.size(); i++) {
      GapLine g = all.get(i);
      if (g.kind().isCategory() && g.category().equals(Optional.of(l.category())) && g.area().equals(l.area())) {
        return OptionalInt.of(layout.row(i, Horizon.TWO_YEARS));
      }
    }
    return OptionalInt.empty();
  }

  private static String col(String header) {
    return Cells.column(ListContract.ASSESSMENT_TABLE, header);
  }

  private static void countCell(Cells cells, int row, int c, String where, String header, String value, int cached, XSSFCellStyle style) {
    cells.formula(row, c, "COUNTIFS(" + where + "," + col(header) + "," + Cells.literal(value) + ")", cached, style);
  }

  /** Score traffic light (6–9 red, 3–4 yellow, 1–2 green) and the comparison flagged. */
  private static void formatting(XSSFSheet sheet, int first, int last) {
    var cf = sheet.getSheetConditionalFormatting();
    CellRangeAddress[] score = {new CellRangeAddress(first, last, COL_SCORE, COL_SCORE)};
    var red = cf.createConditionalFormattingRule(ComparisonOperator.GE, "6");
    ConditionalFormats.colour(red, ConditionalFormats.RED_FILL, ConditionalFormats.RED_TEXT);
    var yellow = cf.createConditionalFormattingRule(ComparisonOperator.BETWEEN, "3", "5");
    ConditionalFormats.colour(yellow, ConditionalFormats.YELLOW_FILL, ConditionalFormats.YELLOW_TEXT);
    var green = cf.createConditionalFormattingRule(ComparisonOperator.BETWEEN, "1", "2");
    ConditionalFormats.colour(green, ConditionalFormats.GREEN_FILL, ConditionalFormats.GREEN_TEXT);
    cf.addConditionalFormatting(score, new org.apache.poi.ss.usermodel.ConditionalFormattingRule[] {red, yellow, green});
    for (int c : new int[] {COL_JUDGEMENT, COL_INDICATOR}) {
      CellRangeAddress r = new CellRangeAddress(first, last, c, c);
      String ref = Cells.absCol(first, c);
      ConditionalFormats.whenFormula(sheet, r, ref + "=\"Hög\"", ConditionalFormats.RED_FILL, ConditionalFormats.RED_TEXT);
      ConditionalFormats.whenFormula(sheet, r, ref + "=\"Medel\"", ConditionalFormats.YELLOW_FILL, ConditionalFormats.YELLOW_TEXT);
      ConditionalFormats.whenFormula(sheet, r, ref + "=\"Låg\"", ConditionalFormats.GREEN_FILL, ConditionalFormats.GREEN_TEXT);
    }
    CellRangeAddress cmp = new CellRangeAddress(first, last, COL_COMPARE, COL_COMPARE);
    ConditionalFormats.whenFormula(sheet, cmp, Cells.absCol(first, COL_COMPARE) + "=" + Cells.literal(HIGHER),
        ConditionalFormats.YELLOW_FILL, ConditionalFormats.YELLOW_TEXT);
    CellRangeAddress frag = new CellRangeAddress(first, last, COL_FRAGILE, COL_FRAGILE);
    ConditionalFormats.whenFormula(sheet, frag, Cells.absCol(first, COL_FRAGILE) + "=\"Ja\"",
        ConditionalFormats.YELLOW_FILL, ConditionalFormats.YELLOW_TEXT);
  }

  /**
   * The 3×3 matrix: likelihood Hög/Medel/Låg downwards, consequence Inte allvarlig → Allvarlig
   * across; each cell counts the categories whose worst case falls there. Fixed colours, as a
   * risk matrix is printed.
   */
  private static int matrix(Cells cells, Styles styles, XSSFWorkbook wb, List<RiskLine> lines, int top) {
    int c0 = COL_CATEGORY;
    cells.text(top, COL_AREA, "Riskmatris: antal yrkeskategorier efter allvarligaste risk och högsta sannolikhet", styles.subtitle());
    int hdr = top + 1;
    cells.text(hdr, c0, "Sannolikhet \\ Risk", styles.header());
    for (Consequence c : Consequence.values()) {
      cells.sheet().addMergedRegion(new CellRangeAddress(hdr, hdr, c0 + 1 + c.ordinal() * 2, c0 + 2 + c.ordinal() * 2));
    }
    // Each consequence column spans two narrow sheet columns, so the labels fit.
    for (Consequence c : Consequence.values()) {
      cells.text(hdr, c0 + 1 + c.ordinal() * 2, c.label(), styles.header());
      cells.text(hdr, c0 + 2 + c.ordinal() * 2, "", styles.header());
    }
    XSSFCellStyle[] fills = {fill(wb, ConditionalFormats.GREEN_FILL), fill(wb, ConditionalFormats.YELLOW_FILL), fill(wb, ConditionalFormats.RED_FILL)};
    Likelihood[] down = {Likelihood.HIGH, Likelihood.MEDIUM, Likelihood.LOW};
    for (int k = 0; k < 3; k++) {
      int r = hdr + 1 + k;
      Likelihood l = down[k];
      cells.text(r, c0, l.label(), styles.header());
      for (Consequence c : Consequence.values()) {
        int col = c0 + 1 + c.ordinal() * 2;
        int n = (int) lines.stream().filter(x -> x.mostSerious().equals(Optional.of(c)) && x.highestLikelihood().equals(Optional.of(l))).count();
        XSSFCellStyle style = fills[RiskLevel.ofScore(c.score() * l.score()).ordinal()];
        cells.formula(r, col,
            "COUNTIFS(" + Cells.column(ListContract.RISK_TABLE, WORST) + "," + Cells.literal(c.label()) + ","
                + Cells.column(ListContract.RISK_TABLE, LIKELY) + "," + Cells.absCol(r, c0) + ")",
            n, style);
        cells.text(r, col + 1, "", style);
        cells.sheet().addMergedRegionUnsafe(new CellRangeAddress(r, r, col, col + 1)); // rows written once each: disjoint
      }
      cells.sheet().getRow(r).setHeightInPoints(24);
    }
    return c0 + 1;
  }

  private static XSSFCellStyle fill(XSSFWorkbook wb, byte[] argb) {
    XSSFCellStyle s = wb.createCellStyle();
    s.setFillForegroundColor(new XSSFColor(argb, null));
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    s.setAlignment(HorizontalAlignment.CENTER);
    s.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
    var f = wb.createFont();
    f.setBold(true);
    f.setFontHeightInPoints((short) 12);
    s.setFont(f);
    return s;
  }

  /** The managers' comments with their unit, as a readable list (the table is Riskbedömningar). */
  private static void comments(RowWriter out, Styles styles, List<RiskComment> all, int top) {
    out.text(top, COL_AREA, "Chefernas kommentarer till riskbedömningen", styles.subtitle());
    int hdr = top + 1;
    // The upward version (--utan-enheter) has no units: each comment is shown with its avdelning.
    boolean upward = !all.isEmpty() && all.stream().allMatch(rc -> rc.unit().unit().equals(UpwardVersion.ALL_UNITS));
    out.text(hdr, COL_AREA, upward ? Contract.DEPARTMENT : Contract.UNIT, styles.header());
    out.text(hdr, COL_CATEGORY, Contract.CATEGORY, styles.header());
    for (int c = COL_OP; c <= COL_COMPARE; c++) {
      out.text(hdr, c, c == COL_OP ? Contract.COMMENT : "", styles.header());
    }
    out.sheet().addMergedRegion(new CellRangeAddress(hdr, hdr, COL_OP, COL_COMPARE));
    int r = hdr + 1;
    XSSFCellStyle wrapped = styles.body(Styles.Format.WRAPPED);
    // The same comment from several units (a shared text, a roll-up of many units) is shown
    // once, with its units: readable at 1,500 units, and one shared string instead of thousands.
    java.util.Map<java.util.List<String>, java.util.List<String>> unitsByComment = new java.util.LinkedHashMap<>();
    // A roll-up across förvaltningar names each unit with its förvaltning: two "Norr" are two units.
    boolean severalAdministrations = all.stream().map(rc -> rc.unit().administration()).distinct().count() > 1;
    for (RiskComment rc : all) {
      String comment = rc.assessment().comment();
      if (!comment.isEmpty()) {
        String unit = upward ? rc.unit().department() : rc.unit().unit();
        unitsByComment
            .computeIfAbsent(java.util.List.of(rc.assessment().category().name(), comment), k -> new java.util.ArrayList<>())
            .add(severalAdministrations && !rc.unit().administration().isBlank() ? rc.unit().administration() + ": " + unit : unit);
      }
    }
    for (var e : unitsByComment.entrySet()) {
      String units = Labels.unitList(e.getValue(), 8);
      String comment = e.getKey().get(1);
      out.text(r, COL_AREA, units, wrapped);
      out.text(r, COL_CATEGORY, e.getKey().get(0), wrapped);
      out.textAcross(r, COL_OP, COL_COMPARE, comment, wrapped); // merged below
      for (int c = COL_OP + 1; c <= COL_COMPARE; c++) {
        out.text(r, c, "", wrapped);
      }
      out.sheet().addMergedRegionUnsafe(new CellRangeAddress(r, r, COL_OP, COL_COMPARE)); // rows written once each: disjoint
      int lines = Math.max((units.length() + 24) / 25, (comment.length() + 199) / 200);
      // Never below what the wrapped cells already need (the category name in its column).
      out.row(r).setHeightInPoints(Math.max(out.row(r).getHeightInPoints(), 15f * Math.max(1, lines)));
      r++;
    }
  }
}
