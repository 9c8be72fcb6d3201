package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import se.kompetensgap.analysis.KollComparison;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.GeneratedFolder;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.ListTemplates;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.testing.OoxmlValidator;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.testing.UnitWorkbooks;
import se.kompetensgap.text.Contract;

/**
 * The history chain of issue 13 over three years of generated folders with known changes:
 * 2025 has one more person at Hög in every row than 2024; in 2026 every row except Socialsekreterare
 * ekonomiskt bistånd has one more at Mycket hög, and one unit's ekonomiskt bistånd row has 61 more
 * at God. Koll (--personal) is given in 2025 and 2026: ekonomiskt bistånd 300 → 284 (−16), against
 * the mapping's +61, as in seed 000.
 */
class HistoryChainTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();
  static final String EB = "Socialsekreterare ekonomiskt bistånd";
  static final String SECTION_CHIEF = "Sektionschef";
  static final String ALL_AREAS = "Alla fokusområden";
  static final int UNITS = 14;

  @TempDir static Path dir;
  static Map<Integer, List<UnitReport>> reports = new TreeMap<>();
  static Map<Integer, Path> workbooks = new TreeMap<>();
  static Path edited2026;

  @BeforeAll
  static void threeYears() throws Exception {
    Path previous = null;
    for (int year = 2024; year <= 2026; year++) {
      List<UnitReport> units = units(year);
      reports.put(year, units);
      Path folder = dir.resolve("inkommande-" + year);
      for (UnitReport u : units) {
        UnitWorkbooks.write(folder.resolve(u.source()), CONFIG, u);
      }
      Path out = dir.resolve("konsoliderad-" + year + ".xlsx");
      Consolidation.Builder b = Consolidation.Request.builder(folder, out, CONFIG);
      if (previous != null) {
        b.previous(previous);
      }
      if (year >= 2025) {
        b.headcounts(personal(year, units));
      }
      Consolidation.Result r = Consolidation.run(b.build());
      assertEquals(UNITS, r.units().size(), "every unit read in " + year);
      workbooks.put(year, out);
      previous = out;
    }
    // HR corrects 2025's workbook by hand: a 2024 row (data) and a 2025 goal (a formula typed over).
    Path edited = dir.resolve("rättad").resolve("konsoliderad-2025.xlsx");
    Files.createDirectories(edited.getParent());
    try (XSSFWorkbook wb = Sheets.open(workbooks.get(2025)); OutputStream out = Files.newOutputStream(edited)) {
      XSSFSheet sheet = wb.getSheet(Contract.HISTORY_SHEET);
      Map<String, Integer> cols = columns(wb);
      int row2024 = historyRow(sheet, cols, 2024, "Ekonomiskt bistånd", EB);
      sheet.getRow(row2024).getCell(cols.get(Contract.supplyHeader(se.kompetensgap.model.Level.HOG))).setCellValue(999);
      int row2025 = historyRow(sheet, cols, 2025, "Ekonomiskt bistånd", EB);
      Cell goal = sheet.getRow(row2025).getCell(cols.get(Contract.goalHeader(se.kompetensgap.model.Horizon.FIVE_YEARS)));
      goal.setBlank();
      goal.setCellValue(77);
      wb.write(out);
    }
    edited2026 = dir.resolve("konsoliderad-2026-rättad.xlsx");
    Consolidation.run(Consolidation.Request.builder(dir.resolve("inkommande-2026"), edited2026, CONFIG).previous(edited)
        .headcounts(dir.resolve("personal-2026.xlsx")).build());
    // -Dkompetensgap.keep=DIR keeps the three workbooks to look at (e.g. as PDF with soffice).
    String keep = System.getProperty("kompetensgap.keep");
    if (keep != null) {
      Files.createDirectories(Path.of(keep));
      for (Path w : workbooks.values()) {
        Files.copy(w, Path.of(keep).resolve(w.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The units of a year, with that year's known change applied. */
  /**
   * The chain's workbook of {@code year} written into {@code dir} (its managers' workbooks in
   * inkommande-YEAR), made with last year's when given and, from 2025 on, with Koll if asked.
   */
  static Path consolidate(Path dir, int year, Path previous, boolean koll) throws Exception {
    Path folder = dir.resolve("inkommande-" + year);
    for (UnitReport u : units(year)) {
      UnitWorkbooks.write(folder.resolve(u.source()), CONFIG, u);
    }
    Path out = dir.resolve("konsoliderad-" + year + ".xlsx");
    Consolidation.Builder b = Consolidation.Request.builder(folder, out, CONFIG);
    if (previous != null) {
      b.previous(previous);
    }
    if (koll && year >= 2025) {
      b.headcounts(personal(dir, year));
    }
    Consolidation.run(b.build());
    return out;
  }

  static List<UnitReport> units(int year) {
    List<UnitReport> out = new ArrayList<>();
    boolean ebBumped = false;
    for (int i = 0; i < UNITS; i++) {
      UnitReport u = PreviousYearTest.inYear(GeneratedFolder.unit(i), year, MappingType.FULL, 0);
      List<CategoryRow> rows = new ArrayList<>();
      for (CategoryRow r : u.rows()) {
        LevelCounts extra = LevelCounts.ZERO;
        if (year >= 2025) {
          extra = extra.plus(LevelCounts.of(0, 0, 1, 0));
        }
        if (year == 2026) {
          if (!r.category().name().equals(EB)) {
            extra = extra.plus(LevelCounts.of(0, 0, 0, 1));
          } else if (!ebBumped) {
            extra = extra.plus(LevelCounts.of(0, 61, 0, 0));
            ebBumped = true;
          }
        }
        rows.add(new CategoryRow(r.category(), r.supply().plus(extra), r.demand2(), r.demand5()));
      }
      out.add(new UnitReport(u.source(), u.info(), rows, u.risks(), u.activities()));
    }
    return out;
  }

  /** HR's statistics: ekonomiskt bistånd 300 in 2025 and 284 in 2026; Sektionschef close to the mapping. */
  static Path personal(int year, List<UnitReport> units) throws Exception {
    return personal(dir, year);
  }

  /** The same statistics, written in {@code folder} (for other tests of the chain). */
  static Path personal(Path folder, int year) throws Exception {
    Map<Category, Integer> counts = new LinkedHashMap<>();
    counts.put(category(EB), year == 2025 ? 300 : 284);
    // Sektionschef: Koll grows 5 more than the mapping, within the default limit of 10.
    counts.put(category(SECTION_CHIEF), 50 + (year == 2026 ? mappedChange(SECTION_CHIEF) + 5 : 0));
    Path file = folder.resolve("personal-" + year + ".xlsx");
    try (XSSFWorkbook wb = ListTemplates.headcounts(CONFIG, counts); OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    return file;
  }

  static int mappedChange(String category) {
    return supplyTotal(units(2026), category) - supplyTotal(units(2025), category);
  }

  static int supplyTotal(List<UnitReport> units, String category) {
    return units.stream().flatMap(u -> u.rows().stream()).filter(r -> r.category().name().equals(category))
        .mapToInt(r -> r.supply().total()).sum();
  }

  static Category category(String name) {
    return CONFIG.allCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  // --- the chain ---

  @Test
  void the2026WorkbooksHistoryEqualsTheThreeYearsOwnUnderlagSums() throws Exception {
    Map<String, int[]> history = new TreeMap<>();
    try (XSSFWorkbook wb = Sheets.open(workbooks.get(2026))) {
      Map<String, Integer> cols = columns(wb);
      XSSFSheet sheet = wb.getSheet(Contract.HISTORY_SHEET);
      XSSFTable t = wb.getTable(Contract.HISTORY_TABLE);
      for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
        Row row = sheet.getRow(r);
        String key = (int) row.getCell(cols.get(Contract.YEAR)).getNumericCellValue() + "|"
            + row.getCell(cols.get(Contract.FOCUS_AREA)).getStringCellValue() + "|"
            + row.getCell(cols.get(Contract.CATEGORY)).getStringCellValue();
        int[] n = new int[12];
        for (int i = 0; i < 12; i++) {
          n[i] = (int) row.getCell(cols.get(Contract.numberHeaders().get(i))).getNumericCellValue();
        }
        assertNull(history.put(key, n), "one row per year, area and category: " + key);
      }
    }
    Map<String, int[]> expected = new TreeMap<>();
    for (int year = 2024; year <= 2026; year++) {
      Map<String, int[]> own = underlagSums(workbooks.get(year), year);
      // The same sums from the generated units themselves, not from the tool's output.
      assertEquals(show(unitSums(reports.get(year), year)), show(own), "Underlag " + year + " holds the units written");
      expected.putAll(own);
    }
    assertEquals(3, expected.keySet().stream().map(k -> k.substring(0, 4)).distinct().count());
    assertEquals(show(expected), show(history));
    // The known changes, visible in the history itself.
    int[] eb24 = history.get("2024|Ekonomiskt bistånd|" + EB);
    int[] eb25 = history.get("2025|Ekonomiskt bistånd|" + EB);
    int[] eb26 = history.get("2026|Ekonomiskt bistånd|" + EB);
    long ebRows = reports.get(2024).stream().flatMap(u -> u.rows().stream()).filter(r -> r.category().name().equals(EB)).count();
    assertEquals(ebRows, eb25[2] - eb24[2], "one more at Hög per row in 2025");
    assertEquals(61, eb26[1] - eb25[1], "61 more at God in 2026");
  }

  @Test
  void historyCarriesGoalsAndKollOfEachYear() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(workbooks.get(2026))) {
      Map<String, Integer> cols = columns(wb);
      XSSFSheet sheet = wb.getSheet(Contract.HISTORY_SHEET);
      for (int year = 2024; year <= 2026; year++) {
        int r = historyRow(sheet, cols, year, "Ekonomiskt bistånd", EB);
        int supply = supplyTotal(reports.get(year), EB);
        int need5 = reports.get(year).stream().flatMap(u -> u.rows().stream()).filter(x -> x.category().name().equals(EB))
            .mapToInt(x -> x.demand5().total()).sum();
        assertEquals(need5 - supply, (int) number(sheet, r, cols.get(Contract.goalHeader(se.kompetensgap.model.Horizon.FIVE_YEARS))),
            "kvantitativt mål 5 år = −gap, " + year);
        Cell koll = sheet.getRow(r).getCell(cols.get(Contract.HEADCOUNT));
        if (year == 2024) {
          assertTrue(koll == null || koll.getCellType() == CellType.BLANK, "no Koll in 2024");
        } else {
          assertEquals(year == 2025 ? 300 : 284, (int) koll.getNumericCellValue());
        }
      }
    }
  }

  @Test
  void everyFormulaOfThe2026WorkbookEvaluatesToItsCachedValue() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(workbooks.get(2026))) {
      assertNotNull(wb.getSheet(Contract.DEVELOPMENT_SHEET));
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  @Test
  void utvecklingShowsSupplyPerYearAndRecalculatesInLibreOfficeToTheCachedValues() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(workbooks.get(2026))) {
      XSSFSheet sheet = wb.getSheet(Contract.DEVELOPMENT_SHEET);
      int r = Sheets.findRow(sheet, 0, "Ekonomiskt bistånd", 1, EB);
      for (int i = 0; i < 3; i++) {
        int year = 2024 + i;
        assertEquals(year, (int) number(sheet, 5, 2 + i));
        assertEquals(supplyTotal(reports.get(year), EB), (int) number(sheet, r, 2 + i), "total " + year);
        int high = reports.get(year).stream().flatMap(u -> u.rows().stream()).filter(x -> x.category().name().equals(EB))
            .mapToInt(x -> x.supply().hog() + x.supply().mycketHog()).sum();
        assertEquals(high, (int) number(sheet, r, 2 + 3 + 1 + i), "hög + mycket hög " + year);
      }
      assertEquals(1 + CONFIG.focusAreas().size(), sheet.getDrawingPatriarch().getCharts().size(),
          "a chart for the förvaltning and one per fokusområde");
    }
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) saknas: den oberoende omräkningen hoppas över");
    Path recalculated = LibreOffice.recalculate(workbooks.get(2026), Files.createDirectories(dir.resolve("lo")));
    assertEquals(List.of(), LibreOffice.compare(workbooks.get(2026), recalculated, 1e-9));
    assertTrue(LibreOffice.formulaValues(recalculated).keySet().stream().anyMatch(k -> k.startsWith(Contract.DEVELOPMENT_SHEET + "!")),
        "Utveckling's formulas were compared");
  }

  @Test
  void everyWorkbookOfTheChainIsValidOpenXml() throws Exception {
    List<Path> files = new ArrayList<>(workbooks.values());
    files.add(edited2026);
    Map<Path, List<OoxmlValidator.Error>> errors = OoxmlValidator.validate(files);
    for (Path f : files) {
      assertEquals(List.of(), errors.get(f), f.getFileName() + ": Historik, Utveckling and its charts, Måluppfyllelse");
    }
  }

  // --- long-term goals ---

  @Test
  void aFiveYearGoalSetIn2024ShowsItsProgressIn2026() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(workbooks.get(2026))) {
      XSSFSheet sheet = wb.getSheet(Contract.FULFILMENT_SHEET);
      int heading = rowStartingWith(sheet, "Mål satta 2024 på 5 års sikt (till 2029): delresultat 2026, efter 2 av 5 år");
      int r = rowAfter(sheet, heading, EB);
      int goal = reports.get(2024).stream().flatMap(u -> u.rows().stream()).filter(x -> x.category().name().equals(EB))
          .mapToInt(x -> x.demand5().total() - x.supply().total()).sum();
      int outcome = supplyTotal(reports.get(2026), EB) - supplyTotal(reports.get(2024), EB);
      assertEquals(goal, (int) number(sheet, r, 2), "the goal 2024 set for 2029");
      assertEquals(outcome, (int) number(sheet, r, 3), "supply 2026 − supply 2024");
      assertEquals((double) outcome / goal, number(sheet, r, 4), 1e-12);
      assertEquals(2024, (int) number(sheet, r, 20), "the row says which year's goal it measures");
      assertEquals(2029, (int) number(sheet, r, 21));
      assertEquals("Delresultat", sheet.getRow(r).getCell(22).getStringCellValue());
      // 2024's two-year goal has its horizon this year: the final result.
      int last = rowStartingWith(sheet, "Mål satta 2024 på 2 års sikt (till 2026): slutresultat 2026");
      assertEquals("Slutresultat", sheet.getRow(rowAfter(sheet, last, EB)).getCell(22).getStringCellValue());
      // 2025's five-year goal after one year; 2025's two-year goal is the first table's, not repeated.
      rowStartingWith(sheet, "Mål satta 2025 på 5 års sikt (till 2030): delresultat 2026, efter 1 av 5 år");
      assertFalse(texts(sheet).stream().anyMatch(t -> t.startsWith("Mål satta 2025 på 2 års sikt")));
    }
  }

  // --- Koll ---

  @Test
  void kollFlagsALineWhereTheMappingSaysPlus61AndKollMinus16() throws Exception {
    assertEquals(61, mappedChange(EB));
    try (XSSFWorkbook wb = Sheets.open(workbooks.get(2026))) {
      XSSFSheet sheet = wb.getSheet(Contract.FULFILMENT_SHEET);
      int heading = rowStartingWith(sheet, "Kartläggningen och Koll");
      int eb = rowAfter(sheet, heading, EB);
      assertEquals(61, (int) number(sheet, eb, 4), "förändring enligt kartläggningen");
      assertEquals(300, (int) number(sheet, eb, 5));
      assertEquals(284, (int) number(sheet, eb, 6));
      assertEquals(-16, (int) number(sheet, eb, 7), "förändring enligt Koll");
      assertEquals(77, (int) number(sheet, eb, 8));
      assertEquals(KollComparison.FLAG, sheet.getRow(eb).getCell(9).getStringCellValue());
      int chief = rowAfter(sheet, heading, SECTION_CHIEF);
      assertEquals(-5, (int) number(sheet, chief, 8));
      assertEquals("", sheet.getRow(chief).getCell(9).getStringCellValue(), "a difference of 5 is within the limit of 10");
    }
  }

  @Test
  void theKollLimitIsASetting() {
    assertEquals(10, KollComparison.limit(CONFIG));
  }

  // --- hand corrections ---

  @Test
  void aHistoryRowEditedByHandIn2025IsCarriedAsEditedInto2026() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(edited2026)) {
      Map<String, Integer> cols = columns(wb);
      XSSFSheet sheet = wb.getSheet(Contract.HISTORY_SHEET);
      int r2024 = historyRow(sheet, cols, 2024, "Ekonomiskt bistånd", EB);
      assertEquals(999, (int) number(sheet, r2024, cols.get(Contract.supplyHeader(se.kompetensgap.model.Level.HOG))));
      int r2025 = historyRow(sheet, cols, 2025, "Ekonomiskt bistånd", EB);
      assertEquals(77, (int) number(sheet, r2025, cols.get(Contract.goalHeader(se.kompetensgap.model.Horizon.FIVE_YEARS))));
      // The corrected 2025 goal is the one 2026 measures against.
      XSSFSheet goals = wb.getSheet(Contract.FULFILMENT_SHEET);
      int heading = rowStartingWith(goals, "Mål satta 2025 på 5 års sikt");
      assertEquals(77, (int) number(goals, rowAfter(goals, heading, EB), 2));
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  // --- a last year's workbook from before Historik ---

  @Test
  void aLastYearsWorkbookWithoutHistorikContributesItsOwnYearWithItsGoalsAsTheyStand() throws Exception {
    // 2024's workbook as an older version wrote it: no Historik; and HR edited a goal in Kompetensmal.
    Path old = dir.resolve("äldre").resolve("konsoliderad-2024.xlsx");
    Files.createDirectories(old.getParent());
    try (XSSFWorkbook wb = Sheets.open(workbooks.get(2024)); OutputStream out = Files.newOutputStream(old)) {
      wb.removeSheetAt(wb.getSheetIndex(Contract.HISTORY_SHEET));
      XSSFSheet goals = wb.getSheet(Contract.GOAL_SHEET);
      int r = -1;
      for (Row row : goals) {
        if (Sheets.text(row.getCell(1)).equals(EB) && Sheets.text(row.getCell(2)).equals("5 år")) {
          r = row.getRowNum();
        }
      }
      Cell goal = goals.getRow(r).getCell(5);
      assertEquals(Contract.QUANTITATIVE_GOAL, goals.getRow(3).getCell(5).getStringCellValue());
      goal.setBlank();
      goal.setCellValue(55);
      wb.write(out);
    }
    Path out = dir.resolve("konsoliderad-2025-från-äldre.xlsx");
    Consolidation.run(Consolidation.Request.builder(dir.resolve("inkommande-2025"), out, CONFIG).previous(old).build());
    try (XSSFWorkbook wb = Sheets.open(out)) {
      Map<String, Integer> cols = columns(wb);
      XSSFSheet sheet = wb.getSheet(Contract.HISTORY_SHEET);
      Map<String, int[]> expected = underlagSums(workbooks.get(2024), 2024);
      for (Map.Entry<String, int[]> e : expected.entrySet()) {
        String[] k = e.getKey().split("\\|");
        int r = historyRow(sheet, cols, 2024, k[1], k[2]);
        for (int i = 0; i < 12; i++) {
          assertEquals(e.getValue()[i], (int) number(sheet, r, cols.get(Contract.numberHeaders().get(i))), e.getKey() + " " + i);
        }
      }
      int eb = historyRow(sheet, cols, 2024, "Ekonomiskt bistånd", EB);
      assertEquals(55, (int) number(sheet, eb, cols.get(Contract.goalHeader(se.kompetensgap.model.Horizon.FIVE_YEARS))),
          "the goal as HR left it in Kompetensmal");
      assertNotNull(wb.getSheet(Contract.DEVELOPMENT_SHEET), "two years: Utveckling is written");
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  @Test
  void aHistorikCellThatIsNotANumberStopsTheRunNamingTheCell() throws Exception {
    Path bad = dir.resolve("trasig").resolve("konsoliderad-2025.xlsx");
    Files.createDirectories(bad.getParent());
    String ref;
    try (XSSFWorkbook wb = Sheets.open(workbooks.get(2025)); OutputStream out = Files.newOutputStream(bad)) {
      Map<String, Integer> cols = columns(wb);
      XSSFSheet sheet = wb.getSheet(Contract.HISTORY_SHEET);
      int r = historyRow(sheet, cols, 2024, "Ekonomiskt bistånd", EB);
      Cell c = sheet.getRow(r).getCell(cols.get(Contract.supplyHeader(se.kompetensgap.model.Level.GOD)));
      c.setCellValue("ca 5");
      ref = c.getAddress().formatAsString();
      wb.write(out);
    }
    Path out = dir.resolve("ska-inte-skrivas.xlsx");
    RefusedException e = org.junit.jupiter.api.Assertions.assertThrows(RefusedException.class, () -> Consolidation.run(
        Consolidation.Request.builder(dir.resolve("inkommande-2026"), out, CONFIG).previous(bad).build()));
    assertTrue(e.getMessage().contains(Contract.HISTORY_SHEET + "!" + ref), e.getMessage());
    assertTrue(e.getMessage().contains("\"ca 5\" är inte ett heltal (Tillgång God)"), e.getMessage());
    assertFalse(Files.exists(out), "nothing written");
  }

  // --- helpers ---

  /** Σ of Underlag's number columns per (year, area or "Alla fokusområden", category), read with POI. */
  static Map<String, int[]> underlagSums(Path workbook, int year) throws Exception {
    Map<String, int[]> out = new TreeMap<>();
    try (XSSFWorkbook wb = Sheets.open(workbook)) {
      XSSFTable t = wb.getTable(Contract.BASIS_TABLE);
      XSSFSheet sheet = wb.getSheet(Contract.BASIS_SHEET);
      Map<String, Integer> cols = new LinkedHashMap<>();
      Row header = sheet.getRow(t.getStartRowIndex());
      for (Cell c : header) {
        cols.put(c.getStringCellValue(), c.getColumnIndex());
      }
      for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
        Row row = sheet.getRow(r);
        String cat = row.getCell(cols.get(Contract.CATEGORY)).getStringCellValue();
        String area = CONFIG.isCommon(category(cat)) ? ALL_AREAS : row.getCell(cols.get(Contract.FOCUS_AREA)).getStringCellValue();
        int[] sum = out.computeIfAbsent(year + "|" + area + "|" + cat, k -> new int[12]);
        for (int i = 0; i < 12; i++) {
          sum[i] += (int) row.getCell(cols.get(Contract.numberHeaders().get(i))).getNumericCellValue();
        }
      }
    }
    return out;
  }

  static Map<String, int[]> unitSums(List<UnitReport> units, int year) {
    Map<String, int[]> out = new TreeMap<>();
    for (UnitReport u : units) {
      for (CategoryRow r : u.rows()) {
        String area = CONFIG.isCommon(r.category()) ? ALL_AREAS : u.info().focusArea().name();
        int[] sum = out.computeIfAbsent(year + "|" + area + "|" + r.category().name(), k -> new int[12]);
        List<LevelCounts> parts = List.of(r.supply(), r.demand2(), r.demand5());
        for (int i = 0; i < 12; i++) {
          sum[i] += parts.get(i / 4).get(se.kompetensgap.model.Level.values()[i % 4]);
        }
      }
    }
    return out;
  }

  static String show(Map<String, int[]> m) {
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> b.append(k).append(' ').append(java.util.Arrays.toString(v)).append('\n'));
    return b.toString();
  }

  static Map<String, Integer> columns(XSSFWorkbook wb) {
    XSSFTable t = wb.getTable(Contract.HISTORY_TABLE);
    Row header = wb.getSheet(Contract.HISTORY_SHEET).getRow(t.getStartRowIndex());
    Map<String, Integer> cols = new LinkedHashMap<>();
    for (Cell c : header) {
      cols.put(c.getStringCellValue(), c.getColumnIndex());
    }
    assertEquals(Contract.historyHeaders(), List.copyOf(cols.keySet()));
    return cols;
  }

  static int historyRow(XSSFSheet sheet, Map<String, Integer> cols, int year, String area, String category) {
    for (Row row : sheet) {
      Cell y = row.getCell(cols.get(Contract.YEAR));
      if (y != null && y.getCellType() == CellType.NUMERIC && (int) y.getNumericCellValue() == year
          && Sheets.text(row.getCell(cols.get(Contract.FOCUS_AREA))).equals(area)
          && Sheets.text(row.getCell(cols.get(Contract.CATEGORY))).equals(category)) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no Historik row " + year + " " + area + " " + category);
  }

  static double number(XSSFSheet sheet, int row, int col) {
    return sheet.getRow(row).getCell(col).getNumericCellValue();
  }

  static List<String> texts(XSSFSheet sheet) {
    List<String> out = new ArrayList<>();
    for (Row row : sheet) {
      out.add(Sheets.text(row.getCell(0)));
    }
    return out;
  }

  static int rowStartingWith(XSSFSheet sheet, String start) {
    for (Row row : sheet) {
      if (Sheets.text(row.getCell(0)).startsWith(start)) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no row starting \"" + start + "\" on " + sheet.getSheetName() + ": " + texts(sheet));
  }

  /** The first row below {@code from} whose column B is {@code category}. */
  static int rowAfter(XSSFSheet sheet, int from, String category) {
    for (int r = from + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null && Sheets.text(row.getCell(1)).equals(category)) {
        return r;
      }
    }
    throw new AssertionError("no " + category + " below row " + (from + 1));
  }
}
