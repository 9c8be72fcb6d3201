package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.Docs;
import se.kompetensgap.testing.OoxmlValidator;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.testing.UnitWorkbooks;
import se.kompetensgap.text.Contract;

/**
 * Issue 13 §1: the report gets "Utveckling över tid" when the workbook's Historik holds more than
 * one year. Two chained years of HistoryChainTest's generated folders (2026 has one more at Mycket
 * hög in most rows and 61 more at God in one); the report's table equals Historik's sums per year.
 */
class ReportHistoryTest {

  static final String HEADING = "Utveckling över tid";

  @TempDir static Path dir;
  static Path oneYear;
  static Path twoYears;
  static Path oneYearReport;
  static Path twoYearsReport;

  @BeforeAll
  static void twoYearsReported() throws Exception {
    Path previous = null;
    for (int year = 2025; year <= 2026; year++) {
      Path out = HistoryChainTest.consolidate(dir, year, previous, false);
      previous = out;
    }
    oneYear = dir.resolve("konsoliderad-2025.xlsx");
    twoYears = dir.resolve("konsoliderad-2026.xlsx");
    oneYearReport = dir.resolve("rapport-2025.docx");
    twoYearsReport = dir.resolve("rapport-2026.docx");
    var run = Seed2017FulfilmentTest.main("rapport", oneYear.toString(), "-o", oneYearReport.toString());
    assertEquals(0, run.code(), run.err());
    run = Seed2017FulfilmentTest.main("rapport", twoYears.toString(), "-o", twoYearsReport.toString());
    assertEquals(0, run.code(), run.err());
    // -Dkompetensgap.keep=DIR keeps the two-year report to look at (e.g. as PDF with soffice).
    String keep = System.getProperty("kompetensgap.keep");
    if (keep != null) {
      java.nio.file.Files.createDirectories(Path.of(keep));
      java.nio.file.Files.copy(twoYearsReport, Path.of(keep).resolve(twoYearsReport.getFileName()),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Historik's sums, read from the sheet: category (and "Totalt") → year → {total, Hög + Mycket hög}. */
  static Map<String, Map<Integer, int[]>> historySums(Path workbook) throws Exception {
    Map<String, Map<Integer, int[]>> out = new LinkedHashMap<>();
    try (XSSFWorkbook wb = Sheets.open(workbook)) {
      XSSFSheet sheet = wb.getSheet(Contract.HISTORY_SHEET);
      Map<String, Integer> cols = HistoryChainTest.columns(wb);
      var table = wb.getTable(Contract.HISTORY_TABLE);
      for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
        if (sheet.getRow(r) == null || sheet.getRow(r).getCell(cols.get(Contract.CATEGORY)) == null) {
          continue;
        }
        String category = sheet.getRow(r).getCell(cols.get(Contract.CATEGORY)).getStringCellValue();
        if (category.isBlank()) {
          continue;
        }
        int year = (int) HistoryChainTest.number(sheet, r, cols.get(Contract.YEAR));
        int total = 0;
        for (Level l : Level.values()) {
          total += (int) HistoryChainTest.number(sheet, r, cols.get(Contract.supplyHeader(l)));
        }
        int high = (int) HistoryChainTest.number(sheet, r, cols.get(Contract.supplyHeader(Level.HOG)))
            + (int) HistoryChainTest.number(sheet, r, cols.get(Contract.supplyHeader(Level.MYCKET_HOG)));
        for (String key : List.of(category, "Totalt")) {
          int[] v = out.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(year, k -> new int[2]);
          v[0] += total;
          v[1] += high;
        }
      }
    }
    return out;
  }

  @Test
  void aHistoryOfTwoYearsGivesTheSectionAfterKompetensmal() throws Exception {
    try (XWPFDocument doc = Docs.open(twoYearsReport)) {
      List<String> headings = Docs.styled(doc, "Heading1");
      assertTrue(headings.contains(HEADING), headings.toString());
      assertEquals(headings.indexOf("Kompetensmål") + 1, headings.indexOf(HEADING), headings.toString());
      String text = Docs.text(doc);
      assertTrue(text.contains("Tabellen visar tillgången per yrkeskategori och år"), text);
      assertTrue(text.contains("för åren 2025 och 2026."), text);
    }
  }

  @Test
  void theTablesNumbersAreHistoriksSumsPerCategoryAndYear() throws Exception {
    Map<String, Map<Integer, int[]>> sums = historySums(twoYears);
    assertEquals(2, sums.get("Totalt").size(), "two years in Historik");
    try (XWPFDocument doc = Docs.open(twoYearsReport)) {
      List<List<String>> rows = Docs.rows(doc).stream().filter(r -> r.size() == 4 && r.get(1).matches("20\\d\\d")).toList();
      List<List<String>> expected = new ArrayList<>();
      for (Map.Entry<String, Map<Integer, int[]>> e : sums.entrySet()) {
        for (Map.Entry<Integer, int[]> y : e.getValue().entrySet()) {
          expected.add(List.of(e.getKey(), y.getKey().toString(), Integer.toString(y.getValue()[0]),
              Integer.toString(y.getValue()[1])));
        }
      }
      assertEquals(expected.size(), rows.size(), rows.toString());
      assertTrue(rows.containsAll(expected), "expected " + expected + "\nwas " + rows);
      // The known change of 2026: ekonomiskt bistånd has 61 more in total (at God), no more at Hög.
      int[] eb25 = sums.get(HistoryChainTest.EB).get(2025);
      int[] eb26 = sums.get(HistoryChainTest.EB).get(2026);
      assertEquals(61, eb26[0] - eb25[0]);
      assertEquals(0, eb26[1] - eb25[1]);
      int[] t25 = sums.get("Totalt").get(2025);
      int[] t26 = sums.get("Totalt").get(2026);
      assertTrue(Docs.text(doc).contains("Från 2025 till 2026 ökade tillgången från " + t25[0] + " till " + t26[0]
          + " medarbetare, och antalet med hög eller mycket hög kompetensnivå ökade från " + t25[1] + " till "
          + t26[1] + "."));
    }
  }

  @Test
  void theLineChartShowsTheAdministrationsTwoSeriesPerYear() throws Exception {
    Map<Integer, int[]> totals = historySums(twoYears).get("Totalt");
    try (XWPFDocument doc = Docs.open(twoYearsReport)) {
      XWPFChart line = doc.getCharts().stream()
          .filter(c -> c.getChartSeries().stream().anyMatch(d -> d instanceof XDDFLineChartData)).findFirst().orElse(null);
      assertNotNull(line, "a line chart");
      XDDFChartData data = line.getChartSeries().get(0);
      assertEquals(2, data.getSeriesCount());
      for (int s = 0; s < 2; s++) {
        XDDFChartData.Series series = data.getSeries(s);
        assertEquals("2025", series.getCategoryData().getPointAt(0));
        assertEquals("2026", series.getCategoryData().getPointAt(1));
        int i = 0;
        for (int[] v : totals.values()) {
          assertEquals(v[s], series.getValuesData().getPointAt(i++).intValue(), "series " + s);
        }
      }
    }
  }

  @Test
  void aWorkbookWithOneYearHasNoSuchSection() throws Exception {
    try (XWPFDocument doc = Docs.open(oneYearReport)) {
      assertFalse(Docs.styled(doc, "Heading1").contains(HEADING));
      assertFalse(Docs.text(doc).contains(HEADING));
      assertTrue(doc.getCharts().stream().noneMatch(c -> c.getChartSeries().stream().anyMatch(d -> d instanceof XDDFLineChartData)));
    }
  }

  @Test
  void bothReportsAreValidOpenXml() throws Exception {
    OoxmlValidator.require();
    var errors = OoxmlValidator.validate(List.of(oneYearReport, twoYearsReport));
    assertEquals(List.of(), errors.get(oneYearReport), "rapport-2025.docx");
    assertEquals(List.of(), errors.get(twoYearsReport), "rapport-2026.docx");
  }
}
