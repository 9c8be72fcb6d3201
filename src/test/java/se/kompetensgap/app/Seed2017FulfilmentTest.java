package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.cli.Main;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.testing.UnitWorkbooks;
import se.kompetensgap.text.Contract;

/**
 * Seed 000, table 1.3 ("Utvärdering av kompetensmål 2017 – 2018") reproduced end to end: a 2017
 * folder whose gaps give the seed's goals, a 2018 folder whose supply gives the seed's outcomes,
 * both through the real template and the real CLI, the second run with --foregaende.
 *
 * <p>The seed's percentages are hand-made and contain slips (7 of a goal of 11 is 64 %, the
 * seed says 70 %; 20 of 11 is 182 %, the seed says 180 %; 21 of 16 is 131 %, the seed says
 * 130 %; 14 of 12 is 117 %, the seed says 116 %): the test asserts outcome / goal computed, never
 * the seed's rounding.
 */
class Seed2017FulfilmentTest {

  /**
   * Per category (seed 000, 1.3): area, kvantitativt mål, förflyttningar per level (Viss, God,
   * Hög, Mycket hög), outcome in total, outcome per level (only levels with a goal count).
   */
  record SeedRow(String area, String category, int goal, int[] moves, int outcome, int[] levelOutcome) {}

  static final String EB = "Ekonomiskt bistånd";
  static final String VU = "Vuxna";
  static final String BU = "Barn och unga";

  static final List<SeedRow> SEED =
      List.of(
          new SeedRow(EB, "Socialsekreterare ekonomiskt bistånd", 20, new int[] {0, 0, 42, 21}, 12, new int[] {0, 0, 31, 3}),
          new SeedRow(VU, "Socialsekreterare myndighet vuxna", 11, new int[] {0, 0, 15, 7}, 20, new int[] {0, 0, 5, -1}),
          new SeedRow(VU, "Socialsekreterare stöd och råd vuxna", 16, new int[] {0, 0, 11, 11}, 21, new int[] {0, 0, 7, 2}),
          new SeedRow(BU, "Socialsekreterare myndighet barn och unga", 23, new int[] {0, 40, 31, 17}, 61, new int[] {0, 46, 18, 19}),
          new SeedRow(BU, "Socialsekreterare samtal och behandling", 5, new int[] {0, 0, 7, 3}, -2, new int[] {0, 0, -3, -2}),
          new SeedRow(BU, "Socialsekreterare familjehem", 5, new int[] {0, 0, 9, 3}, 8, new int[] {0, 0, 8, 2}),
          new SeedRow(BU, "Socialsekreterare stöd och råd barn och unga", 1, new int[] {0, 0, 10, 15}, -64, new int[] {0, 0, -27, -6}),
          new SeedRow(EB, "Sektionschef", 10, new int[] {0, 0, 12, 12}, 20, new int[] {0, 0, 14, -4}));

  /** Head count at every level in 2017, so that the seed's decreases stay above zero. */
  static final int BASE = 100;

  @TempDir static Path dir;
  static Path fjol;
  static Path output;
  static String secondRunErr;
  static int secondRunCode;

  @BeforeAll
  static void consolidate2017Then2018() throws Exception {
    Configuration config = ConfigurationParser.defaults();
    Map<String, List<CategoryRow>> rows2017 = new LinkedHashMap<>();
    Map<String, List<CategoryRow>> rows2018 = new LinkedHashMap<>();
    for (SeedRow s : SEED) {
      CategoryRow[] years = build(s);
      rows2017.computeIfAbsent(s.area(), a -> new ArrayList<>()).add(years[0]);
      rows2018.computeIfAbsent(s.area(), a -> new ArrayList<>()).add(years[1]);
    }
    writeFolder(dir.resolve("2017"), 2017, rows2017, config);
    writeFolder(dir.resolve("2018"), 2018, rows2018, config);
    fjol = dir.resolve("konsoliderad-2017.xlsx");
    assertEquals(0, main("konsolidera", dir.resolve("2017").toString(), "-o", fjol.toString()).code());
    output = dir.resolve("konsoliderad-2018.xlsx");
    Run second = main("konsolidera", dir.resolve("2018").toString(), "-o", output.toString(), "--foregaende", fjol.toString());
    secondRunCode = second.code();
    secondRunErr = second.err();
  }

  /**
   * A category's 2017 and 2018 rows. 2017: supply BASE at every level; demand BASE + goal at
   * levels with a goal, and the surplus that makes the total gap −goal at the first level
   * without one. 2018: supply moved by the seed's outcomes, the rest of the total outcome at
   * the first level without a goal.
   */
  static CategoryRow[] build(SeedRow s) {
    int[] supply17 = {BASE, BASE, BASE, BASE};
    int[] demand17 = {BASE, BASE, BASE, BASE};
    int[] supply18 = supply17.clone();
    int free = -1;
    int moves = 0;
    int outcomeAtGoals = 0;
    for (int l = 0; l < 4; l++) {
      if (s.moves()[l] > 0) {
        demand17[l] += s.moves()[l];
        supply18[l] += s.levelOutcome()[l];
        moves += s.moves()[l];
        outcomeAtGoals += s.levelOutcome()[l];
      } else if (free < 0) {
        free = l;
      }
    }
    demand17[free] -= moves - s.goal();
    supply18[free] += s.outcome() - outcomeAtGoals;
    Category c = new Category(s.category());
    return new CategoryRow[] {
      new CategoryRow(c, LevelCounts.of(supply17), LevelCounts.of(demand17), LevelCounts.of(demand17)),
      new CategoryRow(c, LevelCounts.of(supply18), LevelCounts.of(demand17), LevelCounts.of(demand17))
    };
  }

  static void writeFolder(Path folder, int year, Map<String, List<CategoryRow>> byArea, Configuration config) throws Exception {
    for (Map.Entry<String, List<CategoryRow>> e : byArea.entrySet()) {
      UnitInfo info = new UnitInfo(year, "Arbetsmarknads- och socialförvaltningen", new FocusArea(e.getKey()),
          e.getKey(), e.getKey() + " enheten", "Chef", LocalDate.of(year, 9, 1), MappingType.FULL);
      UnitReport r = new UnitReport(e.getKey() + ".xlsx", info, e.getValue(), List.of(), List.of());
      UnitWorkbooks.write(folder.resolve(e.getKey() + ".xlsx"), config, r);
    }
  }

  record Run(int code, String out, String err) {}

  static Run main(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  // Måluppfyllelse's columns: (Mål, Utfall, % av målet) for kvantitativt, Viss … Mycket hög, förflyttningar.
  static final int QUANT = 2;
  static final int MOVES = 17;

  static int levelCol(int level) {
    return 5 + 3 * level;
  }

  @Test
  void theSecondRunSucceeds() {
    assertEquals(0, secondRunCode, secondRunErr);
  }

  @Test
  void everyGoalOutcomeAndPercentageOfTable13() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(output)) {
      XSSFSheet sheet = wb.getSheet(Contract.FULFILMENT_SHEET);
      for (SeedRow s : SEED) {
        String area = s.category().equals("Sektionschef") ? "Alla fokusområden" : s.area();
        int row = Sheets.findRow(sheet, 0, area, 1, s.category());
        assertEquals(s.goal(), Sheets.number(sheet, row, QUANT), s.category() + " mål");
        assertEquals(s.outcome(), Sheets.number(sheet, row, QUANT + 1), s.category() + " utfall");
        assertEquals((double) s.outcome() / s.goal(), Sheets.number(sheet, row, QUANT + 2), 1e-12, s.category() + " %");
        int movesGoal = 0;
        int movesOutcome = 0;
        for (int l = 0; l < 4; l++) {
          int c = levelCol(l);
          assertEquals(s.moves()[l], Sheets.number(sheet, row, c), s.category() + " mål nivå " + l);
          if (s.moves()[l] == 0) {
            assertEquals("", cachedText(sheet, row, c + 1), "no goal at level " + l + ": no outcome");
            assertEquals("", cachedText(sheet, row, c + 2), "no goal at level " + l + ": no percentage");
          } else {
            assertEquals(s.levelOutcome()[l], Sheets.number(sheet, row, c + 1), s.category() + " utfall nivå " + l);
            assertEquals((double) s.levelOutcome()[l] / s.moves()[l], Sheets.number(sheet, row, c + 2), 1e-12);
            movesGoal += s.moves()[l];
            movesOutcome += s.levelOutcome()[l];
          }
        }
        assertEquals(movesGoal, Sheets.number(sheet, row, MOVES));
        assertEquals(movesOutcome, Sheets.number(sheet, row, MOVES + 1));
      }
    }
  }

  @Test
  void theSeedsPercentagesAsComputedNotAsHandWritten() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(output)) {
      XSSFSheet sheet = wb.getSheet(Contract.FULFILMENT_SHEET);
      // Seed 000, Ekonomiskt bistånd: 60 %, 74 %, 14 % (SPEC §5 worked example).
      int eb = Sheets.findRow(sheet, 0, EB, 1, "Socialsekreterare ekonomiskt bistånd");
      assertEquals(0.60, Sheets.number(sheet, eb, QUANT + 2), 1e-12);
      assertEquals(74, Math.round(100 * Sheets.number(sheet, eb, levelCol(2) + 2)));
      assertEquals(14, Math.round(100 * Sheets.number(sheet, eb, levelCol(3) + 2)));
      // Stöd och råd vuxna: "7 till hög nivå (70 % av målet)" against a goal of 11 is 64 %.
      int sr = Sheets.findRow(sheet, 0, VU, 1, "Socialsekreterare stöd och råd vuxna");
      assertEquals(64, Math.round(100 * Sheets.number(sheet, sr, levelCol(2) + 2)));
    }
  }

  @Test
  void socialsekreterareTotal102MovesOfAGoalOf242() throws Exception {
    // Seed 000, 1.2: "102 förflyttningar till högre kompetensnivåer har gjorts" — the sum of the
    // net changes at the levels with a goal over the seven socialsekreterare categories. The
    // seed calls the goal 210, but its own per-category goals (table 1.3) sum to 242; the tool
    // sums the goals it reads, so it shows 242 (and 102 / 242 = 42 %).
    try (XSSFWorkbook wb = Sheets.open(output)) {
      XSSFSheet sheet = wb.getSheet(Contract.FULFILMENT_SHEET);
      int row = Sheets.findRow(sheet, 0, "", 1, "Socialsekreterare totalt");
      assertEquals(242, Sheets.number(sheet, row, MOVES));
      assertEquals(102, Sheets.number(sheet, row, MOVES + 1));
      assertEquals(102.0 / 242, Sheets.number(sheet, row, MOVES + 2), 1e-12);
      // Kvantitativt: 20+11+16+23+5+5+1 = 81 set, 12+20+21+61−2+8−64 = 56 reached.
      assertEquals(81, Sheets.number(sheet, row, QUANT));
      assertEquals(56, Sheets.number(sheet, row, QUANT + 1));
      int all = Sheets.findRow(sheet, 0, "", 1, "Förvaltningen totalt");
      assertEquals(242 + 24, Sheets.number(sheet, all, MOVES));
      assertEquals(102 + 10, Sheets.number(sheet, all, MOVES + 1), "seed 000, 1.2: sektionschefer 10 förflyttningar");
      int vuxna = Sheets.findRow(sheet, 0, VU, 1, "Vuxna totalt");
      assertEquals(11 + 16, Sheets.number(sheet, vuxna, QUANT));
      assertEquals(5 + 7, Sheets.number(sheet, vuxna, levelCol(2) + 1));
    }
  }

  @Test
  void sammanfattningEvaluatesTheGoalsInSeed000sWords() throws Exception {
    // Seed 000, 1.2 ("Det totala behovet av utökning av socialsekreterare till 2019 bedömdes i
    // gap-analysen 2017 vara 102 …"), with this folder's numbers: 81 set, 56 reached; 242 moves
    // set, +102 at the levels with a goal; sektionschef 10 and 24 set, +20 and +10 reached.
    try (XSSFWorkbook wb = Sheets.open(output)) {
      String text = paragraph(wb.getSheet("Sammanfattning"), "Måluppfyllelse");
      assertTrue(text.startsWith("Det totala behovet av utökning av socialsekreterare till 2019 bedömdes i gapanalysen 2017 "
          + "vara 81. En jämförelse mellan gapanalysen 2017 och gapanalysen 2018 visar en utökning med 56 (69 % av målet). "
          + "Kompetensmålet var att förflytta 242 socialsekreterare till högre kompetensnivåer; på de nivåerna är "
          + "nettoförändringen +102 (42 % av målet)."), text);
      assertTrue(text.contains("För yrkeskategorin sektionschef var målet en utökning med 10 och 24 förflyttningar till "
          + "högre kompetensnivåer; utfallet är en utökning med 20 (200 % av målet) och +10 på nivåerna med mål (42 % av målet)."), text);
      assertTrue(text.endsWith("bygger på 3 av 3 enheter, de som finns med båda åren."), text);
    }
  }

  /** The text under a heading of Sammanfattning. */
  static String paragraph(XSSFSheet sheet, String heading) {
    for (int r = 0; r < sheet.getLastRowNum(); r++) {
      var row = sheet.getRow(r);
      if (row != null && row.getCell(0) != null && heading.equals(Sheets.text(row.getCell(0)))) {
        return Sheets.text(sheet.getRow(r + 1).getCell(0));
      }
    }
    throw new AssertionError("no paragraph " + heading);
  }

  @Test
  void everyFormulaAgreesWithItsCachedValue() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(output)) {
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  @Test
  void libreOfficeRecalculatesTheSameNumbersWithoutErrors() throws Exception {
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "soffice is not installed");
    Path recalculated = LibreOffice.recalculate(output, dir.resolve("lo"));
    assertEquals(List.of(), LibreOffice.compare(output, recalculated, 1e-9));
  }

  @Test
  void changeSheetDescribesEveryCategory() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(output)) {
      XSSFSheet sheet = wb.getSheet(Contract.CHANGE_SHEET);
      int row = Sheets.findRow(sheet, 0, EB, 1, "Socialsekreterare ekonomiskt bistånd");
      // 2017 gap at Viss: 100 − (100 − 43) = +43; 2018 supply at Viss 100 − 22 → +21.
      assertEquals(43, Sheets.number(sheet, row, 3));
      assertEquals(21, Sheets.number(sheet, row, 8));
      assertEquals(-22, Sheets.number(sheet, row, 13));
      String sentence = Sheets.text(sheet.getRow(row).getCell(18));
      assertTrue(sentence.startsWith("Behovet av kvantitativ ökning har minskat."), sentence);
    }
  }

  @Test
  void lastYearsWorkbookOfTheSameYearExitsWithOneAndWritesNothing() {
    Path out = dir.resolve("samma-ar.xlsx");
    Run r = main("konsolidera", dir.resolve("2017").toString(), "-o", out.toString(), "--foregaende", fjol.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("gäller år 2017, men mappens kartläggningar gäller år 2017") && r.err().contains("Inget skrevs"), r.err());
    assertTrue(!java.nio.file.Files.exists(out));
  }

  @Test
  void theHelpNamesTheOption() {
    Run r = main("konsolidera", "--help");
    assertTrue(r.out().contains("--foregaende"), r.out());
  }

  @Test
  void thisYearsWorkbookCanBeNextYearsFjol() throws Exception {
    // Its copies of last year's tables (KompetensmalFjol, UnderlagFjol) are not read as its own.
    try (var source = se.kompetensgap.intake.PoiWorkbookSource.openPreferringCachedValues(output.toFile())) {
      var r = new se.kompetensgap.intake.ConsolidatedWorkbookReader(ConfigurationParser.defaults()).read("fjol.xlsx", source, "");
      var data = r.data().orElseThrow(() -> new AssertionError(r.findings()));
      assertEquals(2018, data.year());
      assertEquals(3, data.units().size());
      assertEquals(2 * SEED.size(), data.goals().size());
    }
  }

  static String cachedText(XSSFSheet sheet, int row, int col) {
    Cell c = sheet.getRow(row).getCell(col);
    return c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.STRING ? c.getStringCellValue() : "number";
  }
}
