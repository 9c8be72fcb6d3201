package se.kompetensgap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.app.Consolidation;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.examples.ExampleLists;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * The whole consolidated workbook of the example folder, run with HR's example lists: the report
 * sheets of issue 4, their charts, and an independent recalculation by LibreOffice.
 */
class ReportSheetsTest {

  @TempDir static Path dir;
  static Path output;
  static XSSFWorkbook wb;

  @BeforeAll
  static void consolidateTheExamples() throws Exception {
    var config = ConfigurationParser.defaults();
    Path in = dir.resolve("inkommande");
    ExampleFolder.write(in, config);
    Path units = dir.resolve("enheter.xlsx");
    Path staff = dir.resolve("personal.xlsx");
    try (var a = ListTemplates.expectedUnits(ExampleLists.expectedUnits()); OutputStream o = Files.newOutputStream(units)) {
      a.write(o);
    }
    try (var b = ListTemplates.headcounts(config, ExampleLists.headcounts()); OutputStream o = Files.newOutputStream(staff)) {
      b.write(o);
    }
    output = dir.resolve("konsoliderad.xlsx");
    Consolidation.run(Consolidation.Request.builder(in, output, config).expectedUnits(units).headcounts(staff).build());
    wb = Sheets.open(output);
    if (System.getenv("KG_DUMP") != null) {
      Files.copy(output, Path.of(System.getenv("KG_DUMP")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void everyFormulaEvaluatesToTheValueTheModelCached() {
    assertTrue(FormulaCheck.count(wb) > 900, "the report sheets are formulas too");
    assertEquals(List.of(), FormulaCheck.mismatches(wb));
  }

  @Test
  void sammanfattningComesFirstThenTheAnalysisThenTheData() {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    assertEquals(List.of("Sammanfattning", "Kompetensgap", "Kompetensmål", "Riskanalys", "Aktivitetsplan", "Inlämning", "Koll",
        "Underlag", "Historik", "Riskbedömningar", "Aktiviteter per enhet", "Kommentarer", "Inläsning"), names);
    assertEquals(0, wb.getActiveSheetIndex());
  }

  @Test
  void keyFiguresOfTheForvaltningEqualTheAnalysisSheetsAndTheText() {
    XSSFSheet s = wb.getSheet(ListContract.SUMMARY_SHEET);
    int total = row(s, 0, "Förvaltningen totalt");
    XSSFSheet gap = wb.getSheet(Contract.GAP_SHEET);
    int gapTotal = Sheets.findRow(gap, GapSheet.COL_CATEGORY, "Förvaltningen totalt", GapSheet.COL_HORIZON, Horizon.TWO_YEARS.label());
    assertEquals(Sheets.number(gap, gapTotal, GapSheet.COL_SUPPLY_TOTAL), Sheets.number(s, total, 1), "head count");
    assertEquals(-Sheets.number(gap, gapTotal, GapSheet.COL_GAP_TOTAL), Sheets.number(s, total, 2), "kvantitativt mål 2 år");
    assertEquals(14, Sheets.number(s, total, 6), "units read");
    assertEquals(0, Sheets.number(s, total, 7), "units rejected");
    String text = allText(s);
    // The numbers the text names are those of the sheets.
    assertTrue(text.contains("totalt " + (int) Sheets.number(s, total, 3) + " kompetensförflyttningar på 2 års sikt och "
        + (int) Sheets.number(s, total, 5) + " på 5 års sikt"), text);
    assertTrue(text.contains("en utökning med " + (int) Sheets.number(s, total, 2) + " personer på 2 års sikt"), text);
    XSSFSheet goals = wb.getSheet(Contract.GOAL_SHEET);
    int mynd = Sheets.findRow(goals, GoalSheet.COL_CATEGORY, "Socialsekreterare myndighet barn och unga", GoalSheet.COL_HORIZON, Horizon.TWO_YEARS.label());
    int moves = (int) Sheets.number(goals, mynd, GoalSheet.COL_MOVES_TOTAL);
    assertEquals(72, moves);
    assertTrue(text.contains("som störst inom yrkeskategorin socialsekreterare myndighet barn och unga, där " + moves + " förflyttningar"), text);
    assertTrue(text.contains("14 enheters kartläggningar av 15 förväntade") && text.contains("1 enhet har inte lämnat in"), text);
  }

  @Test
  void chartsPlotTheGapPerLevelAndTheDistributionFromRangesOnSammanfattning() {
    XSSFSheet s = wb.getSheet(ListContract.SUMMARY_SHEET);
    List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
    assertEquals(2, charts.size());
    List<String> categories = new ArrayList<>();
    ConfigurationParser.defaults().focusAreas().forEach(a -> ConfigurationParser.defaults().ownCategories(a).forEach(c -> categories.add(c.name())));
    ConfigurationParser.defaults().commonCategories().forEach(c -> categories.add(c.name()));
    int gapHeader = row(s, 0, "Diagramdata: kompetensgap per nivå på 2 års sikt (negativt = brist)") + 1;
    assertSeries(s, charts.get(0), gapHeader, categories.size(), "Kompetensgap!");
    int first = gapHeader + 1;
    assertEquals(categories, rangeText(s, first, first + categories.size() - 1));
    // Myndighet barn och unga, seed 002: 62, 2, −58, −14 at 2 år.
    int mynd = first + categories.indexOf("Socialsekreterare myndighet barn och unga");
    assertEquals(List.of(62.0, 2.0, -58.0, -14.0), List.of(Sheets.number(s, mynd, 1), Sheets.number(s, mynd, 2), Sheets.number(s, mynd, 3), Sheets.number(s, mynd, 4)));
    int distHeader = row(s, 0, "Diagramdata: fördelning av tillgång och behov (2 år) per kompetensnivå") + 1;
    assertSeries(s, charts.get(1), distHeader, 8, "Kompetensgap!");
    assertEquals("Ekonomiskt bistånd – tillgång idag", text(s.getRow(distHeader + 1).getCell(0)));
    assertEquals(org.apache.poi.xddf.usermodel.chart.BarGrouping.PERCENT_STACKED,
        ((org.apache.poi.xddf.usermodel.chart.XDDFBarChartData) charts.get(1).getChartSeries().get(0)).getBarGrouping());
  }

  /** Four series, one per level: categories in column A, values in column B–E of the data block. */
  private static void assertSeries(XSSFSheet s, XSSFChart chart, int header, int rows, String valuesFrom) {
    XDDFChartData data = chart.getChartSeries().get(0);
    assertEquals(4, data.getSeriesCount());
    String sheet = "Sammanfattning!";
    for (Level l : Level.values()) {
      XDDFChartData.Series series = data.getSeries(l.ordinal());
      String col = String.valueOf((char) ('B' + l.ordinal()));
      assertEquals(sheet + "$A$" + (header + 2) + ":$A$" + (header + 1 + rows), series.getCategoryData().getDataRangeReference());
      assertEquals(sheet + "$" + col + "$" + (header + 2) + ":$" + col + "$" + (header + 1 + rows), series.getValuesData().getDataRangeReference());
      assertEquals(l.label(), text(s.getRow(header).getCell(1 + l.ordinal())), "series " + l + " is titled by its header");
      Cell v = s.getRow(header + 1).getCell(1 + l.ordinal());
      assertEquals(CellType.FORMULA, v.getCellType());
      assertTrue(v.getCellFormula().contains(valuesFrom), v.getCellFormula());
    }
  }

  @Test
  void riskanalysCountsTheUnitsChoicesAndItsMatrixCountsEveryRatedCategoryOnce() {
    XSSFSheet s = wb.getSheet(ListContract.RISK_SHEET);
    int r = row(s, RiskAnalysisSheet.COL_CATEGORY, "Socialsekreterare myndighet barn och unga");
    Cell serious = s.getRow(r).getCell(RiskAnalysisSheet.COL_OP + 2);
    assertTrue(serious.getCellFormula().startsWith("COUNTIFS(Riskbedomningar[Fokusområde]"), serious.getCellFormula());
    assertEquals(3, serious.getNumericCellValue());
    assertEquals("Allvarlig", text(s.getRow(r).getCell(RiskAnalysisSheet.COL_WORST)));
    assertEquals(9, Sheets.number(s, r, RiskAnalysisSheet.COL_SCORE));
    assertEquals("Hög", text(s.getRow(r).getCell(RiskAnalysisSheet.COL_INDICATOR)));
    int sc = row(s, RiskAnalysisSheet.COL_CATEGORY, "Sektionschef");
    assertEquals(14, Sheets.number(s, sc, RiskAnalysisSheet.COL_OP + 1), "all 14 units rate Sektionschef Mindre allvarlig");
    assertEquals(RiskAnalysisSheet.HIGHER, text(s.getRow(sc).getCell(RiskAnalysisSheet.COL_COMPARE)));
    int matrixHeader = row(s, RiskAnalysisSheet.COL_CATEGORY, "Sannolikhet \\ Risk");
    double sum = 0;
    for (int k = 1; k <= 3; k++) {
      for (int c = 0; c < 3; c++) {
        Cell cell = s.getRow(matrixHeader + k).getCell(RiskAnalysisSheet.COL_OP + 2 * c);
        assertTrue(cell.getCellFormula().startsWith("COUNTIFS(Riskanalys[Allvarligaste risk]"), cell.getCellFormula());
        sum += cell.getNumericCellValue();
      }
    }
    assertEquals(11, sum, "11 categories, each in one cell");
    assertEquals(1, s.getRow(matrixHeader + 1).getCell(RiskAnalysisSheet.COL_OP + 4).getNumericCellValue(), "Hög × Allvarlig: myndighet barn och unga");
    var rules = s.getSheetConditionalFormatting();
    assertTrue(rules.getNumConditionalFormattings() >= 5);
    assertEquals("6", rules.getConditionalFormattingAt(0).getRule(0).getFormula1(), "score 6–9 red");
  }

  @Test
  void aktivitetsplanIsAFilteredTableWithOverdueRowsHighlightedAgainstToday() {
    XSSFSheet s = wb.getSheet(ListContract.ACTIVITY_SHEET);
    XSSFTable t = s.getTables().get(0);
    assertEquals(ListContract.ACTIVITY_TABLE, t.getName());
    assertTrue(t.getCTTable().isSetAutoFilter());
    assertEquals(10, t.getEndRowIndex() - t.getStartRowIndex(), "10 distinct activities");
    String rule = s.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0).getFormula1();
    assertEquals("AND(ISNUMBER($F5),$F5<TODAY(),$H5<>\"Klar\")", rule);
    int ads = row(s, 1, "Attraktiva annonser och god kandidatupplevelse");
    assertEquals("Klar", text(s.getRow(ads).getCell(ActivityPlanSheet.COL_STATUS)));
    List<String> areas = new ArrayList<>();
    for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
      String a = text(s.getRow(r).getCell(0));
      if (areas.isEmpty() || !areas.get(areas.size() - 1).equals(a)) {
        areas.add(a);
      }
    }
    assertEquals(List.of("Attrahera", "Rekrytera", "Introducera", "Utveckla och motivera", "Avveckla"), areas, "grouped by area");
  }

  @Test
  void kollFlagsTheCategoryTheMappingsCoverPoorly() {
    XSSFSheet s = wb.getSheet(ListContract.HEADCOUNT_CHECK_SHEET);
    int r = row(s, 0, "Socialsekreterare myndighet vuxna");
    assertEquals(77, Sheets.number(s, r, 1));
    assertEquals(89, Sheets.number(s, r, 2));
    assertEquals(77.0 / 89, Sheets.number(s, r, 3), 1e-12);
    assertEquals("Enligt Koll finns 89 anställda; kartläggningen omfattar 77.", text(s.getRow(r).getCell(4)));
    int ok = row(s, 0, "Socialsekreterare ekonomiskt bistånd");
    assertEquals("", text(s.getRow(ok).getCell(4)), "133 of 138 is above 90 %");
  }

  @Test
  void inlamningShowsTheMissingUnit() {
    XSSFSheet s = wb.getSheet(ListContract.SUBMISSION_SHEET);
    int r = row(s, 2, ExampleLists.MISSING_UNIT);
    assertEquals("Saknas", text(s.getRow(r).getCell(SubmissionSheet.COL_STATUS)));
    int vuxna = row(s, 0, "Vuxna", row(s, 0, "Fullständighet per fokusområde"));
    assertEquals(5, Sheets.number(s, vuxna, 1));
    assertEquals(4, Sheets.number(s, vuxna, 2));
    assertEquals(0.8, Sheets.number(s, vuxna, 5), 1e-12);
  }

  @Test
  void libreOfficeRecalculatesTheWholeWorkbookToTheSameValuesWithoutErrors(@TempDir Path out) throws Exception {
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) saknas: den oberoende omräkningen hoppas över");
    Path recalculated = LibreOffice.recalculate(output, Files.createDirectories(out.resolve("lo")));
    assertEquals(List.of(), LibreOffice.compare(output, recalculated, 1e-9));
    var values = LibreOffice.formulaValues(recalculated);
    assertTrue(values.size() > 900);
    assertTrue(values.values().stream().noneMatch(v -> v instanceof LibreOffice.CellError), "no formula errors");
  }

  @Test
  void libreOfficePrintsTheChartPages(@TempDir Path out) throws Exception {
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) saknas: PDF-utskriften hoppas över");
    Path pdf = LibreOffice.toPdf(output, out);
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "pdftotext saknas");
    Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    p.waitFor();
    String[] pages = text.split("\f");
    int gapPage = page(pages, "Kompetensgap per nivå och yrkeskategori");
    // pdftotext also lists text of a drawing clipped at the page's edge, so take the last page.
    int distPage = lastPage(pages, "Fördelning av tillgång idag och behov om 2 år");
    assertTrue(gapPage >= 1 && distPage > gapPage, "chart pages after the text page: " + gapPage + ", " + distPage);
    assertTrue(pages[gapPage].contains("Socialsekreterare myndighet barn och unga"), "the chart's category axis is drawn");
    assertTrue(pages[0].contains("Kompetensförsörjning 2026") && pages[0].contains("Nyckeltal"));
  }

  private static int lastPage(String[] pages, String needle) {
    for (int i = pages.length - 1; i >= 0; i--) {
      if (pages[i].contains(needle)) {
        return i;
      }
    }
    return -1;
  }

  private static int page(String[] pages, String needle) {
    for (int i = 0; i < pages.length; i++) {
      if (pages[i].contains(needle)) {
        return i;
      }
    }
    return -1;
  }

  /** The text of a cell, also the cached text of a formula. */
  static String text(Cell c) {
    if (c == null) {
      return "";
    }
    CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    return t == CellType.STRING ? c.getStringCellValue() : "";
  }

  static int row(XSSFSheet s, int col, String text) {
    return row(s, col, text, 0);
  }

  static int row(XSSFSheet s, int col, String text, int from) {
    for (Row r : s) {
      if (r.getRowNum() >= from && r.getCell(col) != null && text(r.getCell(col)).equals(text)) {
        return r.getRowNum();
      }
    }
    throw new AssertionError("no row with " + text + " in " + s.getSheetName());
  }

  static List<String> rangeText(XSSFSheet s, int first, int last) {
    List<String> out = new ArrayList<>();
    for (int r = first; r <= last; r++) {
      out.add(text(s.getRow(r).getCell(0)));
    }
    return out;
  }

  static String allText(XSSFSheet s) {
    StringBuilder b = new StringBuilder();
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING) {
          b.append(c.getStringCellValue()).append('\n');
        }
      }
    }
    return b.toString();
  }

  static final Pattern NUMBER = Pattern.compile("\\d+");

  static List<Integer> numbers(String s) {
    List<Integer> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      out.add(Integer.parseInt(m.group()));
    }
    return out;
  }
}
