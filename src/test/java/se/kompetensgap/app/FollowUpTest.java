package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.testing.UnitWorkbooks;

/**
 * Risks and activities followed up from last year (issue 13 §4). Last year is the examples as
 * of 2025; this year the same units in 2026, unchanged, or with the first unit rating its first
 * category Allvarlig/Hög, dropping its first activity that was not Klar, and a new activity.
 */
class FollowUpTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();
  static final String NEW_ACTIVITY = "Mentorskap för nyanställda 2026";

  @TempDir static Path dir;
  static Path fjol;
  static Path same;
  static Path changed;
  static Activity dropped;

  @BeforeAll
  static void twoYears() throws Exception {
    List<UnitReport> units = ExampleFolder.reports();
    fjol = dir.resolve("2025.xlsx");
    consolidate(write("2025", units, 2025, (k, u) -> u), fjol);
    same = dir.resolve("2026-samma.xlsx");
    consolidate(write("2026-samma", units, 2026, (k, u) -> u), same);
    dropped = units.get(0).activities().stream().filter(a -> a.status() != ActivityStatus.DONE).findFirst().orElseThrow();
    changed = dir.resolve("2026-andrad.xlsx");
    consolidate(write("2026-andrad", units, 2026, (k, u) -> {
      if (k == 0) {
        List<RiskAssessment> risks = new ArrayList<>(u.risks());
        RiskAssessment first = risks.get(0);
        risks.set(0, new RiskAssessment(first.category(), Consequence.SERIOUS, Likelihood.HIGH, Consequence.SERIOUS, Likelihood.HIGH,
            "Svårt att rekrytera"));
        List<Activity> activities = u.activities().stream().filter(a -> a != dropped).toList();
        return new UnitReport(u.source(), u.info(), u.rows(), risks, activities);
      }
      if (k == 1) {
        List<Activity> activities = new ArrayList<>(u.activities());
        activities.add(new Activity(ActivityArea.INTRODUCE, "Socialsekreterare", NEW_ACTIVITY, "", "", null, "", ActivityStatus.PLANNED));
        return new UnitReport(u.source(), u.info(), u.rows(), u.risks(), activities);
      }
      return u;
    }), changed);
  }

  static Path write(String name, List<UnitReport> units, int year, BiFunction<Integer, UnitReport, UnitReport> change) throws Exception {
    Path folder = dir.resolve(name);
    for (int k = 0; k < units.size(); k++) {
      UnitReport r = units.get(k);
      UnitInfo i = r.info();
      UnitInfo info = new UnitInfo(year, i.administration(), i.focusArea(), i.department(), i.unit(), i.manager(), i.date().withYear(year),
          i.mappingType());
      UnitWorkbooks.write(folder.resolve(r.source()), CONFIG, change.apply(k, new UnitReport(r.source(), info, r.rows(), r.risks(), r.activities())));
    }
    return folder;
  }

  static void consolidate(Path folder, Path out) throws Exception {
    Consolidation.Builder b = Consolidation.Request.builder(folder, out, CONFIG);
    if (!out.equals(fjol)) {
      b.previous(fjol);
    }
    Consolidation.run(b.build());
  }

  static int row(XSSFSheet sheet, int col, String text) {
    for (Row r : sheet) {
      if (r.getCell(col) != null && Sheets.text(r.getCell(col)).equals(text)) {
        return r.getRowNum();
      }
    }
    return -1;
  }

  /** A cell's shown text: its value, or a formula's cached text. */
  static String shown(org.apache.poi.ss.usermodel.Cell cell) {
    if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
        && cell.getCachedFormulaResultType() == org.apache.poi.ss.usermodel.CellType.STRING) {
      return cell.getStringCellValue();
    }
    return Sheets.text(cell);
  }

  static int headerCol(XSSFSheet sheet, int headerRow, String header) {
    Row r = sheet.getRow(headerRow);
    for (int c = 0; c < r.getLastCellNum(); c++) {
      if (r.getCell(c) != null && Sheets.text(r.getCell(c)).equals(header)) {
        return c;
      }
    }
    throw new AssertionError("no column " + header);
  }

  @Test
  void anUnchangedRiskAnalysisSaysSoAsSeed000Does() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(same)) {
      XSSFSheet risk = wb.getSheet("Riskanalys");
      assertTrue(row(risk, 0, "Riskanalysen 2026 skiljer sig inte från riskanalysen 2025.") > 0);
      int change = headerCol(risk, 4, "Förändring mot förra året");
      int rated = 0;
      for (int r = 5; risk.getRow(r) != null && !Sheets.text(risk.getRow(r).getCell(1)).isEmpty(); r++) {
        String c = shown(risk.getRow(r).getCell(change));
        assertTrue(c.equals("Oförändrad") || c.isEmpty(), c);
        rated += c.isEmpty() ? 0 : 1;
      }
      assertTrue(rated >= 5, "the categories rated both years are compared: " + rated);
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  @Test
  void aRaisedRiskIsNamedAndMarkedHigher() throws Exception {
    String category = ExampleFolder.reports().get(0).risks().get(0).category().name();
    try (XSSFWorkbook before = Sheets.open(fjol); XSSFWorkbook wb = Sheets.open(changed)) {
      XSSFSheet lastYear = before.getSheet("Riskanalys");
      int lastRow = row(lastYear, 1, category);
      assertTrue(Sheets.number(lastYear, lastRow, 16) < 9, "last year's worst case was not already 9");
      XSSFSheet risk = wb.getSheet("Riskanalys");
      int r = row(risk, 1, category);
      assertEquals(9, Sheets.number(risk, r, 16));
      assertEquals(Sheets.number(lastYear, lastRow, 16), Sheets.number(risk, r, headerCol(risk, 4, "Förra året: poäng")));
      assertEquals("Högre", shown(risk.getRow(r).getCell(headerCol(risk, 4, "Förändring mot förra året"))));
      assertTrue(row(risk, 0, "Riskanalysen 2026 skiljer sig från riskanalysen 2025: risken bedöms högre för "
          + category.toLowerCase() + ". Övriga yrkeskategorier bedöms som förra året.") > 0, "the sentence names the category");
    }
  }

  @Test
  void activitiesCarriedFromLastYearShowLastYearsStatusAndDisappearedOnesAreListed() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(changed)) {
      XSSFSheet plan = wb.getSheet("Aktivitetsplan");
      int carried = headerCol(plan, 3, "Från förra året");
      int lastStatus = headerCol(plan, 3, "Status förra året");
      int fresh = row(plan, 1, NEW_ACTIVITY);
      assertEquals("", Sheets.text(plan.getRow(fresh).getCell(carried)), "a new activity is not carried");
      int old = row(plan, 1, ExampleFolder.reports().get(0).activities().get(0).title().equals(dropped.title())
          ? ExampleFolder.reports().get(0).activities().get(1).title()
          : ExampleFolder.reports().get(0).activities().get(0).title());
      assertEquals("Ja", Sheets.text(plan.getRow(old).getCell(carried)));
      assertTrue(!Sheets.text(plan.getRow(old).getCell(lastStatus)).isEmpty());
      int heading = row(plan, 0, "1 aktivitet från förra året finns inte med i år och var inte klar (14 enheter som lämnat in båda åren jämförda):");
      assertTrue(heading > 0, "the disappeared activity is listed");
      assertEquals(dropped.title(), Sheets.text(plan.getRow(heading + 2).getCell(1)));
      assertEquals(dropped.status().label(), Sheets.text(plan.getRow(heading + 2).getCell(3)));
      String unit = ExampleFolder.reports().get(0).info().unit();
      assertTrue(Sheets.text(plan.getRow(heading + 2).getCell(2)).startsWith(unit), "with its unit");
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
    try (XSSFWorkbook wb = Sheets.open(same)) {
      assertTrue(row(wb.getSheet("Aktivitetsplan"), 0,
          "Alla förra årets aktiviteter som inte var klara finns kvar i år (14 enheter jämförda).") > 0);
    }
  }

  @Test
  void statusIsCountedPerArea() throws Exception {
    List<Activity> all = ExampleFolder.reports().stream().flatMap(u -> u.activities().stream()).toList();
    try (XSSFWorkbook wb = Sheets.open(same)) {
      XSSFSheet plan = wb.getSheet("Aktivitetsplan");
      int top = row(plan, 0, "Status per område");
      assertEquals("Klar", Sheets.text(plan.getRow(top + 1).getCell(1)));
      double total = 0;
      for (int r = top + 2; r < top + 2 + ActivityArea.values().length; r++) {
        total += Sheets.number(plan, r, 4);
      }
      long distinct = all.stream().map(a -> a.area() + "|" + a.title().toLowerCase()).distinct().count();
      assertEquals(distinct, total, "every activity of the plan counted once");
    }
  }

  @Test
  void theNewFormulasRecalculateInLibreOfficeToTheirCachedValues() throws Exception {
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) saknas: den oberoende omräkningen hoppas över");
    Path recalculated = LibreOffice.recalculate(changed, Files.createDirectories(dir.resolve("lo")));
    assertEquals(List.of(), LibreOffice.compare(changed, recalculated, 1e-9));
  }
}
