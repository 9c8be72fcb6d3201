package se.kompetensgap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileOutcome;

/**
 * Issue 12, "the workbook prints as well as the report reads": every sheet of the examples'
 * consolidated workbook prints on A4 with no text under 8 pt (a sheet too wide for that is split
 * across pages with its row titles repeated, not shrunk), header rows repeated, and every row of
 * wrapped text tall enough for it. The checks compute from the written file's page setup, column
 * widths and fonts, with their own (simpler) estimate of wrapped lines.
 */
class PrintLayoutTest {

  static XSSFWorkbook wb;

  @BeforeAll
  static void writeOnce() throws Exception {
    List<UnitReport> units = ExampleFolder.reports();
    GapReport gaps = GapAnalysis.analyse(units, ConfigurationParser.defaults(), 2026, ExampleFolder.ADMINISTRATION);
    List<FileOutcome> outcomes = units.stream().map(u -> FileOutcome.of(u.source(), Optional.of(u), List.of())).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsolidatedWorkbook.write(new ConsolidatedWorkbook.Contents(gaps, units, outcomes), out);
    wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  /** A4 landscape less the margins, in points. */
  static double printable(XSSFSheet s) {
    return 841.9 - 72 * (s.getMargin(XSSFSheet.LeftMargin) + s.getMargin(XSSFSheet.RightMargin));
  }

  static int lastColumn(XSSFSheet s) {
    int last = 0;
    for (Row r : s) {
      last = Math.max(last, r.getLastCellNum() - 1);
    }
    return last;
  }

  static double points(XSSFSheet s, int first, int last) {
    double px = 0;
    for (int c = first; c <= last; c++) {
      px += s.getColumnWidthInPixels(c);
    }
    return px * 0.75;
  }

  static double smallestFont(XSSFSheet s) {
    double smallest = 99;
    for (Row r : s) {
      for (Cell c : r) {
        boolean content = c.getCellType() == CellType.NUMERIC || c.getCellType() == CellType.FORMULA
            || (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty());
        if (content) {
          smallest = Math.min(smallest, wb.getFontAt(c.getCellStyle().getFontIndex()).getFontHeightInPoints());
        }
      }
    }
    return smallest;
  }

  @Test
  void noSheetPrintsTextUnderEightPoints() {
    List<String> small = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      XSSFSheet s = wb.getSheetAt(i);
      assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize(), s.getSheetName());
      double scale;
      if (s.getFitToPage() && s.getPrintSetup().getFitWidth() == 1) {
        scale = Math.min(1, printable(s) / points(s, 0, lastColumn(s)));
      } else if (s.getFitToPage()) {
        scale = 1; // fit to pages in height only: no shrinking across
      } else {
        scale = s.getPrintSetup().getScale() / 100.0;
      }
      double printed = scale * smallestFont(s);
      if (printed < 8) {
        small.add(s.getSheetName() + String.format(": %.1f pt (skala %.0f %%)", printed, 100 * scale));
      }
    }
    assertEquals(List.of(), small);
  }

  @Test
  void aWideSheetIsSplitAcrossPagesWithItsRowTitlesRepeated() {
    XSSFSheet gap = wb.getSheet(Contract.GAP_SHEET);
    // Kompetensgap's 25 columns do not fit one A4 width at 8 pt: it is split, not shrunk.
    assertTrue(points(gap, 0, lastColumn(gap)) * 8 / 11 > printable(gap), "Kompetensgap is wider than one page at 8 pt");
    assertTrue(!gap.getFitToPage() && gap.getPrintSetup().getScale() >= 73, "scale " + gap.getPrintSetup().getScale());
    assertTrue(gap.getPrintSetup().getLeftToRight(), "the rest of the same rows comes on the next page");
    CellRangeAddress titles = gap.getRepeatingColumns();
    assertNotNull(titles, "Fokusområde and Yrkeskategori repeated on every page");
    assertEquals(0, titles.getFirstColumn());
    assertTrue(titles.getLastColumn() >= 1, titles.formatAsString());
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      XSSFSheet s = wb.getSheetAt(i);
      if (!s.getFitToPage()) {
        assertNotNull(s.getRepeatingColumns(), s.getSheetName() + " is split across pages without its row titles");
        // Fokusområde alone does not tell the rows apart: the columns the sheet freezes (e.g.
        // Fokusområde and Yrkeskategori) are repeated, as far as they leave room for the numbers.
        double scale = s.getPrintSetup().getScale() / 100.0;
        var pane = s.getPaneInformation();
        boolean twoFrozen = pane != null && pane.isFreezePane() && pane.getVerticalSplitPosition() >= 2;
        if (twoFrozen && points(s, 0, 1) * scale <= 0.9 * PrintLayout.MAX_TITLE_SHARE * printable(s)) {
          assertTrue(s.getRepeatingColumns().getLastColumn() >= 1, s.getSheetName() + " repeats only "
              + s.getRepeatingColumns().formatAsString());
        }
      }
      // Inlämning repeats its header only when its table goes on past the first page (LongNamesLayoutTest).
      if (!s.getSheetName().equals(se.kompetensgap.text.ListContract.SUMMARY_SHEET)
          && !s.getSheetName().equals(se.kompetensgap.text.ListContract.SUBMISSION_SHEET)) {
        assertNotNull(s.getRepeatingRows(), s.getSheetName() + " repeats no header rows");
      }
    }
  }

  @Test
  void everyRowOfWrappedTextIsTallEnoughForIt() {
    List<String> clipped = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      XSSFSheet s = wb.getSheetAt(i);
      List<CellRangeAddress> merged = s.getMergedRegions();
      for (Row r : s) {
        for (Cell c : r) {
          if (!c.getCellStyle().getWrapText() || c.getCellType() != CellType.STRING || c.getStringCellValue().isBlank()) {
            continue;
          }
          int last = c.getColumnIndex();
          for (CellRangeAddress m : merged) {
            if (m.isInRange(c) && m.getFirstRow() == m.getLastRow()) {
              last = m.getLastColumn();
            }
          }
          double font = wb.getFontAt(c.getCellStyle().getFontIndex()).getFontHeightInPoints();
          double perLine = (points(s, c.getColumnIndex(), last) - 5) / (0.5 * font);
          int lines = 0;
          for (String paragraph : c.getStringCellValue().split("\n")) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / perLine));
          }
          double needed = lines * font * 1.2;
          if (r.getHeightInPoints() < needed) {
            clipped.add(s.getSheetName() + "!" + c.getAddress() + String.format(" %.0f pt < %.0f pt: ", r.getHeightInPoints(), needed)
                + c.getStringCellValue());
          }
        }
      }
    }
    assertEquals(List.of(), clipped);
  }
}
