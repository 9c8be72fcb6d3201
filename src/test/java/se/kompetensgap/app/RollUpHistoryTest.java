package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.testing.OoxmlValidator;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.testing.UnitWorkbooks;
import se.kompetensgap.text.Contract;

/**
 * A roll-up carries each förvaltning's history (issue 13 §5). Förvaltning A and B each chain
 * 2025 → 2026 → 2027 with the examples' fourteen units: A gets one more at Hög in every row each
 * year, B starts with two more at Hög and gets one more at Mycket hög each year. A's HR corrects
 * one 2025 row of its Historik by hand. In 2027, B's workbook is made without last year's (its
 * Historik has 2027 only), so the city's earlier years of B come from last year's roll-up.
 */
class RollUpHistoryTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();
  static final String A = "Förvaltning A";
  static final String B = "Förvaltning B";
  static final String ALL_AREAS = "Alla fokusområden";
  /** The row A's HR corrects in its 2025 Historik: 100 more at God. */
  static final String CORRECTED_CATEGORY = "Sektionschef";
  static final int CORRECTION = 100;

  @TempDir static Path dir;
  /** The units each förvaltning reported each year. */
  static final Map<String, List<UnitReport>> reports = new TreeMap<>();
  static Path city2026;
  static Path cityUpward2026;
  static Path city2027;

  @BeforeAll
  static void threeYearsOfTwoFörvaltningar() throws Exception {
    Path stad2026 = Files.createDirectories(dir.resolve("stad-2026"));
    Path stadUppat2026 = Files.createDirectories(dir.resolve("stad-uppat-2026"));
    Path stad2027 = Files.createDirectories(dir.resolve("stad-2027"));
    for (String admin : List.of(A, B)) {
      String key = admin.equals(A) ? "a" : "b";
      Path previous = null;
      for (int year = 2025; year <= 2027; year++) {
        int n = year - 2025;
        UnaryOperator<CategoryRow> change = admin.equals(A)
            ? r -> plus(r, LevelCounts.of(0, 0, n, 0))
            : r -> plus(r, LevelCounts.of(0, 0, 2, n));
        Path folder = units(key + "-" + year, year, admin, change);
        Path out = dir.resolve(key + "-" + year + ".xlsx");
        Consolidation.Builder b = Consolidation.Request.builder(folder, out, CONFIG);
        // B's 2027 workbook is made without last year's: its Historik has 2027 only.
        boolean chained = previous != null && !(admin.equals(B) && year == 2027);
        if (chained) {
          b.previous(previous);
        }
        Consolidation.run(b.build());
        if (year == 2026) {
          Files.copy(out, stad2026.resolve(key + ".xlsx"));
          Path up = stadUppat2026.resolve(key + "-uppat.xlsx");
          Consolidation.Builder u = Consolidation.Request.builder(folder, up, CONFIG).withoutUnits(true);
          if (chained) {
            u.previous(previous);
          }
          Consolidation.run(u.build());
        }
        if (year == 2027) {
          Files.copy(out, stad2027.resolve(key + ".xlsx"));
        }
        previous = out;
      }
    }
    correctA2025(stad2026.resolve("a.xlsx"));
    correctA2025(stadUppat2026.resolve("a-uppat.xlsx"));
    city2026 = dir.resolve("stad-2026.xlsx");
    Consolidation.run(Consolidation.Request.builder(stad2026, city2026, CONFIG).build());
    cityUpward2026 = dir.resolve("stad-av-uppat-2026.xlsx");
    Consolidation.run(Consolidation.Request.builder(stadUppat2026, cityUpward2026, CONFIG).build());
    city2027 = dir.resolve("stad-2027.xlsx");
    Consolidation.run(Consolidation.Request.builder(stad2027, city2027, CONFIG).previous(city2026).build());
    // -Dkompetensgap.keep=DIR keeps the city's workbooks to look at (e.g. as PDF with soffice).
    String keep = System.getProperty("kompetensgap.keep");
    if (keep != null) {
      Files.createDirectories(Path.of(keep));
      for (Path w : List.of(city2026, cityUpward2026, city2027)) {
        Files.copy(w, Path.of(keep).resolve(w.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  static CategoryRow plus(CategoryRow r, LevelCounts more) {
    return new CategoryRow(r.category(), r.supply().plus(more), r.demand2(), r.demand5());
  }

  static Path units(String name, int year, String administration, UnaryOperator<CategoryRow> change) throws Exception {
    Path folder = dir.resolve("in-" + name);
    List<UnitReport> written = new ArrayList<>();
    for (UnitReport r : ExampleFolder.reports()) {
      UnitInfo i = r.info();
      UnitInfo info = new UnitInfo(year, administration, i.focusArea(), i.department(), i.unit(), i.manager(),
          i.date().withYear(year), i.mappingType());
      UnitReport u = new UnitReport(r.source(), info, r.rows().stream().map(change).toList(), r.risks(), r.activities());
      UnitWorkbooks.write(folder.resolve(r.source()), CONFIG, u);
      written.add(u);
    }
    reports.put(administration + "|" + year, written);
    return folder;
  }

  /** A's HR corrects the 2025 Sektionschef row of its 2026 workbook's Historik by hand. */
  static void correctA2025(Path workbook) throws Exception {
    try (XSSFWorkbook wb = Sheets.open(workbook)) {
      XSSFSheet sheet = wb.getSheet(Contract.HISTORY_SHEET);
      Map<String, Integer> cols = columns(wb);
      int row = row(sheet, cols, 2025, A, ALL_AREAS, CORRECTED_CATEGORY);
      Cell god = sheet.getRow(row).getCell(cols.get(Contract.supplyHeader(Level.GOD)));
      god.setCellValue(god.getNumericCellValue() + CORRECTION);
      try (OutputStream out = Files.newOutputStream(workbook)) {
        wb.write(out);
      }
    }
  }

  // --- the tests ---

  @Test
  void theCityHistoryHoldsEachFörvaltningsYearsAsTheirWorkbooksCarriedThem() throws Exception {
    Map<String, int[]> history = history(city2026);
    Map<String, int[]> expected = new TreeMap<>();
    for (String admin : List.of(A, B)) {
      for (int year : List.of(2025, 2026)) {
        expected.putAll(unitSums(admin, year));
      }
    }
    expected.get("2025|" + A + "|" + ALL_AREAS + "|" + CORRECTED_CATEGORY)[1] += CORRECTION;
    assertEquals(show(expected), show(supplyAndNeed(history)));
  }

  @Test
  void thisYearsRowsAreFormulasOverTheFörvaltningsRowsAndKeepTheGoalsItSet() throws Exception {
    Map<String, int[]> own = history(dir.resolve("stad-2026").resolve("a.xlsx"));
    Map<String, int[]> city = history(city2026);
    int compared = 0;
    for (var e : own.entrySet()) {
      if (e.getKey().startsWith("2026|")) {
        int[] c = city.get(e.getKey());
        assertNotNull(c, e.getKey());
        // Goals (2 and 5 years, with their moves) as A's own Historik gives them.
        assertEquals(java.util.Arrays.toString(java.util.Arrays.copyOfRange(e.getValue(), 12, 22)),
            java.util.Arrays.toString(java.util.Arrays.copyOfRange(c, 12, 22)), e.getKey());
        compared++;
      }
    }
    assertTrue(compared > 10, "A's 2026 lines: " + compared);
    try (XSSFWorkbook wb = Sheets.open(city2026)) {
      XSSFSheet sheet = wb.getSheet(Contract.HISTORY_SHEET);
      Map<String, Integer> cols = columns(wb);
      int row = row(sheet, cols, 2026, B, ALL_AREAS, CORRECTED_CATEGORY);
      Cell supply = sheet.getRow(row).getCell(cols.get(Contract.supplyHeader(Level.HOG)));
      assertEquals(CellType.FORMULA, supply.getCellType());
      assertTrue(supply.getCellFormula().contains(Contract.ADMINISTRATION), supply.getCellFormula());
      assertEquals(List.of(), FormulaCheck.mismatches(wb), "POI recalculates Historik and Utveckling to the cache");
    }
  }

  @Test
  void theUpwardVersionsGiveTheSameHistory() throws Exception {
    assertEquals(show(history(city2026)), show(history(cityUpward2026)));
  }

  @Test
  void utvecklingShowsTheCityAsTheSumOfItsFörvaltningar() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(city2026)) {
      XSSFSheet sheet = wb.getSheet(Contract.DEVELOPMENT_SHEET);
      assertNotNull(sheet, "two years of history: Utveckling");
      int total2025 = 0;
      int total2026 = 0;
      for (String admin : List.of(A, B)) {
        total2025 += unitSums(admin, 2025).values().stream().mapToInt(v -> v[0] + v[1] + v[2] + v[3]).sum();
        total2026 += unitSums(admin, 2026).values().stream().mapToInt(v -> v[0] + v[1] + v[2] + v[3]).sum();
      }
      total2025 += CORRECTION;
      // The last line of the table is the whole organisation's; its first two numbers are 2025 and 2026.
      List<Double> last = lastTotalLine(sheet);
      assertEquals(List.of((double) total2025, (double) total2026), last.subList(0, 2));
      // Per förvaltning below the table: A's own total per year (with its HR's correction), and B's.
      for (String admin : List.of(A, B)) {
        int heading = Sheets.findRow(sheet, 0, "Per förvaltning, alla yrkeskategorier", 0, "Per förvaltning, alla yrkeskategorier");
        int row = Sheets.findRow(sheet, 0, admin, 1, "");
        assertTrue(row > heading, "a line for " + admin);
        // Column B stays blank, so that a long name reads on over it.
        assertEquals(org.apache.poi.ss.usermodel.CellType.BLANK, sheet.getRow(row).getCell(1).getCellType(), admin);
        int y2025 = unitSums(admin, 2025).values().stream().mapToInt(v -> v[0] + v[1] + v[2] + v[3]).sum()
            + (admin.equals(A) ? CORRECTION : 0);
        int y2026 = unitSums(admin, 2026).values().stream().mapToInt(v -> v[0] + v[1] + v[2] + v[3]).sum();
        assertEquals(y2025, (int) Sheets.number(sheet, row, 2), admin + " 2025");
        assertEquals(y2026, (int) Sheets.number(sheet, row, 3), admin + " 2026");
      }
      assertEquals(5, sheet.getDrawingPatriarch().getCharts().size(),
          "the organisation, three fokusområden, and the förvaltningar side by side");
      assertEquals("Talen är formler över tabellen Historik. Diagrammen visar Malmö stad, varje fokusområde och, i det sista, varje förvaltning.",
          Sheets.text(sheet.getRow(2).getCell(0)), "the note speaks of the förvaltningar's chart");
      // Historik's title says whose it is, and its Förvaltning column holds the longest name whole.
      XSSFSheet history = wb.getSheet(Contract.HISTORY_SHEET);
      assertEquals("Historik 2025–2026 (2 år) – Malmö stad", Sheets.text(history.getRow(0).getCell(0)));
      assertTrue(history.getColumnWidth(1) >= 30 * 256, "width " + history.getColumnWidth(1));
    }
  }

  @Test
  void nextYearsRollUpTakesNoYearTwiceAndFillsWhatAFörvaltningNoLongerCarries() throws Exception {
    Map<String, int[]> history = history(city2027);
    Map<String, int[]> expected = new TreeMap<>();
    for (String admin : List.of(A, B)) {
      for (int year : List.of(2025, 2026, 2027)) {
        expected.putAll(unitSums(admin, year));
      }
    }
    // A's correction is in last year's city roll-up, not in A's own chain (A corrected the copy it sent).
    assertEquals(show(expected), show(supplyAndNeed(history)));
    // One row per year, förvaltning and line (a second would be counted twice).
    try (XSSFWorkbook wb = Sheets.open(city2027)) {
      XSSFTable t = wb.getTable(Contract.HISTORY_TABLE);
      assertEquals(history.size(), t.getEndRowIndex() - t.getStartRowIndex());
    }
  }

  @Test
  void måluppfyllelsePerFörvaltningSetsEachFörvaltningsOwnGoalAgainstItsUnitsChange() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(city2027)) {
      XSSFSheet sheet = wb.getSheet(Contract.FULFILMENT_SHEET);
      int heading = Sheets.findRow(sheet, 0, "Per förvaltning", 1, "");
      int header = Sheets.findRow(sheet, 0, Contract.ADMINISTRATION, 1, "");
      assertTrue(header > heading, "the block's header row below its heading");
      assertEquals(List.of("Mål satt 2026", "Utfall 2026–2027", "% av målet"),
          List.of(Sheets.text(sheet.getRow(header).getCell(2)), Sheets.text(sheet.getRow(header).getCell(3)),
              Sheets.text(sheet.getRow(header).getCell(4))));
      // The long-term sections follow the block, not the other way round.
      int longTerm = -1;
      for (Row row : sheet) {
        for (Cell c : row) {
          if (Sheets.text(c).equals(Contract.FULFILMENT_GOAL_SET) && longTerm < 0) {
            longTerm = row.getRowNum();
          }
        }
      }
      assertTrue(longTerm < 0 || longTerm > header + 2, "long-term sections below the block: " + longTerm);
      for (String admin : List.of(A, B)) {
        int row = Sheets.findRow(sheet, 0, admin, 1, "");
        assertEquals(header + 1 + (admin.equals(A) ? 0 : 1), row, admin);
        // The goal: Σ of the förvaltning's 2026 rows of Historik, "Kvantitativt mål 2 år".
        int goal = historyGoals(wb, 2026, admin);
        assertTrue(goal != 0, admin + " set a goal in 2026: " + goal);
        assertEquals(goal, (int) Sheets.number(sheet, row, 2), admin + " goal");
        // The outcome: every row of every fully mapped unit gained one (A at Hög, B at Mycket hög).
        int rows = reports.get(admin + "|2027").stream()
            .filter(u -> u.info().mappingType() != se.kompetensgap.model.MappingType.LIGHT)
            .mapToInt(u -> u.rows().size()).sum();
        assertTrue(rows > 14, admin + " rows: " + rows);
        assertEquals(rows, (int) Sheets.number(sheet, row, 3), admin + " outcome");
        assertEquals((double) rows / goal, Sheets.number(sheet, row, 4), 1e-12, admin + " %");
        assertTrue(sheet.getRow(row).getCell(2).getCellFormula().contains(Contract.HISTORY_TABLE), "a live goal formula");
        assertTrue(sheet.getRow(row).getCell(3).getCellFormula().contains(Contract.PREVIOUS_BASIS_TABLE), "a live outcome formula");
      }
      assertEquals(List.of(), FormulaCheck.mismatches(wb), "POI recalculates Måluppfyllelse to the cache");
    }
    // The report of the roll-up still reads Måluppfyllelse's first table, and only it.
    var report = se.kompetensgap.intake.ReportWorkbookReader.read(city2027.toFile());
    var table = report.fulfilment().orElseThrow();
    assertTrue(table.rows().stream().noneMatch(r -> r.area().equals(A) || r.area().equals(B)), "no förvaltning read as a line");
    assertTrue(table.rows().size() > 5, "the organisation's lines: " + table.rows().size());
  }

  @Test
  void theRollUpsAreValidOpenXml() throws Exception {
    List<Path> files = List.of(city2026, cityUpward2026, city2027);
    var errors = OoxmlValidator.validate(files);
    for (Path f : files) {
      assertEquals(List.of(), errors.get(f), f.getFileName().toString());
    }
  }

  @Test
  void libreOfficeRecalculatesTheCityHistoryToItsCachedValues() throws Exception {
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) saknas: den oberoende omräkningen hoppas över");
    Path recalculated = LibreOffice.recalculate(city2027, Files.createDirectories(dir.resolve("lo")));
    assertEquals(List.of(), LibreOffice.compare(city2027, recalculated, 1e-9));
  }

  // --- helpers ---

  /** Σ of the units' supply and need per "year|förvaltning|area|category", as Historik keys its rows. */
  static Map<String, int[]> unitSums(String admin, int year) {
    Map<String, int[]> out = new TreeMap<>();
    for (UnitReport u : reports.get(admin + "|" + year)) {
      for (CategoryRow r : u.rows()) {
        String area = CONFIG.isCommon(r.category()) ? ALL_AREAS : u.info().focusArea().name();
        int[] sum = out.computeIfAbsent(year + "|" + admin + "|" + area + "|" + r.category().name(), k -> new int[12]);
        List<LevelCounts> parts = List.of(r.supply(), r.demand2(), r.demand5());
        for (int i = 0; i < 12; i++) {
          sum[i] += parts.get(i / 4).get(Level.values()[i % 4]);
        }
      }
    }
    return out;
  }

  /** Historik's rows keyed "year|förvaltning|area|category": the 12 numbers, the goals and moves, Koll. */
  static Map<String, int[]> history(Path workbook) throws Exception {
    Map<String, int[]> out = new TreeMap<>();
    try (XSSFWorkbook wb = Sheets.open(workbook)) {
      XSSFTable t = wb.getTable(Contract.HISTORY_TABLE);
      XSSFSheet sheet = wb.getSheet(Contract.HISTORY_SHEET);
      Map<String, Integer> cols = columns(wb);
      List<String> numbers = Contract.historyHeaders().subList(4, Contract.historyHeaders().size());
      for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
        Row row = sheet.getRow(r);
        String key = (int) row.getCell(cols.get(Contract.YEAR)).getNumericCellValue() + "|"
            + Sheets.text(row.getCell(cols.get(Contract.ADMINISTRATION))) + "|"
            + Sheets.text(row.getCell(cols.get(Contract.FOCUS_AREA))) + "|" + Sheets.text(row.getCell(cols.get(Contract.CATEGORY)));
        int[] v = new int[numbers.size()];
        for (int i = 0; i < v.length; i++) {
          Cell c = row.getCell(cols.get(numbers.get(i)));
          v[i] = c == null || c.getCellType() == CellType.BLANK ? -1 : (int) c.getNumericCellValue();
        }
        assertEquals(null, out.put(key, v), "one row per year, förvaltning and line: " + key);
      }
    }
    return out;
  }

  /** Σ of Historik's "Kvantitativt mål 2 år" over the year's rows of the förvaltning (a blank cell is 0). */
  static int historyGoals(XSSFWorkbook wb, int year, String admin) {
    XSSFTable t = wb.getTable(Contract.HISTORY_TABLE);
    XSSFSheet sheet = wb.getSheet(Contract.HISTORY_SHEET);
    Map<String, Integer> cols = columns(wb);
    int goal = cols.get(Contract.goalHeader(se.kompetensgap.model.Horizon.TWO_YEARS));
    int sum = 0;
    int rows = 0;
    for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
      Row row = sheet.getRow(r);
      if ((int) row.getCell(cols.get(Contract.YEAR)).getNumericCellValue() == year
          && Sheets.text(row.getCell(cols.get(Contract.ADMINISTRATION))).equals(admin)) {
        Cell c = row.getCell(goal);
        sum += c == null || c.getCellType() == CellType.BLANK ? 0 : (int) c.getNumericCellValue();
        rows++;
      }
    }
    assertTrue(rows > 10, admin + " " + year + " rows of Historik: " + rows);
    return sum;
  }

  static Map<String, int[]> supplyAndNeed(Map<String, int[]> history) {
    Map<String, int[]> out = new TreeMap<>();
    history.forEach((k, v) -> out.put(k, java.util.Arrays.copyOf(v, 12)));
    return out;
  }

  static Map<String, Integer> columns(XSSFWorkbook wb) {
    return HistoryChainTest.columns(wb);
  }

  static int row(XSSFSheet sheet, Map<String, Integer> cols, int year, String admin, String area, String category) {
    for (Row row : sheet) {
      Cell y = row.getCell(cols.get(Contract.YEAR));
      if (y != null && y.getCellType() == CellType.NUMERIC && (int) y.getNumericCellValue() == year
          && Sheets.text(row.getCell(cols.get(Contract.ADMINISTRATION))).equals(admin)
          && Sheets.text(row.getCell(cols.get(Contract.FOCUS_AREA))).equals(area)
          && Sheets.text(row.getCell(cols.get(Contract.CATEGORY))).equals(category)) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no Historik row " + year + " " + admin + " " + area + " " + category);
  }

  /** The numbers of Utveckling's last table line (the organisation's total), left to right. */
  static List<Double> lastTotalLine(XSSFSheet sheet) {
    List<Double> found = List.of();
    for (Row row : sheet) {
      String label = Sheets.text(row.getCell(1));
      if (label.endsWith("totalt") && !label.contains("Socialsekreterare")) {
        List<Double> numbers = new ArrayList<>();
        for (Cell c : row) {
          if (c.getColumnIndex() > 1 && (c.getCellType() == CellType.NUMERIC
              || (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC))) {
            numbers.add(c.getNumericCellValue());
          }
        }
        if (!numbers.isEmpty()) {
          found = numbers;
        }
      }
    }
    return found;
  }

  static String show(Map<String, int[]> m) {
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> b.append(k).append(' ').append(java.util.Arrays.toString(v)).append('\n'));
    return b.toString();
  }
}
