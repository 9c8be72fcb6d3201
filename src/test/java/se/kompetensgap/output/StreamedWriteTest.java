package se.kompetensgap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.kompetensgap.analysis.Fulfilment;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapChange;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.analysis.Submissions;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.examples.ExampleLists;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.ConsolidatedData;
import se.kompetensgap.model.GoalRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.testing.WorkbookDump;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.Severity;
import se.kompetensgap.validation.UpwardVersion;

/**
 * {@link ConsolidatedWorkbook#write} streams every sheet's growing rows through SXSSF (issue 6:
 * 15,000 units in 512 MB); {@link ConsolidatedWorkbook#build} writes them into the user model.
 * Both must give the same workbook, on every sheet that is streamed, with every block below a
 * streamed table (Avstämning, Fullständighet, the managers' comments) and with row heights.
 */
class StreamedWriteTest {

  static final String REJECTED = "trasig.xlsx";
  static final String SKIPPED = "~$låst.xlsx";
  static final String WARNING = "Antalet med god nivå verkar högt; kontrollera cellen.";

  static Stream<Arguments> contents() {
    Configuration config = ConfigurationParser.defaults();
    List<UnitReport> units = ExampleFolder.reports();
    GapReport gaps = GapAnalysis.analyse(units, config, 2026, ExampleFolder.ADMINISTRATION);
    List<FileOutcome> outcomes = outcomes(units);
    var submissions = Submissions.of(outcomes, Submissions::unknownUnit, Optional.of(ExampleLists.expectedUnits()), config);
    var full = new ConsolidatedWorkbook.Contents(gaps, units, outcomes, config, submissions, Optional.of(ExampleLists.headcounts()));
    ConsolidatedData previous = new ConsolidatedData(2025, ExampleFolder.ADMINISTRATION, goals(units), units);
    GapReport before = GapAnalysis.analyse(units, config, 2025, ExampleFolder.ADMINISTRATION);
    var withPrevious = full.withPrevious(previous,
        Fulfilment.analyse(gaps, before, previous.goals(), config), GapChange.analyse(gaps, before, config));
    var upward = withPrevious.upward(UpwardVersion.units(units), UpwardVersion.outcomes(outcomes),
        Optional.of(new ConsolidatedData(2025, ExampleFolder.ADMINISTRATION, previous.goals(), UpwardVersion.units(units))));
    // One unit that assessed no risks and planned no activities: those tables are empty.
    UnitReport u = units.get(0);
    List<UnitReport> bare = List.of(new UnitReport(u.source(), u.info(), u.rows(), List.of(), List.of()));
    var empty = new ConsolidatedWorkbook.Contents(GapAnalysis.analyse(bare, config, 2026, ExampleFolder.ADMINISTRATION), bare,
        List.of(FileOutcome.of(u.source(), Optional.of(bare.get(0)), List.of())));
    return Stream.of(
        Arguments.of("HR:s listor, fynd, avvisad och överhoppad fil", full),
        Arguments.of("med förra årets arbetsbok", withPrevious),
        Arguments.of("utan enheter (uppåt)", upward),
        Arguments.of("en enhet utan risker och aktiviteter", empty));
  }

  /** Every example read, two with a warning, plus a rejected and a skipped file. */
  static List<FileOutcome> outcomes(List<UnitReport> units) {
    List<FileOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      UnitReport u = units.get(i);
      List<Finding> findings = i % 7 == 0
          ? List.of(new Finding(u.source(), Contract.MAPPING_SHEET, "D" + (7 + i), "99", Severity.WARNING, WARNING + " " + "x".repeat(40 * i)))
          : List.of();
      outcomes.add(FileOutcome.of(u.source(), Optional.of(u), findings));
    }
    outcomes.add(FileOutcome.rejected(REJECTED, List.of(Finding.ofFile(REJECTED, Severity.ERROR, "Filen går inte att öppna."))));
    outcomes.add(FileOutcome.skipped(SKIPPED, "En låsfil från Excel, inte en arbetsbok."));
    return outcomes;
  }

  /** Last year's goals: one per category the units map, so KompetensmalFjol has rows. */
  static List<GoalRow> goals(List<UnitReport> units) {
    return units.stream().flatMap(u -> u.rows().stream()).map(CategoryRow::category).distinct()
        .map(c -> new GoalRow(Optional.empty(), c, Horizon.TWO_YEARS, 2, LevelCounts.of(1, 0, 1, 0))).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contents")
  void theStreamedWorkbookHasTheCellsFormatsAndRowHeightsOfTheInMemoryOne(String name, ConsolidatedWorkbook.Contents contents) throws Exception {
    try (XSSFWorkbook built = ConsolidatedWorkbook.build(contents); XSSFWorkbook written = written(contents)) {
      assertEquals(WorkbookDump.dump(built), WorkbookDump.dump(written));
      assertEquals(rowHeights(built), rowHeights(written));
    }
  }

  @Test
  void theStreamedSheetsHoldTheirRowsAndTheBlocksBelowThem() throws Exception {
    var full = (ConsolidatedWorkbook.Contents) contents().findFirst().orElseThrow().get()[1];
    try (XSSFWorkbook wb = written(full)) {
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
      XSSFSheet intake = wb.getSheet(Contract.INTAKE_SHEET);
      int rejected = row(intake, REJECTED);
      assertEquals(IntakeSheet.HEADER_ROW + 1, rejected, "rejected files first");
      int title = row(intake, Reconciliation.TITLE);
      assertEquals(Reconciliation.YES, intake.getRow(title + 3).getCell(3).getStringCellValue());
      assertTrue(intake.getRow(title + 3).getCell(1).getNumericCellValue() > 0, "supply summed from Underlag");
      // A long finding gets a taller row, streamed or not.
      assertTrue(maxHeight(intake) > 15f);

      XSSFSheet submission = wb.getSheet(ListContract.SUBMISSION_SHEET);
      int total = row(submission, "Förvaltningen totalt");
      assertEquals(ExampleLists.expectedUnits().size(), (int) submission.getRow(total).getCell(1).getNumericCellValue());
      assertEquals(full.units().size(), countUnits(wb), "every unit's rows in Underlag");
      assertTrue(wb.getSheet(RiskAssessmentsSheet.SHEET).getLastRowNum() > ExampleFolder.reports().size(), "about three per unit");
      assertTrue(wb.getSheet(ListContract.ACTIVITY_SHEET).getLastRowNum() > ActivityPlanSheet.HEADER_ROW + 1);
    }
  }

  @Test
  void aSheetWriterCannotLeaveRowsToStreamAboveOnesItAlreadyWrote() {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Blad");
      sheet.createRow(4).createCell(0).setCellValue("skriven");
      StreamedRows rows = new StreamedRows();
      assertThrows(IllegalStateException.class, () -> rows.later(sheet, 4, out -> out.text(4, 0, "strömmad", null)));
      rows.later(sheet, 5, out -> out.text(5, 0, "strömmad", null));
      rows.writeInto(wb);
      assertEquals("strömmad", sheet.getRow(5).getCell(0).getStringCellValue());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void rowsAreWrittenTopToBottomOnly() {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      RowWriter out = new RowWriter(wb.createSheet("Blad"));
      out.text(3, 0, "a", null);
      out.text(3, 1, "b", null);
      assertThrows(IllegalStateException.class, () -> out.text(2, 0, "c", null));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The first row whose column A reads {@code text}. */
  private static int row(Sheet sheet, String text) {
    for (Row r : sheet) {
      if (r.getCell(0) != null && text.equals(Sheets.text(r.getCell(0)))) {
        return r.getRowNum();
      }
    }
    throw new AssertionError(sheet.getSheetName() + " has no row " + text);
  }

  private static int countUnits(XSSFWorkbook wb) {
    XSSFSheet basis = wb.getSheet(Contract.BASIS_SHEET);
    java.util.Set<String> sources = new java.util.HashSet<>();
    for (int r = 1; r <= basis.getLastRowNum(); r++) {
      sources.add(basis.getRow(r).getCell(0).getStringCellValue());
    }
    return sources.size();
  }

  private static float maxHeight(Sheet sheet) {
    float max = 0;
    for (Row r : sheet) {
      max = Math.max(max, r.getHeightInPoints());
    }
    return max;
  }

  private static XSSFWorkbook written(ConsolidatedWorkbook.Contents contents) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsolidatedWorkbook.write(contents, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  /** "Sheet row: height" for every row with a height of its own (WorkbookDump leaves them out). */
  private static String rowHeights(XSSFWorkbook wb) {
    StringBuilder s = new StringBuilder();
    for (Sheet sheet : wb) {
      for (Row r : sheet) {
        if (r.getHeight() != sheet.getDefaultRowHeight()) {
          s.append(sheet.getSheetName()).append(' ').append(r.getRowNum() + 1).append(": ").append(r.getHeightInPoints()).append('\n');
        }
      }
    }
    return s.toString();
  }
}
