package se.kompetensgap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;
import se.kompetensgap.validation.FileOutcome;

/**
 * One förvaltning with a long name (as a reviewer's city had them): the sheets' titles say whose
 * they are, Historik's Förvaltning column holds the name whole, and Inlämning keeps its
 * single-förvaltning layout, repeating its header on printed pages only when its table goes on.
 */
class LongNamesLayoutTest {
  static final String NAME = "Arbetsmarknads- och socialförvaltningen (exempel)";

  static XSSFWorkbook wb;

  @BeforeAll
  static void writeOnce() throws Exception {
    wb = write(units(1));
  }

  /** The examples' units under {@link #NAME}, {@code copies} times over (under other unit names). */
  static List<UnitReport> units(int copies) {
    List<UnitReport> out = new ArrayList<>();
    for (int k = 0; k < copies; k++) {
      for (UnitReport r : ExampleFolder.reports()) {
        UnitInfo i = r.info();
        String unit = k == 0 ? i.unit() : i.unit() + " " + (k + 1);
        UnitInfo info = new UnitInfo(i.year(), NAME, i.focusArea(), i.department(), unit, i.manager(), i.date(), i.mappingType());
        out.add(new UnitReport(k + "-" + r.source(), info, r.rows(), r.risks(), r.activities()));
      }
    }
    return out;
  }

  static XSSFWorkbook write(List<UnitReport> units) throws Exception {
    GapReport gaps = GapAnalysis.analyse(units, ConfigurationParser.defaults(), 2026, NAME);
    List<FileOutcome> outcomes = units.stream().map(u -> FileOutcome.of(u.source(), Optional.of(u), List.of())).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsolidatedWorkbook.write(new ConsolidatedWorkbook.Contents(gaps, units, outcomes), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void everyTitleSaysWhoseItIs() {
    for (String sheet : List.of(Contract.GAP_SHEET, Contract.GOAL_SHEET, ListContract.ACTIVITY_SHEET, ListContract.SUBMISSION_SHEET,
        Contract.HISTORY_SHEET)) {
      String title = Sheets.text(wb.getSheet(sheet).getRow(0).getCell(0));
      assertTrue(title.endsWith(" 2026 – " + NAME), sheet + ": " + title);
    }
  }

  @Test
  void historiksFörvaltningColumnHoldsTheLongestName() {
    XSSFSheet s = wb.getSheet(Contract.HISTORY_SHEET);
    assertEquals(Contract.ADMINISTRATION, Sheets.text(s.getRow(HistorySheet.HEADER_ROW).getCell(HistorySheet.COL_ADMINISTRATION)));
    assertEquals(NAME, Sheets.text(s.getRow(HistorySheet.FIRST_ROW).getCell(HistorySheet.COL_ADMINISTRATION)));
    assertTrue(s.getColumnWidth(HistorySheet.COL_ADMINISTRATION) >= NAME.length() * 256,
        "width " + s.getColumnWidth(HistorySheet.COL_ADMINISTRATION) + " for " + NAME.length() + " characters");
    assertTrue(s.getColumnWidth(HistorySheet.COL_ADMINISTRATION) <= TextFit.MAX_COLUMN_CHARS * 256, "within reason");
  }

  @Test
  void inlämningOfOneFörvaltningKeepsFokusområdeFirst() {
    XSSFSheet s = wb.getSheet(ListContract.SUBMISSION_SHEET);
    assertEquals(Contract.FOCUS_AREA, Sheets.text(s.getRow(SubmissionSheet.HEADER_ROW).getCell(0)));
    assertEquals(Contract.ADMINISTRATION, Sheets.text(s.getRow(SubmissionSheet.HEADER_ROW).getCell(SubmissionSheet.HEADERS.size() - 1)));
    assertEquals(Contract.STATUS, Sheets.text(s.getRow(SubmissionSheet.HEADER_ROW).getCell(SubmissionSheet.COL_STATUS)));
  }

  @Test
  void inlämningRepeatsItsHeaderOnlyWhenItsTableGoesOnToAnotherPage() throws Exception {
    // 14 units fit the first page: the completeness block on a later page stands under no unit headers.
    assertNull(wb.getSheet(ListContract.SUBMISSION_SHEET).getRepeatingRows());
    // 70 units do not: the list's next pages repeat its header.
    try (XSSFWorkbook many = write(units(5))) {
      XSSFSheet s = many.getSheet(ListContract.SUBMISSION_SHEET);
      assertNotNull(s.getRepeatingRows());
      assertEquals(SubmissionSheet.HEADER_ROW, s.getRepeatingRows().getLastRow());
    }
  }
}
