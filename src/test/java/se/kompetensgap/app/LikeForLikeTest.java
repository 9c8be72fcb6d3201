package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.FocusArea;
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

/**
 * Issue 10 §1, the story as it happened: one manager leaves År at last year's value, the unit is
 * rejected, and Måluppfyllelse showed its whole staff as lost. Four units, 2017 → 2018, all
 * through the real template and the real consolidation:
 *
 * <ul>
 *   <li>Norr (Barn och unga): in both years; myndighet barn och unga +2 at Hög, one sektionschef
 *       from God to Hög;
 *   <li>Söder (Barn och unga): 15 myndighetshandläggare and 2 sektionschefer in 2017; its 2018
 *       workbook says År 2017 and is rejected;
 *   <li>Öster (Barn och unga): new in 2018 with 4;
 *   <li>Centrum (Ekonomiskt bistånd): a Lättversion in 2018, so its tillgång is 2017's.
 * </ul>
 *
 * Before the fix myndighet barn och unga showed 22 + 4 − (20 + 15) = −9; compared like for
 * like it is Norr's +2 of a goal of 12, and ekonomiskt bistånd "kan inte mätas".
 */
class LikeForLikeTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();
  static final String ADM = "Arbetsmarknads- och socialförvaltningen";
  static final String BU = "Barn och unga";
  static final String EB = "Ekonomiskt bistånd";
  static final Category MBU = new Category("Socialsekreterare myndighet barn och unga");
  static final Category SEB = new Category("Socialsekreterare ekonomiskt bistånd");
  static final Category SC = new Category("Sektionschef");
  /** 2017's need above supply at every unit: 4 more at Hög and 2 at Mycket hög (goal +6). */
  static final LevelCounts NEED = LevelCounts.of(0, 0, 4, 2);

  // Måluppfyllelse's columns: (Mål, Utfall, % av målet) for kvantitativt, Viss … Mycket hög, förflyttningar.
  static final int QUANT = 2;
  static final int HOG = 11;
  static final int MYCKET_HOG = 14;
  static final int MOVES = 17;

  @TempDir static Path dir;
  static Path fjol;
  static Path output;
  static Path upward;
  static Consolidation.Result result;

  @BeforeAll
  static void consolidate2017Then2018() throws Exception {
    Path y2017 = dir.resolve("2017");
    write(y2017, unit(2017, BU, "Norr", MappingType.FULL, row(MBU, 5, 5, 5, 5), row(SC, 0, 1, 1, 0)));
    write(y2017, unit(2017, BU, "Söder", MappingType.FULL, row(MBU, 3, 3, 3, 6), row(SC, 0, 0, 1, 1)));
    write(y2017, unit(2017, EB, "Centrum", MappingType.FULL, row(SEB, 2, 4, 4, 2)));
    fjol = dir.resolve("konsoliderad-2017.xlsx");
    Consolidation.run(Consolidation.Request.builder(y2017, fjol, CONFIG).build());

    Path y2018 = dir.resolve("2018");
    // Norr: two more at Hög against 2017's unchanged need (5, 5, 9, 7).
    LevelCounts need2017 = LevelCounts.of(5, 5, 5, 5).plus(NEED);
    write(y2018, unit(2018, BU, "Norr", MappingType.FULL,
        new CategoryRow(MBU, LevelCounts.of(5, 5, 7, 5), need2017, need2017), row(SC, 0, 0, 2, 0)));
    // The manager of Söder left År at last year's value: the workbook is rejected.
    write(y2018, unit(2017, BU, "Söder", MappingType.FULL, row(MBU, 3, 3, 3, 6), row(SC, 0, 0, 1, 1)));
    write(y2018, unit(2018, BU, "Öster", MappingType.FULL, row(MBU, 1, 1, 1, 1)));
    // A Lättversion: whatever tillgång it holds is replaced by 2017's.
    write(y2018, unit(2018, EB, "Centrum", MappingType.LIGHT, row(SEB, 0, 0, 0, 0)));
    output = dir.resolve("konsoliderad-2018.xlsx");
    result = Consolidation.run(Consolidation.Request.builder(y2018, output, CONFIG).previous(fjol).build());
    upward = dir.resolve("uppat-2018.xlsx");
    Consolidation.run(Consolidation.Request.builder(y2018, upward, CONFIG).previous(fjol).withoutUnits(true).build());
  }

  static CategoryRow row(Category c, int viss, int god, int hog, int mycketHog) {
    LevelCounts supply = LevelCounts.of(viss, god, hog, mycketHog);
    LevelCounts demand = supply.plus(NEED);
    return new CategoryRow(c, supply, demand, demand);
  }

  static UnitReport unit(int year, String area, String unit, MappingType type, CategoryRow... rows) {
    String department = area.equals(BU) ? "Myndighet barn och unga" : "Försörjningsstöd";
    UnitInfo info = new UnitInfo(year, ADM, new FocusArea(area), department, unit, "Chef " + unit,
        LocalDate.of(year, 9, 1), type);
    return new UnitReport(unit + ".xlsx", info, List.of(rows), List.of(), List.of());
  }

  static void write(Path folder, UnitReport r) throws Exception {
    UnitWorkbooks.write(folder.resolve(r.source()), CONFIG, r);
  }

  @Test
  void theStoryHappens_SoderIsRejectedForItsYear() {
    var soder = result.outcomes().stream().filter(o -> o.file().equals("Söder.xlsx")).findFirst().orElseThrow();
    assertEquals(FileFate.REJECTED, soder.fate());
  }

  @Test
  void aRejectedUnitIsNoLossAndANewUnitNoGain() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(output)) {
      XSSFSheet sheet = wb.getSheet(Contract.FULFILMENT_SHEET);
      int row = Sheets.findRow(sheet, 0, BU, 1, MBU.name());
      // The goal is what 2017 set for all of its units (Norr 6 + Söder 6) …
      assertEquals(12, Sheets.number(sheet, row, QUANT));
      // … the outcome Norr's own change: 22 − 20, not 22 + 4 − (20 + 15) = −9.
      assertEquals(2, Sheets.number(sheet, row, QUANT + 1));
      assertEquals(2.0 / 12, Sheets.number(sheet, row, QUANT + 2), 1e-12);
      assertEquals(8, Sheets.number(sheet, row, HOG));
      assertEquals(2, Sheets.number(sheet, row, HOG + 1));
      assertEquals(0.25, Sheets.number(sheet, row, HOG + 2), 1e-12);
      assertEquals(0, Sheets.number(sheet, row, MYCKET_HOG + 1));
      // Sektionschef: Norr moved one from God to Hög; Söder's two are not "lost".
      int sc = Sheets.findRow(sheet, 0, "Alla fokusområden", 1, SC.name());
      assertEquals(0, Sheets.number(sheet, sc, QUANT + 1));
      assertEquals(1, Sheets.number(sheet, sc, HOG + 1));
      int all = Sheets.findRow(sheet, 0, "", 1, "Förvaltningen totalt");
      assertEquals(2, Sheets.number(sheet, all, QUANT + 1));
    }
  }

  @Test
  void aCategoryOnlyLattversionUnitsHaveCannotBeMeasured() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(output)) {
      XSSFSheet sheet = wb.getSheet(Contract.FULFILMENT_SHEET);
      int row = Sheets.findRow(sheet, 0, EB, 1, SEB.name());
      assertEquals(6, Sheets.number(sheet, row, QUANT), "the goal stands");
      for (int col : new int[] {QUANT + 1, QUANT + 2, HOG + 1, HOG + 2, MYCKET_HOG + 1, MYCKET_HOG + 2, MOVES + 1, MOVES + 2}) {
        assertEquals("kan inte mätas (Lättversion)", cachedText(sheet, row, col), "column " + col);
      }
      int total = Sheets.findRow(sheet, 0, EB, 1, EB + " totalt");
      assertEquals("kan inte mätas (Lättversion)", cachedText(sheet, total, QUANT + 1));
      // Socialsekreterare totalt rests on what can be measured: Barn och unga's +2.
      int group = Sheets.findRow(sheet, 0, "", 1, "Socialsekreterare totalt");
      assertEquals(2, Sheets.number(sheet, group, QUANT + 1));
    }
  }

  @Test
  void måluppfyllelseStatesItsBasisAndNamesTheUnits() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(output)) {
      String note = basisNote(wb.getSheet(Contract.FULFILMENT_SHEET));
      assertTrue(note.startsWith("Utfallet bygger på 1 av 4 enheter"), note);
      assertTrue(note.contains("Saknas i år (inte inlämnad eller avvisad, se Inläsning): Myndighet barn och unga / Söder."), note);
      assertTrue(note.contains("Nya i år: Myndighet barn och unga / Öster."), note);
      assertTrue(note.contains("Lättversion i år") && note.contains("Försörjningsstöd / Centrum"), note);
    }
  }

  @Test
  void förändringComparesTheUnitsInBothYearsLattversionIncluded() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(output)) {
      XSSFSheet sheet = wb.getSheet(Contract.CHANGE_SHEET);
      String note = basisNote(sheet);
      assertTrue(note.startsWith("Jämförelsen bygger på 2 av 4 enheter"), note);
      int row = Sheets.findRow(sheet, 0, BU, 1, MBU.name());
      // Norr alone: 2017 gap at Hög −4, 2018 supply 7 against need 9: −2, so +2.
      assertEquals(-4, Sheets.number(sheet, row, 3 + 2));
      assertEquals(-2, Sheets.number(sheet, row, 8 + 2));
      assertEquals(2, Sheets.number(sheet, row, 13 + 2));
      assertEquals(-6, Sheets.number(sheet, row, 3 + 4), "2017's gap over Norr only, not −12 with Söder's");
      assertEquals(-4, Sheets.number(sheet, row, 8 + 4), "2018's gap over Norr only, not −10 with Öster's");
    }
  }

  @Test
  void underlagSaysWhichRowsAreCompared() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(output)) {
      XSSFSheet sheet = wb.getSheet(Contract.BASIS_SHEET);
      int col = Contract.basisHeaders().size();
      assertEquals(Contract.COMPARISON, Sheets.text(sheet.getRow(0).getCell(col)));
      assertEquals("Jämförs", standing(sheet, 0, "Norr"));
      assertEquals("Ny i år", standing(sheet, 0, "Öster"));
      assertEquals("Lättversion", standing(sheet, 0, "Centrum"));
      XSSFSheet fjolSheet = wb.getSheet(Contract.PREVIOUS_BASIS_SHEET);
      assertEquals("Saknas i år", standing(fjolSheet, 3, "Söder"));
    }
  }

  @Test
  void everyFormulaAgreesWithItsCachedValue() throws Exception {
    for (Path p : List.of(output, upward)) {
      try (XSSFWorkbook wb = Sheets.open(p)) {
        assertEquals(List.of(), FormulaCheck.mismatches(wb), p.getFileName().toString());
      }
    }
  }

  @Test
  void libreOfficeRecalculatesTheSameValues() throws Exception {
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "soffice is not installed");
    for (Path p : List.of(output, upward)) {
      Path recalculated = LibreOffice.recalculate(p, dir.resolve("lo-" + p.getFileName()));
      assertEquals(List.of(), LibreOffice.compare(p, recalculated, 1e-9), p.getFileName().toString());
    }
  }

  @Test
  void theUpwardVersionCountsTheUnitsAndNamesNone() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(upward)) {
      XSSFSheet sheet = wb.getSheet(Contract.FULFILMENT_SHEET);
      String note = basisNote(sheet);
      assertTrue(note.contains("Saknas i år (inte inlämnad eller avvisad, se Inläsning): 1 enhet."), note);
      assertTrue(note.contains("Nya i år: 1 enhet."), note);
      for (String name : List.of("Söder", "Öster", "Norr", "Centrum")) {
        assertFalse(note.contains(name), note);
        assertFalse(basisNote(wb.getSheet(Contract.CHANGE_SHEET)).contains(name));
      }
      // The same numbers as HR's version.
      int row = Sheets.findRow(sheet, 0, BU, 1, MBU.name());
      assertEquals(2, Sheets.number(sheet, row, QUANT + 1));
      assertEquals("kan inte mätas (Lättversion)", cachedText(sheet, Sheets.findRow(sheet, 0, EB, 1, SEB.name()), QUANT + 1));
    }
  }

  @Test
  void sammanfattningTellsOfTheLattversionAndTheBasis() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(output)) {
      XSSFSheet sheet = wb.getSheet("Sammanfattning");
      String light = Seed2017FulfilmentTest.paragraph(sheet, "Lättversion");
      // Seed 002, Sammanfattning ¶1–2, for one unit of three.
      assertTrue(light.startsWith("I årets kompetensanalys har 1 av 3 enheter gjort en lättversion av kompetenskartläggningen."), light);
      assertTrue(light.contains("går det inte att se vilka kompetensförflyttningar som har gjorts där sedan förra årets kartläggning"), light);
      String goals = Seed2017FulfilmentTest.paragraph(sheet, "Måluppfyllelse");
      // Socialsekreterare totalt: Norr's +2 against the goal of 12 + 6 (ekonomiskt bistånd's 6 stands).
      assertTrue(goals.contains("vara 18. En jämförelse mellan gapanalysen 2017 och gapanalysen 2018 visar en utökning med 2 (11 % av målet)."), goals);
      assertTrue(goals.contains("För yrkeskategorin sektionschef var målet en utökning med 12 och 12 förflyttningar"), goals);
      assertTrue(goals.contains("För socialsekreterare ekonomiskt bistånd kan utfallet inte mätas (bara lättversioner), så de "
          + "ingår inte i utfallet men väl i målet."), goals);
      assertTrue(goals.endsWith("bygger på 1 av 4 enheter, de som finns med båda åren "
          + "(1 enhet saknas i år, 1 enhet är ny och 1 enhet gjorde en lättversion, se bladet Måluppfyllelse)."), goals);
    }
  }

  static String basisNote(XSSFSheet sheet) {
    return Sheets.text(sheet.getRow(3).getCell(0));
  }

  /** The Jämförelse of the first row whose Enhet is {@code unit}. */
  static String standing(XSSFSheet sheet, int headerRow, String unit) {
    int unitCol = Contract.basisHeaders().indexOf(Contract.UNIT);
    int col = Contract.basisHeaders().size();
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      var row = sheet.getRow(r);
      if (row != null && unit.equals(Sheets.text(row.getCell(unitCol)))) {
        return Sheets.text(row.getCell(col));
      }
    }
    throw new AssertionError("no row for " + unit);
  }

  static String cachedText(XSSFSheet sheet, int row, int col) {
    Cell c = sheet.getRow(row).getCell(col);
    return c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.STRING ? c.getStringCellValue() : "number";
  }
}
