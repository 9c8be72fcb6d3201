package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.testing.UnitWorkbooks;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileFate;

/**
 * A city-level roll-up (issue 10 §5, issue 13 §5): consolidated workbooks of several
 * förvaltningar, full or upward, rolled up into one with a Förvaltning level above Fokusområde.
 * Förvaltning A and B have the examples' fourteen units under the same unit names (B with two
 * more people at Hög in every category); C has the Barn och unga units only, one fewer at God.
 */
class RollUpTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();
  static final String A = "Förvaltning A";
  static final String B = "Förvaltning B";
  static final String C = "Förvaltning C";
  static final String COMMENT = "Behovet ökar när mottagningen byggs ut.";

  /** Kompetensgap's columns (output.GapSheet, package-private there). */
  static final class GapSheetColumns {
    static final int CATEGORY = 1;
    static final int HORIZON = 2;
    static final int SUPPLY_TOTAL = 7;
    static final int GAP_TOTAL = 17;
  }

  @TempDir static Path dir;
  static Path full;
  static Path upward;
  static Path all3;
  static Path direct;
  static Consolidation.Result rolled;
  static Consolidation.Result rolledUpward;
  static Consolidation.Result rolledThree;

  @BeforeAll
  static void consolidateThreeAdministrations() throws Exception {
    Path a = units("a", A, u -> u, r -> r);
    Path b = units("b", B, u -> u, r -> new CategoryRow(r.category(), r.supply().plus(LevelCounts.of(0, 0, 2, 0)), r.demand2(), r.demand5()));
    Path c = units("c", C, u -> u.info().focusArea().name().equals("Barn och unga") ? u : null,
        r -> new CategoryRow(r.category(), r.supply().plus(LevelCounts.of(0, 1, 0, 0)), r.demand2(), r.demand5()));
    full = Files.createDirectories(dir.resolve("stad-hel"));
    upward = Files.createDirectories(dir.resolve("stad-uppat"));
    all3 = Files.createDirectories(dir.resolve("region"));
    direct = Files.createDirectories(dir.resolve("tre-direkt"));
    for (var e : Map.of("a", a, "b", b).entrySet()) {
      consolidate(e.getValue(), full.resolve(e.getKey() + ".xlsx"), false);
      consolidate(e.getValue(), upward.resolve(e.getKey() + "-uppat.xlsx"), true);
      Files.copy(full.resolve(e.getKey() + ".xlsx"), direct.resolve(e.getKey() + ".xlsx"));
    }
    consolidate(c, all3.resolve("c.xlsx"), false);
    Files.copy(all3.resolve("c.xlsx"), direct.resolve("c.xlsx"));
    rolled = consolidate(full, dir.resolve("stad.xlsx"), false);
    rolledUpward = consolidate(upward, dir.resolve("stad-av-uppat.xlsx"), false);
    // A roll-up of that roll-up with a third förvaltning (stad → region).
    Files.copy(dir.resolve("stad.xlsx"), all3.resolve("stad.xlsx"));
    rolledThree = consolidate(all3, dir.resolve("region.xlsx"), false);
  }

  /** The roll-ups (of full and of upward versions, and of a roll-up) are valid Open XML too. */
  @Test
  void everyRollUpIsValidOpenXml() throws Exception {
    java.util.List<Path> files = java.util.List.of(dir.resolve("stad.xlsx"), dir.resolve("stad-av-uppat.xlsx"), dir.resolve("region.xlsx"));
    var errors = se.kompetensgap.testing.OoxmlValidator.validate(files);
    for (Path f : files) {
      org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), errors.get(f), f.getFileName().toString());
    }
  }

  static Path units(String name, String administration, UnaryOperator<UnitReport> keep, UnaryOperator<CategoryRow> change)
      throws Exception {
    return units(name, ExampleFolder.YEAR, administration, keep, change);
  }

  static Path units(String name, int year, String administration, UnaryOperator<UnitReport> keep, UnaryOperator<CategoryRow> change)
      throws Exception {
    Path folder = dir.resolve("in-" + name);
    for (UnitReport r : ExampleFolder.reports()) {
      if (keep.apply(r) == null) {
        continue;
      }
      UnitInfo i = r.info();
      UnitInfo info = new UnitInfo(year, administration, i.focusArea(), i.department(), i.unit(), i.manager(), i.date().withYear(year),
          i.mappingType());
      // The first unit explains every category's need (Kartläggning's Kommentar column).
      boolean first = r.source().equals(ExampleFolder.reports().get(0).source());
      List<CategoryRow> rows = r.rows().stream().map(change)
          .map(c -> first ? new CategoryRow(c.category(), c.supply(), c.demand2(), c.demand5(), COMMENT) : c).toList();
      UnitWorkbooks.write(folder.resolve(r.source()), CONFIG, new UnitReport(r.source(), info, rows, r.risks(), r.activities()));
    }
    return folder;
  }

  static Consolidation.Result consolidate(Path folder, Path out, boolean withoutUnits) throws Exception {
    return Consolidation.run(Consolidation.Request.builder(folder, out, CONFIG).withoutUnits(withoutUnits).build());
  }

  @Test
  void twoAdministrationsWithSameNamedUnitsAreBothCounted() {
    assertEquals(28, rolled.units().size());
    assertTrue(rolled.outcomes().stream().noneMatch(o -> o.fate() == FileFate.SKIPPED), "no unit of A is a resubmission of B's");
    int a = ExampleFolder.reports().stream().flatMap(u -> u.rows().stream()).mapToInt(r -> r.supply().total()).sum();
    int categories = (int) ExampleFolder.reports().stream().mapToLong(u -> u.rows().size()).sum();
    assertEquals(2 * a + 2 * categories, rolled.gaps().administrationTotal().supply().total(), "A's supply plus B's (two more per row)");
  }

  /**
   * The shipped configuration names Arbetsmarknads- och socialförvaltningen; a report of
   * Förvaltning A's workbook names Förvaltning A on its title page and says the configuration
   * names another (its Nämnd may be wrong too).
   */
  @Test
  void aFörvaltningsReportNamesItsOwnFörvaltningAndSaysWhenTheConfigurationNamesAnother() throws Exception {
    Path docx = dir.resolve("a-rapport.docx");
    var run = Seed2017FulfilmentTest.main("rapport", full.resolve("a.xlsx").toString(), "-o", docx.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Konfigurationen anger Förvaltning = Arbetsmarknads- och socialförvaltningen, men arbetsboken "
        + "gäller " + A + ". Titelsidan namnger " + A + "."), run.out());
    try (var doc = se.kompetensgap.testing.Docs.open(docx)) {
      List<String> subtitles = se.kompetensgap.testing.Docs.styled(doc, "Subtitle");
      assertTrue(subtitles.contains(A), subtitles.toString());
      assertTrue(!subtitles.contains("Arbetsmarknads- och socialförvaltningen"), subtitles.toString());
    }
  }

  /** No förvaltning gave a list of expected units (--enheter): the roll-up claims none either. */
  @Test
  void aRollUpOfFörvaltningarWithoutListsSpeaksOfNoExpectedUnits() throws Exception {
    for (Consolidation.Result r : List.of(rolled, rolledUpward, rolledThree)) {
      org.junit.jupiter.api.Assertions.assertFalse(r.submissions().withList(), r.output().toString());
    }
    try (XSSFWorkbook wb = Sheets.open(dir.resolve("stad.xlsx"))) {
      String subtitle = Sheets.text(wb.getSheet("Inlämning").getRow(1).getCell(0));
      assertTrue(subtitle.startsWith("Ingen lista över förväntade enheter"), subtitle);
      // Inläsning counts the rows of the consolidations, not files found.
      String intake = Sheets.text(wb.getSheet("Inläsning").getRow(1).getCell(0));
      assertTrue(intake.startsWith("28 rader ur sammanställningarna (en per enhet eller fil): 28 inlästa"), intake);
    }
  }

  @Test
  void theConsoleCountsWorkbooksAndTheirUnits() {
    assertEquals("2 sammanställningar inlästa (28 enheter, 2 förvaltningar)", rolled.rollUp().orElseThrow().describe());
    assertEquals(List.of(A, B), rolled.rollUp().orElseThrow().administrations());
    // The upward versions' rows each sum an avdelning: still 28 units, counted from their Inlämning.
    assertEquals("2 sammanställningar inlästa (28 enheter, 2 förvaltningar)", rolledUpward.rollUp().orElseThrow().describe());
  }

  @Test
  void theTitleNamesTheOrganisationOrHowManyFörvaltningar() throws Exception {
    assertEquals("Malmö stad", rolled.gaps().administration());
    assertEquals("Malmö stad totalt", rolled.gaps().administrationTotal().label());
    try (XSSFWorkbook wb = Sheets.open(dir.resolve("stad.xlsx"))) {
      assertEquals("Kompetensgap " + ExampleFolder.YEAR + " – Malmö stad", Sheets.text(wb.getSheet(Contract.GAP_SHEET).getRow(0).getCell(0)));
    }
    Map<String, String> settings = new HashMap<>(CONFIG.settings());
    settings.remove(Configuration.ORGANISATION);
    Configuration unnamed = new Configuration(CONFIG.areaCategories(), CONFIG.commonCategories(), CONFIG.aliases(), CONFIG.levelDefinitions(), settings);
    Consolidation.Result r = Consolidation.run(Consolidation.Request.builder(full, dir.resolve("namnlos.xlsx"), unnamed).build());
    assertEquals("2 förvaltningar", r.gaps().administration());
  }

  @Test
  void rollingUpTheUpwardVersionsGivesTheSameNumbersAsTheFullOnes() throws Exception {
    assertEquals(rolled.gaps(), rolledUpward.gaps());
    try (XSSFWorkbook f = Sheets.open(dir.resolve("stad.xlsx")); XSSFWorkbook u = Sheets.open(dir.resolve("stad-av-uppat.xlsx"))) {
      for (String sheet : List.of(Contract.GAP_SHEET, Contract.GOAL_SHEET)) {
        assertEquals(PreviousYearTest.values(f.getSheet(sheet)), PreviousYearTest.values(u.getSheet(sheet)), sheet);
      }
    }
  }

  @Test
  void aRollUpOfARollUpWithAThirdGivesTheTotalsOfTheThreeAtOnce() throws Exception {
    Consolidation.Result three = consolidate(direct, dir.resolve("tre.xlsx"), false);
    assertEquals(three.gaps(), rolledThree.gaps());
    long inC = ExampleFolder.reports().stream().filter(u -> u.info().focusArea().name().equals("Barn och unga")).count();
    assertEquals(6, inC);
    assertEquals("2 sammanställningar inlästa (34 enheter, 3 förvaltningar)", rolledThree.rollUp().orElseThrow().describe());
    try (XSSFWorkbook t = Sheets.open(dir.resolve("tre.xlsx")); XSSFWorkbook r = Sheets.open(dir.resolve("region.xlsx"))) {
      for (String sheet : List.of(Contract.GAP_SHEET, Contract.GOAL_SHEET)) {
        assertEquals(PreviousYearTest.values(t.getSheet(sheet)), PreviousYearTest.values(r.getSheet(sheet)), sheet);
      }
    }
  }

  @Test
  void kompetensgapHasABlockPerFörvaltningBelowTheOrganisation() throws Exception {
    GapReport onlyB = consolidate(dir.resolve("in-b"), dir.resolve("bara-b.xlsx"), false).gaps();
    try (XSSFWorkbook wb = Sheets.open(dir.resolve("stad.xlsx"))) {
      XSSFSheet gap = wb.getSheet(Contract.GAP_SHEET);
      int total = Sheets.findRow(gap, GapSheetColumns.CATEGORY, "Malmö stad totalt", GapSheetColumns.HORIZON, Horizon.TWO_YEARS.label());
      int nameB = Sheets.findRow(gap, 0, B, GapSheetColumns.CATEGORY, "");
      assertTrue(nameB > total, "the förvaltningar below the organisation");
      // The name stands alone on its row, so a long name reads on over the empty cells beside it;
      // the note is on the row below.
      for (int c = 1; c <= GapSheetColumns.HORIZON + 1; c++) {
        assertEquals("", Sheets.text(gap.getRow(nameB).getCell(c)), "column " + c + " beside the name");
        assertEquals(null, gap.getRow(nameB).getCell(c), "column " + c + " beside the name is no cell");
      }
      assertEquals("Förvaltning: raderna nedan gäller bara förvaltningens egna enheter.", Sheets.text(gap.getRow(nameB + 1).getCell(0)));
      // Kompetensmål's block per förvaltning: the name alone on its row too.
      XSSFSheet goal = wb.getSheet(Contract.GOAL_SHEET);
      int goalB = Sheets.findRow(goal, 0, B, GapSheetColumns.CATEGORY, "");
      assertEquals(null, goal.getRow(goalB).getCell(GapSheetColumns.CATEGORY), "nothing beside the name on Kompetensmål");
      // Every sheet's title says whose it is.
      for (String sheet : List.of(Contract.GAP_SHEET, Contract.GOAL_SHEET, "Aktivitetsplan", "Inlämning", Contract.HISTORY_SHEET)) {
        String title = Sheets.text(wb.getSheet(sheet).getRow(0).getCell(0));
        assertTrue(title.endsWith(" – Malmö stad"), sheet + ": " + title);
      }
      int bTotal = -1;
      for (int r = nameB + 1; r <= gap.getLastRowNum(); r++) {
        if ("Förvaltningen totalt".equals(Sheets.text(gap.getRow(r).getCell(GapSheetColumns.CATEGORY)))) {
          bTotal = r;
          break;
        }
      }
      assertEquals(onlyB.administrationTotal().supply().total(), Sheets.number(gap, bTotal, GapSheetColumns.SUPPLY_TOTAL));
      assertEquals(onlyB.administrationTotal().gapTotal(Horizon.TWO_YEARS), Sheets.number(gap, bTotal, GapSheetColumns.GAP_TOTAL));
      assertEquals(rolled.gaps().administrationTotal().supply().total(), Sheets.number(gap, total, GapSheetColumns.SUPPLY_TOTAL));
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  @Test
  void sammanfattningHasAKeyFigureRowPerFörvaltning() throws Exception {
    GapReport onlyA = consolidate(dir.resolve("in-a"), dir.resolve("bara-a.xlsx"), false).gaps();
    try (XSSFWorkbook wb = Sheets.open(dir.resolve("stad.xlsx"))) {
      XSSFSheet summary = wb.getSheet("Sammanfattning");
      int total = Sheets.findRow(summary, 0, "Malmö stad totalt", 0, "Malmö stad totalt");
      int a = Sheets.findRow(summary, 0, A, 0, A);
      assertEquals(total + 1, a, "the förvaltningar right under the organisation");
      assertEquals(onlyA.administrationTotal().supply().total(), Sheets.number(summary, a, 1));
      assertEquals(onlyA.administrationTotal().quantitativeGoal(Horizon.TWO_YEARS), Sheets.number(summary, a, 2));
      assertEquals(onlyA.administrationTotal().moves(Horizon.TWO_YEARS).total(), Sheets.number(summary, a, 3));
      assertEquals(onlyA.administrationTotal().moves(Horizon.FIVE_YEARS).total(), Sheets.number(summary, a, 5));
      assertEquals(14, Sheets.number(summary, a, 6), "A's units read");
      assertEquals(rolled.gaps().administrationTotal().supply().total(), Sheets.number(summary, a, 1) + Sheets.number(summary, a + 1, 1));
      // The organisation's moves are counted on its combined numbers, never more than the
      // förvaltningar's together; the sheet says why they can be fewer (a blank row ends the table).
      assertTrue(Sheets.number(summary, total, 3) <= Sheets.number(summary, a, 3) + Sheets.number(summary, a + 1, 3));
      assertTrue(summary.getRow(a + 2) == null || Sheets.text(summary.getRow(a + 2).getCell(0)).isEmpty());
      String note = Sheets.text(summary.getRow(a + 3).getCell(0));
      assertTrue(note.startsWith("Förflyttningarna på raden Malmö stad totalt räknas på de samlade talen"), note);
    }
  }

  static Path withLastYear;
  static Consolidation.Result rolledWithLastYear;

  /** This year's roll-up made with last year's (--foregaende): Måluppfyllelse, Förändring and Utveckling exist. */
  static Path withLastYear() throws Exception {
    if (withLastYear == null) {
      // Last year: A and B as the examples, in 2025; this year B has two more at Hög in every category.
      Path lastYear = Files.createDirectories(dir.resolve("stad-2025"));
      consolidate(units("a-2025", ExampleFolder.YEAR - 1, A, u -> u, r -> r), lastYear.resolve("a.xlsx"), false);
      consolidate(units("b-2025", ExampleFolder.YEAR - 1, B, u -> u, r -> r), lastYear.resolve("b.xlsx"), false);
      Path fjol = dir.resolve("stad-2025.xlsx");
      consolidate(lastYear, fjol, false);
      Path out = dir.resolve("stad-2026-med-fjol.xlsx");
      rolledWithLastYear = Consolidation.run(Consolidation.Request.builder(full, out, CONFIG).previous(fjol).build());
      withLastYear = out;
    }
    return withLastYear;
  }

  @Test
  void theRollUpsMåluppfyllelseWorksWithLastYearsRollUp() throws Exception {
    Path out = withLastYear();
    assertEquals(28, rolledWithLastYear.units().size());
    int rowsOfB = (int) ExampleFolder.reports().stream().mapToLong(u -> u.rows().size()).sum();
    try (XSSFWorkbook wb = Sheets.open(out)) {
      XSSFSheet f = wb.getSheet(Contract.FULFILMENT_SHEET);
      int total = Sheets.findRow(f, 1, "Malmö stad totalt", 1, "Malmö stad totalt");
      assertEquals(2 * rowsOfB, Sheets.number(f, total, 3), "utfall: B's two more at Hög per category row, A unchanged");
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  /** Every text cell of a sheet, as "Sheet!A1" → text. */
  static Map<String, String> texts(XSSFSheet sheet) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (org.apache.poi.ss.usermodel.Row row : sheet) {
      for (org.apache.poi.ss.usermodel.Cell c : row) {
        org.apache.poi.ss.usermodel.CellType t = c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
            ? c.getCachedFormulaResultType() : c.getCellType();
        if (t == org.apache.poi.ss.usermodel.CellType.STRING) {
          out.put(sheet.getSheetName() + "!" + c.getAddress().formatAsString(), c.getStringCellValue());
        }
      }
    }
    return out;
  }

  /**
   * Issue 13 §5: a roll-up's total lines and prose speak of the organisation, the same label
   * everywhere. "Förvaltningen totalt" stays only in the blocks of each förvaltning (Kompetensgap,
   * Kompetensmål), below their names.
   */
  @Test
  void aRollUpWithLastYearSpeaksOfTheOrganisationOnEverySheet() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(withLastYear())) {
      Map<String, String> all = new java.util.LinkedHashMap<>();
      for (org.apache.poi.ss.usermodel.Sheet s : wb) {
        all.putAll(texts((XSSFSheet) s));
      }
      for (var e : all.entrySet()) {
        String t = e.getValue().toLowerCase(java.util.Locale.ROOT);
        assertTrue(!t.contains("hela förvaltningen") && !t.contains("visar förvaltningen"), e.getKey() + ": " + e.getValue());
        if (e.getValue().contains("Förvaltningen totalt")) {
          String sheet = e.getKey().substring(0, e.getKey().indexOf('!'));
          assertTrue(sheet.equals(Contract.GAP_SHEET) || sheet.equals(Contract.GOAL_SHEET), e.getKey() + " is no förvaltning's block");
        }
      }
      for (String sheet : List.of(Contract.FULFILMENT_SHEET, Contract.CHANGE_SHEET, Contract.DEVELOPMENT_SHEET, "Sammanfattning",
          "Inlämning", Contract.GAP_SHEET, Contract.GOAL_SHEET)) {
        assertTrue(texts(wb.getSheet(sheet)).containsValue("Malmö stad totalt"), sheet);
      }
      // The blocks of each förvaltning keep their own total, under their names.
      XSSFSheet gap = wb.getSheet(Contract.GAP_SHEET);
      int organisation = Sheets.findRow(gap, GapSheetColumns.CATEGORY, "Malmö stad totalt", GapSheetColumns.HORIZON, Horizon.TWO_YEARS.label());
      int firstBlock = Sheets.findRow(gap, 0, A, GapSheetColumns.CATEGORY, "");
      assertTrue(firstBlock > organisation);
      for (var e : texts(gap).entrySet()) {
        if (e.getValue().equals("Förvaltningen totalt")) {
          assertTrue(new org.apache.poi.ss.util.CellReference(e.getKey()).getRow() > firstBlock, e.getKey());
        }
      }
      String narrative = texts(wb.getSheet("Sammanfattning")).values().stream()
          .filter(t -> t.startsWith("Det kvalitativa kompetensgapet")).findFirst().orElseThrow();
      assertTrue(narrative.contains("på 5 års sikt för hela Malmö stad."), narrative);
      assertTrue(texts(wb.getSheet(Contract.FULFILMENT_SHEET)).values().stream()
          .anyMatch(t -> t.contains("per yrkeskategori för hela Malmö stad (Historik har inga enheter)")), "the long-term goals' note");
      // Utveckling: the organisation's line, its chart and its note; this year's supply is the roll-up's.
      XSSFSheet development = wb.getSheet(Contract.DEVELOPMENT_SHEET);
      assertTrue(texts(development).containsValue(
          "Talen är formler över tabellen Historik. Diagrammen visar Malmö stad, varje fokusområde och, i det sista, varje förvaltning."));
      int line = Sheets.findRow(development, 1, "Malmö stad totalt", 1, "Malmö stad totalt");
      assertEquals(rolledWithLastYear.gaps().administrationTotal().supply().total(), Sheets.number(development, line, 3), "2026's supply");
      assertEquals("Tillgång per år – Malmö stad", development.getDrawingPatriarch().getCharts().get(0).getTitleText().getString());
      // Förändring's organisation line changes by B's two more at Hög in every category row (2 år).
      XSSFSheet change = wb.getSheet(Contract.CHANGE_SHEET);
      assertTrue(Sheets.findRow(change, 1, "Malmö stad totalt", 1, "Malmö stad totalt") > 0);
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  /**
   * The report of a roll-up reads the organisation's lines only (not each förvaltning's block
   * below them), finds its total by the label the workbook gives it and names the organisation.
   */
  @Test
  void theReportOfARollUpNamesTheOrganisationAndFindsItsTotal() throws Exception {
    Path workbook = withLastYear();
    Path docx = dir.resolve("rapport-stad.docx");
    var run = Seed2017FulfilmentTest.main("rapport", workbook.toString(), "-o", docx.toString());
    assertEquals(0, run.code(), run.err());
    GapReport gaps = rolledWithLastYear.gaps();
    try (var doc = se.kompetensgap.testing.Docs.open(docx)) {
      List<List<String>> rows = se.kompetensgap.testing.Docs.rows(doc);
      List<List<String>> totals = rows.stream().filter(r -> r.get(0).equals("Totalt 2 år")).toList();
      assertEquals(1, totals.size(), "the organisation's total only, not each förvaltning's: " + totals);
      assertEquals(se.kompetensgap.analysis.ReportText.signed(gaps.administrationTotal().gapTotal(Horizon.TWO_YEARS)),
          totals.get(0).get(5));
      assertEquals(se.kompetensgap.analysis.ReportText.signed(gaps.administrationTotal().gapTotal(Horizon.FIVE_YEARS)),
          se.kompetensgap.testing.Docs.row(doc, "Totalt 5 år").get(5));
      String category = gaps.lines(se.kompetensgap.analysis.LineKind.CATEGORY).get(0).label();
      // Kompetensgap's table (six columns; Kompetensmål's has four) lists each category once per horizon.
      assertEquals(1, rows.stream().filter(r -> r.size() == 6 && r.get(0).equals(category + " 2 år")).count(), category + " once");
      String text = se.kompetensgap.testing.Docs.text(doc);
      int quantitative = gaps.administrationTotal().quantitativeGoal(Horizon.FIVE_YEARS);
      assertTrue(quantitative > 0, "the examples need more staff in 5 years");
      assertTrue(text.contains("Malmö stad behöver sammantaget") && text.contains(" och " + quantitative + " fler medarbetare på 5 års sikt"),
          "Kommentar kompetensgap");
      assertTrue(text.contains("Diagram: Tillgång per år för Malmö stad, totalt"), "Utveckling över tid's chart");
      assertTrue(text.contains("Raden Totalt gäller Malmö stad som helhet"), "Utveckling över tid");
      // The note on the organisation's förflyttningar stands under the key figures, not first in Sammanfattning.
      String note = se.kompetensgap.model.Scope.of("Malmö stad").movesNote();
      assertEquals(1, text.split(java.util.regex.Pattern.quote(note), -1).length - 1, "the note once");
      assertTrue(text.indexOf(note) > text.indexOf("Antal medarbetare"), "after the key figures");
      // The configuration names a förvaltning (Förvaltning = Arbetsmarknads- …); the roll-up's report is the organisation's.
      assertTrue(se.kompetensgap.testing.Docs.styled(doc, "Subtitle").contains("Malmö stad"), "the title page names the organisation");
      for (String never : List.of("Förvaltningen behöver", "hela förvaltningen", "för förvaltningen", "gäller förvaltningen",
          "Arbetsmarknads- och socialförvaltningen")) {
        assertTrue(!text.contains(never), never);
      }
    }
    var errors = se.kompetensgap.testing.OoxmlValidator.validate(List.of(workbook, docx));
    assertEquals(List.of(), errors.get(workbook), "the roll-up");
    assertEquals(List.of(), errors.get(docx), "its report");
  }

  static long risks(List<UnitReport> units) {
    return units.stream().flatMap(u -> u.risks().stream()).filter(r -> !r.isEmpty()).count();
  }

  static long comments(List<UnitReport> units) {
    return units.stream().flatMap(u -> u.rows().stream()).filter(r -> !r.comment().isEmpty()).count();
  }

  static long activities(List<UnitReport> units) {
    return units.stream().mapToLong(u -> u.activities().size()).sum();
  }

  @Test
  void theRollUpCarriesEveryRiskAssessmentAndActivityOfTheFörvaltningar() throws Exception {
    List<UnitReport> examples = ExampleFolder.reports();
    assertTrue(risks(examples) > 10 && activities(examples) > 10, "the examples have risks and activities to carry");
    assertEquals(2 * risks(examples), risks(rolled.units()));
    assertEquals(2 * activities(examples), activities(rolled.units()));
    assertEquals(2 * risks(examples), risks(rolledUpward.units()), "the upward versions carry them too");
    assertEquals(2 * activities(examples), activities(rolledUpward.units()));
    List<UnitReport> bou = examples.stream().filter(u -> u.info().focusArea().name().equals("Barn och unga")).toList();
    assertEquals(2 * risks(examples) + risks(bou), risks(rolledThree.units()), "and a roll-up of the roll-up");
    assertEquals(2 * activities(examples) + activities(bou), activities(rolledThree.units()));
    // The managers' comments (Kommentarer): as many as A's and B's own workbooks hold, full and upward.
    long inA = comments(consolidate(dir.resolve("in-a"), dir.resolve("bara-a-kommentarer.xlsx"), false).units());
    long inB = comments(consolidate(dir.resolve("in-b"), dir.resolve("bara-b-kommentarer.xlsx"), false).units());
    assertTrue(inA > examples.get(0).rows().size(), "A has the first unit's comments and the examples' own: " + inA);
    assertEquals(inA + inB, comments(rolled.units()), "the managers' comments (Kommentarer) too");
    assertEquals(inA + inB, comments(rolledUpward.units()));
    // Each stays with its own unit: B's "Enhet 1" is not A's.
    UnitReport first = examples.get(0);
    for (String administration : List.of(A, B)) {
      UnitReport read = rolled.units().stream()
          .filter(u -> u.info().administration().equals(administration) && u.info().unit().equals(first.info().unit())
              && u.info().focusArea().equals(first.info().focusArea()))
          .findFirst().orElseThrow();
      assertEquals(first.activities().stream().map(a -> a.title()).toList(), read.activities().stream().map(a -> a.title()).toList());
      assertEquals(first.risks().stream().filter(r -> !r.isEmpty()).map(r -> r.comment()).toList(),
          read.risks().stream().map(r -> r.comment()).toList());
    }
    try (XSSFWorkbook wb = Sheets.open(dir.resolve("stad.xlsx"))) {
      XSSFSheet plan = wb.getSheet("Aktiviteter per enhet");
      assertEquals(2 * activities(examples), plan.getLastRowNum());
      assertEquals("Förvaltning", Sheets.text(wb.getSheet("Riskbedömningar").getRow(0).getCell(0)));
      // The managers' comments on Riskanalys name each unit with its förvaltning: A's and B's
      // same-named units sharing a comment are two units, not one.
      boolean both = false;
      for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("Riskanalys")) {
        String units = Sheets.text(row.getCell(0));
        both |= units.contains(A + ": ") && units.contains(B + ": ");
      }
      assertTrue(both, "a shared comment lists A's and B's units with their förvaltning");
    }
  }

  @Test
  void theSameFörvaltningTwiceIsCountedOnceAndSaidSoWithoutAdviceToRemoveAFile() throws Exception {
    Path twice = Files.createDirectories(dir.resolve("dubbel"));
    Files.copy(full.resolve("a.xlsx"), twice.resolve("a.xlsx"));
    Files.copy(full.resolve("a.xlsx"), twice.resolve("a-kopia.xlsx"));
    Consolidation.Result r = consolidate(twice, dir.resolve("dubbel.xlsx"), false);
    assertEquals(14, r.units().size());
    assertEquals("2 sammanställningar inlästa (14 enheter), 14 enheter fanns två gånger och räknades en gång (se Inläsning)",
        r.rollUp().orElseThrow().describe());
    var skipped = r.outcomes().stream().filter(o -> o.fate() == FileFate.SKIPPED).toList();
    assertEquals(14, skipped.size());
    for (var o : skipped) {
      String message = o.findings().get(o.findings().size() - 1).message();
      assertTrue(message.startsWith("Samma enhet (" + A + " / "), message);
      assertTrue(!message.contains("ta bort den andra filen"), message);
    }
  }

  @Test
  void everyFormulaOfTheRollUpRecalculatesInLibreOfficeToItsCachedValue() throws Exception {
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) saknas: den oberoende omräkningen hoppas över");
    Path out = dir.resolve("stad.xlsx");
    Path recalculated = LibreOffice.recalculate(out, Files.createDirectories(dir.resolve("lo")));
    assertEquals(List.of(), LibreOffice.compare(out, recalculated, 1e-9));
  }
}
