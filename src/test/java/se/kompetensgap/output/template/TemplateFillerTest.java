package se.kompetensgap.output.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kompetensgap.output.template.Workbooks.assertText;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.WorkbookDump;
import se.kompetensgap.text.Contract;

class TemplateFillerTest {

  private static final Configuration CONFIG = ConfigurationParser.defaults();

  private static XSSFWorkbook filled(Optional<FocusArea> area, UnitReport report, Path dir)
      throws IOException {
    try (XSSFWorkbook wb = TemplateWriter.build(CONFIG, area)) {
      TemplateFiller.fill(wb, report);
      return Workbooks.roundTrip(wb, dir);
    }
  }

  @Test
  void everyAnswerLandsUnderItsHeaderAndSurvivesAFile(@TempDir Path dir) throws IOException {
    UnitReport report = SampleReports.sektionNorr();
    try (XSSFWorkbook wb = filled(Optional.empty(), report, dir)) {
      XSSFTable unit = Workbooks.table(wb, Contract.UNIT_TABLE);
      Cell year = value(unit, Contract.KEY_YEAR);
      assertEquals(CellType.NUMERIC, year.getCellType());
      assertEquals(2025, year.getNumericCellValue());
      assertText(
          "Arbetsmarknads- och socialförvaltningen", value(unit, Contract.KEY_ADMINISTRATION));
      assertText("Barn och unga", value(unit, Contract.KEY_FOCUS_AREA));
      assertText("Avdelning Barn och familj", value(unit, Contract.KEY_DEPARTMENT));
      assertText("Sektion Norr", value(unit, Contract.KEY_UNIT));
      assertText("Karin Lindqvist", value(unit, Contract.KEY_MANAGER));
      assertDate(LocalDate.of(2025, 3, 14), value(unit, Contract.KEY_DATE));
      assertText("Fullständig", value(unit, Contract.KEY_MAPPING_TYPE));

      XSSFTable mapping = Workbooks.table(wb, Contract.MAPPING_TABLE);
      for (CategoryRow row : report.rows()) {
        int r = Workbooks.row(mapping, Contract.CATEGORY, row.category().name());
        for (Level l : Level.values()) {
          assertNumber(row.supply().get(l), Workbooks.cell(mapping, r, Contract.supplyHeader(l)));
          for (Horizon h : Horizon.values()) {
            assertNumber(
                row.demand(h).get(l), Workbooks.cell(mapping, r, Contract.demandHeader(h, l)));
          }
        }
      }
      // Categories the unit did not report stay blank: "empty rows are ignored".
      int untouched =
          Workbooks.row(mapping, Contract.CATEGORY, "Socialsekreterare ekonomiskt bistånd");
      for (String h : Contract.numberHeaders()) {
        assertEquals(CellType.BLANK, Workbooks.cell(mapping, untouched, h).getCellType(), h);
      }

      XSSFTable risk = Workbooks.table(wb, Contract.RISK_TABLE);
      for (RiskAssessment a : report.risks()) {
        int r = Workbooks.row(risk, Contract.CATEGORY, a.category().name());
        assertText(label(a.operationalRisk()), Workbooks.cell(risk, r, Contract.RISK_OPERATIONAL));
        assertText(
            label(a.operationalLikelihood()),
            Workbooks.cell(risk, r, Contract.LIKELIHOOD_OPERATIONAL));
        assertText(
            label(a.workEnvironmentRisk()),
            Workbooks.cell(risk, r, Contract.RISK_WORK_ENVIRONMENT));
        assertText(
            label(a.workEnvironmentLikelihood()),
            Workbooks.cell(risk, r, Contract.LIKELIHOOD_WORK_ENVIRONMENT));
        assertText(a.comment(), Workbooks.cell(risk, r, Contract.COMMENT));
      }
      assertText(
          "Allvarlig",
          Workbooks.cell(
              risk,
              Workbooks.row(risk, Contract.CATEGORY, SampleReports.MYNDIGHET.name()),
              Contract.RISK_OPERATIONAL));

      XSSFTable activities = Workbooks.table(wb, Contract.ACTIVITY_TABLE);
      assertActivities(report.activities(), activities);
      int after = activities.getStartRowIndex() + 1 + report.activities().size();
      for (String h : Contract.ACTIVITY_HEADERS) {
        assertEquals(CellType.BLANK, Workbooks.cell(activities, after, h).getCellType(), h);
      }
    }
  }

  private static Cell value(XSSFTable unit, String key) {
    return Workbooks.cell(unit, Workbooks.row(unit, Contract.UNIT_KEY, key), Contract.UNIT_VALUE);
  }

  private static String label(Object e) {
    if (e == null) {
      return "";
    }
    if (e instanceof se.kompetensgap.model.Consequence c) {
      return c.label();
    }
    return ((se.kompetensgap.model.Likelihood) e).label();
  }

  private static void assertNumber(int expected, Cell cell) {
    assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress().formatAsString());
    assertEquals(expected, cell.getNumericCellValue(), 0.0, cell.getAddress().formatAsString());
  }

  private static void assertDate(LocalDate expected, Cell cell) {
    String where = cell.getAddress().formatAsString();
    if (expected == null) {
      assertEquals(CellType.BLANK, cell.getCellType(), where);
      return;
    }
    assertEquals(CellType.NUMERIC, cell.getCellType(), where);
    assertTrue(DateUtil.isCellDateFormatted(cell), where + " has no date format");
    assertEquals(expected, cell.getLocalDateTimeCellValue().toLocalDate(), where);
  }

  private static void assertActivities(List<Activity> expected, XSSFTable table) {
    int first = table.getStartRowIndex() + 1;
    for (int i = 0; i < expected.size(); i++) {
      Activity a = expected.get(i);
      int r = first + i;
      assertText(a.area().label(), Workbooks.cell(table, r, Contract.ACTIVITY_AREA));
      assertText(a.category(), Workbooks.cell(table, r, Contract.CATEGORY));
      assertText(a.title(), Workbooks.cell(table, r, Contract.ACTIVITY));
      assertText(a.description(), Workbooks.cell(table, r, Contract.DESCRIPTION));
      assertText(a.performer(), Workbooks.cell(table, r, Contract.PERFORMER));
      assertDate(a.endDate(), Workbooks.cell(table, r, Contract.END_DATE));
      assertText(a.followUp(), Workbooks.cell(table, r, Contract.FOLLOW_UP));
      assertText(a.status().label(), Workbooks.cell(table, r, Contract.STATUS));
    }
  }

  @Test
  void cachedFormulaValuesEqualWhatPoiCalculates(@TempDir Path dir) throws IOException {
    try (XSSFWorkbook wb = filled(Optional.empty(), SampleReports.sektionNorr(), dir)) {
      int checked = TemplateWriterTest.assertCachedValuesMatchEvaluation(wb);
      assertEquals(CONFIG.allCategories().size() * MappingFormulas.COLUMNS.size(), checked);
      // And by hand, for one row: tillgång 20, behov 22 (2 år) and 22 (5 år).
      XSSFTable t = Workbooks.table(wb, Contract.MAPPING_TABLE);
      int r = Workbooks.row(t, Contract.CATEGORY, SampleReports.MYNDIGHET.name());
      assertEquals(20, Workbooks.cell(t, r, "Summa tillgång").getNumericCellValue());
      assertEquals(22, Workbooks.cell(t, r, "Summa behov 2 år").getNumericCellValue());
      assertEquals(4, Workbooks.cell(t, r, "Gap 2 år Viss").getNumericCellValue());
      assertEquals(-5, Workbooks.cell(t, r, "Gap 2 år Hög").getNumericCellValue());
      assertEquals(-2, Workbooks.cell(t, r, "Gap 2 år totalt").getNumericCellValue());
      assertEquals(-2, Workbooks.cell(t, r, "Gap 5 år totalt").getNumericCellValue());
      assertEquals(CellType.FORMULA, Workbooks.cell(t, r, "Gap 2 år totalt").getCellType());
    }
  }

  @Test
  void moreActivitiesThanEmptyRowsGrowTheTable(@TempDir Path dir) throws IOException {
    List<Activity> many = SampleReports.manyActivities(45);
    try (XSSFWorkbook wb = filled(Optional.empty(), SampleReports.sektionNorr(many), dir)) {
      XSSFTable t = Workbooks.table(wb, Contract.ACTIVITY_TABLE);
      assertEquals(45, t.getEndRowIndex() - t.getStartRowIndex());
      assertEquals(t.getArea().formatAsString(), t.getCTTable().getAutoFilter().getRef());
      assertActivities(many, t);
      Cell last = Workbooks.cell(t, t.getEndRowIndex(), Contract.ACTIVITY);
      Cell first = Workbooks.cell(t, t.getStartRowIndex() + 1, Contract.ACTIVITY);
      assertEquals(first.getCellStyle().getIndex(), last.getCellStyle().getIndex());
      assertEquals(
          Contract.ACTIVITY_HEADERS, t.getColumns().stream().map(c -> c.getName()).toList());
    }
  }

  @Test
  void fillingAppendsAfterActivitiesAlreadyThere(@TempDir Path dir) throws IOException {
    try (XSSFWorkbook wb = TemplateWriter.build(CONFIG, Optional.empty())) {
      TemplateFiller.fill(wb, SampleReports.sektionNorr());
      UnitReport second = SampleReports.sektionNorr(SampleReports.manyActivities(2));
      TemplateFiller.fill(wb, second);
      XSSFTable t = Workbooks.table(wb, Contract.ACTIVITY_TABLE);
      int r = t.getStartRowIndex() + 1 + SampleReports.activities().size();
      assertText("Aktivitet 1", Workbooks.cell(t, r, Contract.ACTIVITY));
      assertText(
          SampleReports.activities().get(0).title(),
          Workbooks.cell(t, t.getStartRowIndex() + 1, Contract.ACTIVITY));
    }
  }

  @Test
  void areaTemplateTakesTheAreasCategories(@TempDir Path dir) throws IOException {
    try (XSSFWorkbook wb =
        filled(Optional.of(SampleReports.BARN_OCH_UNGA), SampleReports.sektionNorr(), dir)) {
      XSSFTable t = Workbooks.table(wb, Contract.MAPPING_TABLE);
      int r = Workbooks.row(t, Contract.CATEGORY, SampleReports.SEKTIONSCHEF.name());
      assertNumber(2, Workbooks.cell(t, r, "Behov 2 år Hög"));
      TemplateWriterTest.assertCachedValuesMatchEvaluation(wb);
    }
  }

  @Test
  void categoryMissingFromTheTemplateIsRefused() throws IOException {
    // Vuxna's template has no row for a Barn och unga category.
    try (XSSFWorkbook wb = TemplateWriter.build(CONFIG, Optional.of(new FocusArea("Vuxna")))) {
      UnitReport report = SampleReports.sektionNorr();
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> TemplateFiller.fill(wb, report));
      assertTrue(e.getMessage().contains(SampleReports.MYNDIGHET.name()), e.getMessage());
    }
  }

  @Test
  void fillingIsDeterministic() throws IOException {
    String a;
    String b;
    try (XSSFWorkbook one = TemplateWriter.build(CONFIG, Optional.empty());
        XSSFWorkbook two = TemplateWriter.build(CONFIG, Optional.empty())) {
      TemplateFiller.fill(one, SampleReports.sektionNorr());
      TemplateFiller.fill(two, SampleReports.sektionNorr());
      a = WorkbookDump.dump(one);
      b = WorkbookDump.dump(two);
    }
    assertEquals(a, b);
    assertTrue(a.contains("Enhet!B5 = 2025"), "year as a number");
    assertTrue(a.contains("= 2025-03-14 (date)"), "date as a date");
  }

  @Test
  void rowsWithOnlyZerosAreWrittenAsZeros(@TempDir Path dir) throws IOException {
    Category forste = SampleReports.FORSTE;
    UnitReport report = SampleReports.sektionNorr();
    try (XSSFWorkbook wb = filled(Optional.empty(), report, dir)) {
      XSSFTable t = Workbooks.table(wb, Contract.MAPPING_TABLE);
      int r = Workbooks.row(t, Contract.CATEGORY, forste.name());
      assertNumber(0, Workbooks.cell(t, r, Contract.demandHeader(Horizon.FIVE_YEARS, Level.GOD)));
      assertEquals(2, Workbooks.cell(t, r, "Gap 5 år totalt").getNumericCellValue());
    }
  }
}
