package se.kompetensgap.output;

import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.model.UnitIdentity;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.FolderRules;

/**
 * Inläsning (SPEC §6–7): every file found, its fate, and every problem with sheet, cell, value
 * and what to do; one row per problem so HR can filter. Rejected files come first.
 */
final class IntakeSheet {
  private IntakeSheet() {}

  static final int HEADER_ROW = 3;
  static final int MESSAGE_WIDTH = 100;
  /** Calibri 11 fits about 1.1 characters per unit of column width. */
  static final int MESSAGE_CHARS_PER_LINE = MESSAGE_WIDTH * 11 / 10;
  static final List<String> HEADERS =
      List.of(Labels.FILE, Labels.STATUS, Contract.ADMINISTRATION, Contract.FOCUS_AREA, Contract.DEPARTMENT, Contract.UNIT,
          Labels.MANAGER, Labels.SEVERITY, Labels.SHEET, Labels.CELL, Labels.VALUE, Labels.MESSAGE);

  static void write(XSSFWorkbook wb, Styles styles, List<FileOutcome> outcomes, StreamedRows later) {
    XSSFSheet sheet = wb.createSheet(Contract.INTAKE_SHEET);
    Cells cells = new Cells(sheet);
    var counts = FolderRules.counts(outcomes);
    cells.text(0, 0, Labels.INTAKE_TITLE, styles.title());
    cells.text(
        1,
        0,
        Labels.intakeSummary(
            outcomes.size(),
            counts.getOrDefault(FileFate.READ, 0),
            counts.getOrDefault(FileFate.READ_WITH_WARNINGS, 0),
            counts.getOrDefault(FileFate.REJECTED, 0),
            counts.getOrDefault(FileFate.SKIPPED, 0),
            outcomes.stream().anyMatch(FolderRules::fromConsolidated)),
        styles.subtitle());
    cells.text(2, 0, Labels.INTAKE_NOTE, styles.note());
    for (int c = 0; c < HEADERS.size(); c++) {
      cells.text(HEADER_ROW, c, HEADERS.get(c), styles.header());
    }
    // One row per finding, or one for a file without any; they and Avstämning below are streamed.
    int rows = outcomes.stream().mapToInt(o -> Math.max(1, o.findings().size())).sum();
    int lastRow = Math.max(HEADER_ROW + rows, HEADER_ROW + 1);
    XSSFTable table =
        sheet.createTable(
            new AreaReference(
                new CellReference(HEADER_ROW, 0),
                new CellReference(lastRow, HEADERS.size() - 1),
                SpreadsheetVersion.EXCEL2007));
    table.setName(Contract.INTAKE_TABLE);
    table.setDisplayName(Contract.INTAKE_TABLE);
    Tables.style(table);
    CellRangeAddress status = new CellRangeAddress(HEADER_ROW + 1, lastRow, 1, 1);
    String first = "$B" + (HEADER_ROW + 2);
    ConditionalFormats.whenFormula(sheet, status, first + "=\"" + FileFate.REJECTED.label() + "\"", ConditionalFormats.RED_FILL, ConditionalFormats.RED_TEXT);
    ConditionalFormats.whenFormula(sheet, status, first + "=\"" + FileFate.READ_WITH_WARNINGS.label() + "\"", ConditionalFormats.YELLOW_FILL, ConditionalFormats.YELLOW_TEXT);
    ConditionalFormats.whenFormula(sheet, status, first + "=\"" + FileFate.SKIPPED.label() + "\"", ConditionalFormats.GREY_FILL, null);
    ConditionalFormats.whenFormula(sheet, status, first + "=\"" + FileFate.READ.label() + "\"", ConditionalFormats.GREEN_FILL, ConditionalFormats.GREEN_TEXT);
    sheet.createFreezePane(1, HEADER_ROW + 1);
    int[] widths = {40, 20, 24, 18, 24, 26, 20, 10, 13, 7, 14, MESSAGE_WIDTH};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    Reconciliation.formats(sheet, lastRow + 2);
    Print.landscape(sheet, HEADER_ROW, HEADER_ROW);
    later.later(sheet, HEADER_ROW + 1, out -> {
      rows(out, styles, outcomes);
      out.cell(lastRow, 0);
      Reconciliation.write(out, styles, lastRow + 2, outcomes);
    });
  }

  /** The files, rejected first, each with one row per finding. */
  private static void rows(RowWriter out, Styles styles, List<FileOutcome> outcomes) {
    var text = styles.body(Styles.Format.TEXT);
    var wrapped = styles.body(Styles.Format.WRAPPED);
    int row = HEADER_ROW + 1;
    List<FileOutcome> sorted =
        outcomes.stream()
            .sorted(Comparator.comparingInt(IntakeSheet::order).thenComparing(FileOutcome::file))
            .toList();
    for (FileOutcome o : sorted) {
      List<Finding> findings = o.findings();
      int n = Math.max(1, findings.size());
      // A rejected or superseded workbook is named as its Enhet sheet states it (issue 10 §4).
      UnitIdentity info = o.identity().orElse(null);
      for (int k = 0; k < n; k++) {
        int c = 0;
        out.text(row, c++, o.file(), text);
        out.text(row, c++, o.fate().label(), text);
        out.text(row, c++, info == null ? "" : info.administration(), text);
        out.text(row, c++, info == null ? "" : info.focusArea(), text);
        out.text(row, c++, info == null ? "" : info.department(), text);
        out.text(row, c++, info == null ? "" : info.unit(), text);
        out.text(row, c++, info == null ? "" : info.manager(), text);
        if (findings.isEmpty()) {
          for (int k2 = 0; k2 < 4; k2++) {
            out.text(row, c++, "", text);
          }
          out.text(row, c, Labels.NO_REMARKS, text);
        } else {
          Finding f = findings.get(k);
          out.text(row, c++, f.severity().label(), text);
          out.text(row, c++, f.sheet(), text);
          out.text(row, c++, f.cell(), text);
          out.text(row, c++, f.value(), text);
          out.text(row, c, f.message(), wrapped);
          out.fitWrapped(row, f.message(), MESSAGE_CHARS_PER_LINE);
        }
        row++;
      }
    }
  }

  private static int order(FileOutcome o) {
    return switch (o.fate()) {
      case REJECTED -> 0;
      case READ_WITH_WARNINGS -> 1;
      case SKIPPED -> 2;
      case READ -> 3;
    };
  }
}
