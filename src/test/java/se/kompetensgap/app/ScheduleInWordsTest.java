package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.UnitWorkbooks;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;

/**
 * Seed 000's Tidsplan is not always a date: "Löpande", "Under 2019", "Påbörjas våren 2019". Such
 * text is kept, shown in Aktivitetsplan after the dated rows, and never counts as overdue.
 */
class ScheduleInWordsTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();

  @Test
  void aScheduleInWordsIsKeptShownAndSortedAfterTheDates(@TempDir Path dir) throws Exception {
    UnitReport u = ExampleFolder.reports().get(0);
    List<Activity> activities = List.of(
        new Activity(ActivityArea.RECRUIT, "Samtliga socialsekreterare", "Medverka på mässor", "", "Enhetschef",
            null, "", ActivityStatus.ONGOING, "Löpande"),
        new Activity(ActivityArea.RECRUIT, "", "Rekryteringsfilm", "", "HR", LocalDate.of(2020, 3, 31), "",
            ActivityStatus.PLANNED),
        new Activity(ActivityArea.RECRUIT, "", "Traineeprogram", "", "HR", null, "", ActivityStatus.PLANNED,
            "Påbörjas våren 2019"));
    UnitReport report = new UnitReport(u.source(), u.info(), u.rows(), u.risks(), activities);
    Path folder = dir.resolve("in");
    UnitWorkbooks.write(folder.resolve("enhet.xlsx"), CONFIG, report);

    Consolidation.Result result = Consolidation.run(Consolidation.Request.builder(folder, dir.resolve("k.xlsx"), CONFIG).build());
    FileOutcome o = result.outcomes().get(0);
    assertEquals(FileFate.READ, o.fate(), o.findings().toString());
    assertEquals(List.of(), o.findings(), "no warning for a Tidsplan in words");
    List<Activity> read = o.report().orElseThrow().activities();
    assertEquals("Löpande", read.get(0).schedule());
    assertEquals(null, read.get(0).endDate());
    assertEquals(LocalDate.of(2020, 3, 31), read.get(1).endDate());

    try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("k.xlsx").toFile())) {
      XSSFSheet plan = wb.getSheet("Aktivitetsplan");
      org.apache.poi.xssf.usermodel.XSSFTable table = wb.getTable("Aktivitetsplan");
      int endCol = -1;
      for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
        if (plan.getRow(table.getStartRowIndex()).getCell(c).getStringCellValue().equals("Slutdatum")) {
          endCol = c;
        }
      }
      List<String> endColumn = new ArrayList<>();
      for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
        Row row = plan.getRow(r);
        Cell end = row.getCell(endCol);
        endColumn.add(end.getCellType() == CellType.NUMERIC ? end.getLocalDateTimeCellValue().toLocalDate().toString()
            : end.getStringCellValue());
      }
      // The dated (and overdue) row first; the words after it, as written.
      assertEquals(List.of("2020-03-31", "Löpande", "Påbörjas våren 2019"), endColumn);
      // The overdue rule looks at real dates only (ISNUMBER), so the words are never red.
      List<String> overdue = new ArrayList<>();
      var cf = plan.getSheetConditionalFormatting();
      for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
        for (int k = 0; k < cf.getConditionalFormattingAt(i).getNumberOfRules(); k++) {
          String f = cf.getConditionalFormattingAt(i).getRule(k).getFormula1();
          if (f != null && f.contains("TODAY()")) {
            overdue.add(f);
          }
        }
      }
      assertTrue(!overdue.isEmpty() && overdue.stream().allMatch(f -> f.startsWith("AND(ISNUMBER(")), overdue.toString());
    }
  }
}
