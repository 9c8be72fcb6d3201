package se.kompetensgap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.analysis.Seed2019;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileOutcome;

/** The consolidated workbook of the seed-2019 units: numbers, formulas, tables, formatting. */
class ConsolidatedWorkbookTest {

  static byte[] bytes;
  static XSSFWorkbook wb;

  @BeforeAll
  static void writeOnce() throws Exception {
    List<UnitReport> units = ExampleFolder.reports();
    GapReport gaps = GapAnalysis.analyse(units, ConfigurationParser.defaults(), 2026, ExampleFolder.ADMINISTRATION);
    List<FileOutcome> outcomes = units.stream().map(u -> FileOutcome.of(u.source(), java.util.Optional.of(u), List.of())).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsolidatedWorkbook.write(new ConsolidatedWorkbook.Contents(gaps, units, outcomes), out);
    bytes = out.toByteArray();
    wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  @Test
  void everyFormulaEvaluatesToTheValueTheModelCached() {
    assertTrue(FormulaCheck.count(wb) > 500, "expected the analysis sheets to be formulas");
    assertEquals(List.of(), FormulaCheck.mismatches(wb));
  }

  @Test
  void theStreamedWriteHasExactlyTheCellsOfTheInMemoryBuild() throws Exception {
    List<UnitReport> units = ExampleFolder.reports();
    GapReport gaps = GapAnalysis.analyse(units, ConfigurationParser.defaults(), 2026, ExampleFolder.ADMINISTRATION);
    var contents = new ConsolidatedWorkbook.Contents(gaps, units, List.of());
    try (XSSFWorkbook built = ConsolidatedWorkbook.build(contents)) {
      assertEquals(se.kompetensgap.testing.WorkbookDump.dump(built), se.kompetensgap.testing.WorkbookDump.dump(wbFrom(contents)));
    }
  }

  private static XSSFWorkbook wbFrom(ConsolidatedWorkbook.Contents contents) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsolidatedWorkbook.write(contents, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void kompetensgapShowsSeed2019GapsInCachedValuesAndByEvaluation() {
    Sheet sheet = wb.getSheet(Contract.GAP_SHEET);
    var evaluator = wb.getCreationHelper().createFormulaEvaluator();
    for (Map.Entry<String, int[][]> e : Seed2019.GAPS.entrySet()) {
      for (Horizon h : Horizon.values()) {
        int row = Sheets.findRow(sheet, GapSheet.COL_CATEGORY, e.getKey(), GapSheet.COL_HORIZON, h.label());
        int[] seed = e.getValue()[h.ordinal()];
        for (int k = 0; k <= 4; k++) {
          int col = GapSheet.COL_GAP + k;
          String what = e.getKey() + " " + h.label() + " col " + col;
          assertEquals(seed[k], Sheets.number(sheet, row, col), what);
          assertEquals(seed[k], evaluator.evaluate(sheet.getRow(row).getCell(col)).getNumberValue(), what);
        }
      }
    }
  }

  @Test
  void kompetensmalTableHoldsOneRowPerCategoryAndHorizonWithSeedGoals() {
    XSSFTable table = table(Contract.GOAL_TABLE);
    List<String> names = table.getColumns().stream().map(c -> c.getName()).toList();
    assertTrue(names.containsAll(List.of(Contract.FOCUS_AREA, Contract.CATEGORY, Contract.HORIZON, Contract.QUANTITATIVE_GOAL)));
    for (Level l : Level.values()) {
      assertTrue(names.contains(Contract.moveHeader(l)), l.label());
    }
    XSSFSheet sheet = table.getXSSFSheet();
    Set<String> seen = new HashSet<>();
    int goalCol = table.getStartColIndex() + names.indexOf(Contract.QUANTITATIVE_GOAL);
    for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
      String category = Sheets.text(sheet.getRow(r).getCell(1));
      String horizon = Sheets.text(sheet.getRow(r).getCell(2));
      assertTrue(ConfigurationParser.defaults().allCategories().stream().anyMatch(c -> c.name().equals(category)),
          "only category rows inside the table, found " + category);
      assertTrue(seen.add(Sheets.text(sheet.getRow(r).getCell(0)) + category + horizon), "duplicate row " + category);
      int[] goals = Seed2019.QUANTITATIVE_GOALS.get(category);
      if (goals != null) {
        int h = horizon.equals(Horizon.TWO_YEARS.label()) ? 0 : 1;
        assertEquals(goals[h], Sheets.number(sheet, r, goalCol), category + " " + horizon);
      }
    }
    assertEquals(11 * 2, seen.size(), "11 categories × 2 horizons");
  }

  @Test
  void tablesFollowTheRulesThatKeepExcelFromRepairingTheFile() {
    Set<String> names = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Sheet s : wb) {
      assertTrue(s.getSheetName().length() <= 31);
      for (XSSFTable t : ((XSSFSheet) s).getTables()) {
        assertTrue(names.add(t.getName().toLowerCase()), "unique table name " + t.getName());
        assertTrue(t.getName().matches("[A-Za-z_][A-Za-z0-9_]*"), t.getName());
        assertEquals(t.getName(), t.getDisplayName());
        for (int c = 0; c < t.getColumnCount(); c++) {
          String header = Sheets.text(s.getRow(t.getStartRowIndex()).getCell(t.getStartColIndex() + c));
          if (!header.equals(t.getColumns().get(c).getName())) {
            problems.add(t.getName() + " column " + c + ": header '" + header + "' name '" + t.getColumns().get(c).getName() + "'");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(Set.of("underlag", "kompetensmal", "inlasning", "riskanalys", "riskbedomningar", "aktivitetsplan", "aktiviteterperenhet", "inlamning", "historik", "kommentarer"), names);
  }

  @Test
  void underlagHasOneRowPerFileAndCategoryWithTheContractsColumns() {
    XSSFTable t = table(Contract.BASIS_TABLE);
    assertEquals(Contract.basisHeaders(), t.getColumns().stream().map(c -> c.getName()).toList());
    long rows = ExampleFolder.reports().stream().mapToLong(u -> u.rows().size()).sum();
    assertEquals(rows, t.getEndRowIndex() - t.getStartRowIndex());
  }

  @Test
  void shortagesAndSurplusesAreConditionallyFormatted() {
    var cf = wb.getSheet(Contract.GAP_SHEET).getSheetConditionalFormatting();
    assertTrue(cf.getNumConditionalFormattings() >= 1);
    var rules = cf.getConditionalFormattingAt(0);
    assertEquals(2, rules.getNumberOfRules());
    assertEquals("0", rules.getRule(0).getFormula1());
  }

  @Test
  void asksExcelToRecalculateOnOpen() {
    assertTrue(wb.getForceFormulaRecalculation());
  }

  @Test
  void libreOfficeRecalculatesTheSameNumbers(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) saknas: den oberoende omräkningen hoppas över");
    Path ours = dir.resolve("konsoliderad.xlsx");
    Files.write(ours, bytes);
    Path recalculated = LibreOffice.recalculate(ours, Files.createDirectories(dir.resolve("lo")));
    assertEquals(List.of(), LibreOffice.compare(ours, recalculated, 1e-9));
    var values = LibreOffice.formulaValues(recalculated);
    assertTrue(values.size() > 500);
    assertTrue(values.values().stream().noneMatch(v -> v instanceof LibreOffice.CellError), "no formula errors");
  }

  private static XSSFTable table(String name) {
    for (Sheet s : wb) {
      for (XSSFTable t : ((XSSFSheet) s).getTables()) {
        if (t.getName().equals(name)) {
          return t;
        }
      }
    }
    throw new AssertionError("no table " + name);
  }
}
