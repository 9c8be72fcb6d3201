package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.testing.UnitWorkbooks;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;

/**
 * Last year's workbook (--foregaende): Lättversion, checks on FJOL, goals edited by hand and in
 * another program, and roll-up of consolidated workbooks. Last year is the examples' units as
 * of 2025; this year the same units in 2026 with every supply one higher at Hög.
 */
class PreviousYearTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();
  static final String EB = "Socialsekreterare ekonomiskt bistånd";

  @TempDir static Path dir;
  static Path fjol;

  @BeforeAll
  static void consolidateLastYear() throws Exception {
    Path folder = dir.resolve("2025");
    for (UnitReport r : ExampleFolder.reports()) {
      UnitWorkbooks.write(folder.resolve(r.source()), CONFIG, inYear(r, 2025, MappingType.FULL, 0));
    }
    fjol = dir.resolve("konsoliderad-2025.xlsx");
    Consolidation.run(Consolidation.Request.builder(folder, fjol, CONFIG).build());
  }

  /** The unit in another year and of another kind, with {@code extraHog} more people at Hög. */
  static UnitReport inYear(UnitReport r, int year, MappingType type, int extraHog) {
    UnitInfo i = r.info();
    UnitInfo info = new UnitInfo(year, i.administration(), i.focusArea(), i.department(), i.unit(), i.manager(),
        i.date().withYear(year), type);
    List<CategoryRow> rows = r.rows().stream()
        .map(c -> new CategoryRow(c.category(), c.supply().plus(LevelCounts.of(0, 0, extraHog, 0)), c.demand2(), c.demand5()))
        .toList();
    return new UnitReport(r.source(), info, rows, r.risks(), r.activities());
  }

  /** This year's folder: every unit full with one more at Hög, except {@code light} units. */
  static Path thisYear(String name, Map<Integer, UnitReport> light) throws Exception {
    Path folder = dir.resolve(name);
    List<UnitReport> reports = ExampleFolder.reports();
    for (int k = 0; k < reports.size(); k++) {
      UnitReport r = light.getOrDefault(k, inYear(reports.get(k), 2026, MappingType.FULL, 1));
      UnitWorkbooks.write(folder.resolve(reports.get(k).source()), CONFIG, r);
    }
    return folder;
  }

  static Consolidation.Result run(Path folder, Path out, Path previous) throws Exception {
    return Consolidation.run(Consolidation.Request.builder(folder, out, CONFIG).previous(Optional.ofNullable(previous)).build());
  }

  // --- Lättversion ---

  @Test
  void aLightMappingKeepsLastYearsSupplyAndRevisesOnlyDemand() throws Exception {
    UnitReport unit = ExampleFolder.reports().get(0);
    // The light workbook's own supply (all zero) is not used; its demand is.
    UnitReport light = inYear(unit, 2026, MappingType.LIGHT, 0);
    light = new UnitReport(light.source(), light.info(),
        light.rows().stream().map(c -> new CategoryRow(c.category(), LevelCounts.ZERO, c.demand2().plus(LevelCounts.of(1, 1, 1, 1)), c.demand5())).toList(),
        light.risks(), light.activities());
    Path folder = thisYear("latt", Map.of(0, light));
    Path out = dir.resolve("latt.xlsx");
    Consolidation.Result result = run(folder, out, fjol);
    FileOutcome o = outcome(result, unit.source());
    assertEquals(FileFate.READ, o.fate(), o.findings().toString());
    UnitReport read = o.report().orElseThrow();
    for (CategoryRow r : read.rows()) {
      CategoryRow before = unit.rows().stream().filter(x -> x.category().equals(r.category())).findFirst().orElseThrow();
      assertEquals(before.supply(), r.supply(), "tillgång from last year for " + r.category());
      assertEquals(before.demand2().plus(LevelCounts.of(1, 1, 1, 1)), r.demand2(), "behov from the light workbook");
    }
    assertTrue(o.findings().stream().anyMatch(f -> f.message().startsWith("Lättversion: tillgången är hämtad")), o.findings().toString());
    try (XSSFWorkbook wb = Sheets.open(out)) {
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  @Test
  void aLightMappingOfAUnitLastYearDidNotHaveIsRejectedSayingSo() throws Exception {
    UnitReport unit = ExampleFolder.reports().get(1);
    UnitReport light = inYear(unit, 2026, MappingType.LIGHT, 0);
    UnitInfo i = light.info();
    light = new UnitReport(light.source(), new UnitInfo(2026, i.administration(), i.focusArea(), i.department(),
        "Ekonomiskt bistånd Nordväst", i.manager(), i.date(), MappingType.LIGHT), light.rows(), light.risks(), light.activities());
    Consolidation.Result result = run(thisYear("latt-okand", Map.of(1, light)), dir.resolve("latt-okand.xlsx"), fjol);
    FileOutcome o = outcome(result, unit.source());
    assertEquals(FileFate.REJECTED, o.fate());
    String message = o.findings().get(o.findings().size() - 1).message();
    assertTrue(message.contains("har ingen enhet") && message.contains("Ekonomiskt bistånd Nordväst"), message);
  }

  @Test
  void aLightMappingWithoutLastYearsWorkbookIsRejectedSayingHrNeedsIt() throws Exception {
    UnitReport unit = ExampleFolder.reports().get(2);
    Consolidation.Result result =
        run(thisYear("latt-utan", Map.of(2, inYear(unit, 2026, MappingType.LIGHT, 0))), dir.resolve("latt-utan.xlsx"), null);
    FileOutcome o = outcome(result, unit.source());
    assertEquals(FileFate.REJECTED, o.fate());
    // The finding reaches the manager's receipt: it names no command-line flag (issue 10).
    assertTrue(o.findings().stream().anyMatch(f -> f.message().contains("HR behöver förra årets sammanställning")), o.findings().toString());
    assertTrue(o.findings().stream().noneMatch(f -> f.message().contains("--")), o.findings().toString());
  }

  // --- FJOL is checked ---

  @Test
  void aManagersWorkbookAsLastYearIsRefusedAndNothingIsWritten() throws Exception {
    Path folder = thisYear("fjol-chef", Map.of());
    Path out = dir.resolve("fjol-chef.xlsx");
    Path manager = folder.resolve(ExampleFolder.reports().get(0).source());
    RefusedException e = org.junit.jupiter.api.Assertions.assertThrows(RefusedException.class, () -> run(folder, out, manager));
    assertTrue(e.getMessage().contains("ingen konsoliderad arbetsbok") && e.getMessage().contains("Kompetensmal"), e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void lastYearsWorkbookOfTheSameYearIsRefused() throws Exception {
    Path out = dir.resolve("samma-ar.xlsx");
    RefusedException e = org.junit.jupiter.api.Assertions.assertThrows(
        RefusedException.class, () -> run(dir.resolve("2025"), out, fjol));
    assertTrue(e.getMessage().contains("gäller år 2025, men mappens kartläggningar gäller år 2025"), e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void lastYearsWorkbookWithoutItsGoalTableIsRefused() throws Exception {
    Path broken = dir.resolve("utan-mal.xlsx");
    try (XSSFWorkbook wb = Sheets.open(fjol); OutputStream os = Files.newOutputStream(broken)) {
      wb.removeSheetAt(wb.getSheetIndex(Contract.GOAL_SHEET));
      wb.write(os);
    }
    Path out = dir.resolve("utan-mal-ut.xlsx");
    RefusedException e = org.junit.jupiter.api.Assertions.assertThrows(
        RefusedException.class, () -> run(thisYear("utan-mal", Map.of()), out, broken));
    assertTrue(e.getMessage().contains("Kompetensmal (bladet Kompetensmål) saknas"), e.getMessage());
    assertFalse(Files.exists(out));
  }

  // --- goals edited by hand ---

  @Test
  void aGoalTypedOverTheFormulaAndRoundTrippedThroughLibreOfficeIsTheGoalUsed() throws Exception {
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "soffice is not installed");
    Path edited = dir.resolve("redigerad/konsoliderad-2025.xlsx");
    Files.createDirectories(edited.getParent());
    try (XSSFWorkbook wb = Sheets.open(fjol); OutputStream os = Files.newOutputStream(edited)) {
      XSSFSheet goals = wb.getSheet(Contract.GOAL_SHEET);
      int row = Sheets.findRow(goals, 1, EB, 2, "2 år");
      goals.getRow(row).getCell(5).setBlank(); // Kvantitativt mål: HR types 50 over −GAP Total
      goals.getRow(row).getCell(5).setCellValue(50);
      goals.getRow(row).getCell(8).setBlank(); // Förflyttning Hög: 30
      goals.getRow(row).getCell(8).setCellValue(30);
      wb.write(os);
    }
    Path roundTripped = LibreOffice.recalculate(edited, dir.resolve("libreoffice"));
    Path out = dir.resolve("redigerad.xlsx");
    Consolidation.Result result = run(thisYear("redigerad-mapp", Map.of()), out, roundTripped);
    assertEquals(0, result.outcomes().stream().filter(o -> o.fate() == FileFate.REJECTED).count());
    try (XSSFWorkbook wb = Sheets.open(out)) {
      XSSFSheet sheet = wb.getSheet(Contract.FULFILMENT_SHEET);
      int row = Sheets.findRow(sheet, 0, "Ekonomiskt bistånd", 1, EB);
      assertEquals(50, Sheets.number(sheet, row, 2), "the edited goal");
      // Four units of Ekonomiskt bistånd, each with one more at Hög: +4 of 50, and +4 of 30 at Hög.
      assertEquals(4, Sheets.number(sheet, row, 3));
      assertEquals(4.0 / 50, Sheets.number(sheet, row, 4), 1e-12);
      assertEquals(30, Sheets.number(sheet, row, 11));
      assertEquals(4.0 / 30, Sheets.number(sheet, row, 13), 1e-12);
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  @Test
  void aGoalFormulaWithoutACachedValueIsEvaluated() throws Exception {
    Path edited = dir.resolve("formel/konsoliderad-2025.xlsx");
    Files.createDirectories(edited.getParent());
    try (XSSFWorkbook wb = Sheets.open(fjol); OutputStream os = Files.newOutputStream(edited)) {
      XSSFSheet goals = wb.getSheet(Contract.GOAL_SHEET);
      int row = Sheets.findRow(goals, 1, EB, 2, "2 år");
      Cell cell = goals.getRow(row).getCell(5);
      cell.setBlank();
      cell.setCellFormula("20+5"); // as a script would leave it: a formula, no value
      assertFalse(((org.apache.poi.xssf.usermodel.XSSFCell) cell).getCTCell().isSetV());
      wb.write(os);
    }
    Path out = dir.resolve("formel.xlsx");
    run(thisYear("formel-mapp", Map.of()), out, edited);
    try (XSSFWorkbook wb = Sheets.open(out)) {
      XSSFSheet sheet = wb.getSheet(Contract.FULFILMENT_SHEET);
      assertEquals(25, Sheets.number(sheet, Sheets.findRow(sheet, 0, "Ekonomiskt bistånd", 1, EB), 2));
    }
  }

  // --- roll-up ---

  @Test
  void rollingUpTwoConsolidatedWorkbooksGivesTheNumbersOfAllTheirUnitsAtOnce() throws Exception {
    List<UnitReport> all = ExampleFolder.reports();
    Path a = dir.resolve("rollup/a");
    Path b = dir.resolve("rollup/b");
    Path everything = dir.resolve("rollup/alla");
    for (UnitReport r : all) {
      Path half = r.info().focusArea().name().equals("Barn och unga") ? b : a;
      UnitWorkbooks.write(half.resolve(r.source()), CONFIG, r);
      UnitWorkbooks.write(everything.resolve(r.source()), CONFIG, r);
    }
    Path upper = dir.resolve("rollup/forvaltningar");
    Files.createDirectories(upper);
    run(a, upper.resolve("a.xlsx"), null);
    run(b, upper.resolve("b.xlsx"), null);
    Consolidation.Result rolled = run(upper, dir.resolve("rollup/upp.xlsx"), null);
    Consolidation.Result direct = run(everything, dir.resolve("rollup/direkt.xlsx"), null);

    assertEquals(14, rolled.units().size(), "every unit row is kept");
    assertEquals(direct.gaps(), rolled.gaps());
    try (XSSFWorkbook up = Sheets.open(dir.resolve("rollup/upp.xlsx"));
        XSSFWorkbook at = Sheets.open(dir.resolve("rollup/direkt.xlsx"))) {
      for (String sheet : List.of(Contract.GAP_SHEET, Contract.GOAL_SHEET)) {
        assertEquals(values(at.getSheet(sheet)), values(up.getSheet(sheet)), sheet);
      }
      assertTrue(Sheets.text(up.getSheet(Contract.BASIS_SHEET).getRow(1).getCell(0)).startsWith("a.xlsx: "),
          "Källa says which consolidated workbook a row came from");
    }
  }

  @Test
  void lastYearsConsolidationLyingInTheFolderIsSkippedNotCounted() throws Exception {
    // Issue 10 §4: a consolidation of the same förvaltning among its managers' workbooks (an
    // earlier output, or last year's) is skipped with a note; only another förvaltning's is a
    // real mix, refused (CommandRulesTest).
    Path folder = thisYear("blandad", Map.of());
    Files.copy(fjol, folder.resolve("konsoliderad-2025.xlsx"));
    Path out = dir.resolve("blandad.xlsx");
    Consolidation.Result r = run(folder, out, null);
    FileOutcome o = outcome(r, "konsoliderad-2025.xlsx");
    assertEquals(se.kompetensgap.validation.FileFate.SKIPPED, o.fate());
    assertTrue(o.findings().get(0).message().contains("år 2025") && o.findings().get(0).message().contains("hoppas över"),
        o.findings().toString());
    assertEquals(run(thisYear("ren", Map.of()), dir.resolve("ren.xlsx"), null).units().size(), r.units().size());
  }

  static FileOutcome outcome(Consolidation.Result result, String file) {
    return result.outcomes().stream().filter(o -> o.file().equals(file)).findFirst().orElseThrow();
  }

  /** Every cell's shown value (cached, for formulas), by address. */
  static Map<String, Object> values(Sheet sheet) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Row row : sheet) {
      for (Cell c : row) {
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        Object v = switch (t) {
          case NUMERIC -> c.getNumericCellValue();
          case STRING -> c.getStringCellValue();
          default -> "";
        };
        m.put(c.getAddress().formatAsString(), v);
      }
    }
    return m;
  }
}
