package se.kompetensgap.output.template;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.CellUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.template.MappingFormulas.FormulaColumn;
import se.kompetensgap.text.Contract;

/**
 * Types one unit's answers into a workbook built by {@link TemplateWriter}, the way a manager
 * would: only into input cells, found by table name, header and row key. Used to make realistic
 * example and test workbooks through the real template.
 *
 * <p>The cached values of the row's formula columns are updated from the same arithmetic the
 * formulas express ({@link MappingFormulas}), so the filled workbook shows the right totals even in
 * a viewer that does not recalculate.
 */
public final class TemplateFiller {
  private TemplateFiller() {}

  /** Height of one line of 11-point text, for rows the filler grows to show wrapped text. */
  private static final float LINE_POINTS = 15f;

  /**
   * Writes {@code report} into {@code template}.
   *
   * @throws IllegalArgumentException if a table or column is missing, or a category of the report
   *     has no row in the template (e.g. another area's category in an area template)
   */
  public static void fill(XSSFWorkbook template, UnitReport report) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(report, "report");
    unit(template, report.info());
    mapping(template, report.rows());
    risks(template, report.risks());
    activities(template, report.activities());
  }

  private static void unit(XSSFWorkbook wb, UnitInfo info) {
    XSSFTable table = TableLookup.table(wb, Contract.UNIT_TABLE);
    int keys = TableLookup.column(table, Contract.UNIT_KEY);
    int values = TableLookup.column(table, Contract.UNIT_VALUE);
    for (String key : Contract.UNIT_KEYS) {
      int r = TableLookup.row(table, keys, key);
      if (r < 0) {
        throw new IllegalArgumentException("table " + table.getName() + " has no row " + key);
      }
      XSSFCell cell = cell(table.getXSSFSheet(), r, values);
      switch (key) {
        case Contract.KEY_YEAR -> cell.setCellValue(info.year());
        case Contract.KEY_ADMINISTRATION -> text(cell, info.administration());
        case Contract.KEY_FOCUS_AREA -> text(cell, info.focusArea().name());
        case Contract.KEY_DEPARTMENT -> text(cell, info.department());
        case Contract.KEY_UNIT -> text(cell, info.unit());
        case Contract.KEY_MANAGER -> text(cell, info.manager());
        case Contract.KEY_DATE -> date(cell, info.date());
        case Contract.KEY_MAPPING_TYPE -> text(cell, info.mappingType().label());
        default -> throw new IllegalStateException("unhandled Uppgift " + key);
      }
    }
  }

  private static void mapping(XSSFWorkbook wb, List<CategoryRow> rows) {
    XSSFTable table = TableLookup.table(wb, Contract.MAPPING_TABLE);
    XSSFSheet sheet = table.getXSSFSheet();
    int categories = TableLookup.column(table, Contract.CATEGORY);
    for (CategoryRow row : rows) {
      int r = TableLookup.row(table, categories, row.category().name());
      if (r < 0) {
        throw new IllegalArgumentException(
            "table " + table.getName() + " has no row for " + row.category().name());
      }
      for (Level l : Level.values()) {
        number(sheet, r, TableLookup.column(table, Contract.supplyHeader(l)), row.supply().get(l));
        for (Horizon h : Horizon.values()) {
          number(
              sheet,
              r,
              TableLookup.column(table, Contract.demandHeader(h, l)),
              row.demand(h).get(l));
        }
      }
      if (TableLookup.hasColumn(table, Contract.MAPPING_COMMENT)) {
        text(cell(sheet, r, TableLookup.column(table, Contract.MAPPING_COMMENT)), row.comment());
        fitHeight(table, r);
      }
      for (FormulaColumn f : MappingFormulas.COLUMNS) {
        if (TableLookup.hasColumn(table, f.header())) {
          XSSFCell c = cell(sheet, r, TableLookup.column(table, f.header()));
          if (c.getCellType() == CellType.FORMULA) {
            // On a formula cell POI replaces only the cached value and keeps the formula.
            c.setCellValue(f.value().applyAsInt(row));
          }
        }
      }
    }
  }

  private static void number(XSSFSheet sheet, int r, int c, int value) {
    cell(sheet, r, c).setCellValue(value);
  }

  private static void risks(XSSFWorkbook wb, List<RiskAssessment> risks) {
    XSSFTable table = TableLookup.table(wb, Contract.RISK_TABLE);
    XSSFSheet sheet = table.getXSSFSheet();
    int categories = TableLookup.column(table, Contract.CATEGORY);
    for (RiskAssessment risk : risks) {
      int r = TableLookup.row(table, categories, risk.category().name());
      if (r < 0) {
        throw new IllegalArgumentException(
            "table " + table.getName() + " has no row for " + risk.category().name());
      }
      text(
          cell(sheet, r, TableLookup.column(table, Contract.RISK_OPERATIONAL)),
          risk.operationalRisk() == null ? "" : risk.operationalRisk().label());
      text(
          cell(sheet, r, TableLookup.column(table, Contract.LIKELIHOOD_OPERATIONAL)),
          risk.operationalLikelihood() == null ? "" : risk.operationalLikelihood().label());
      text(
          cell(sheet, r, TableLookup.column(table, Contract.RISK_WORK_ENVIRONMENT)),
          risk.workEnvironmentRisk() == null ? "" : risk.workEnvironmentRisk().label());
      text(
          cell(sheet, r, TableLookup.column(table, Contract.LIKELIHOOD_WORK_ENVIRONMENT)),
          risk.workEnvironmentLikelihood() == null ? "" : risk.workEnvironmentLikelihood().label());
      text(cell(sheet, r, TableLookup.column(table, Contract.COMMENT)), risk.comment());
      fitHeight(table, r);
    }
  }

  private static void activities(XSSFWorkbook wb, List<Activity> activities) {
    if (activities.isEmpty()) {
      return;
    }
    XSSFTable table = TableLookup.table(wb, Contract.ACTIVITY_TABLE);
    XSSFSheet sheet = table.getXSSFSheet();
    int first = firstFreeRow(table);
    int needed = first + activities.size() - 1;
    if (needed > TableLookup.lastDataRow(table)) {
      grow(table, needed);
    }
    for (int i = 0; i < activities.size(); i++) {
      Activity a = activities.get(i);
      int r = first + i;
      text(cell(sheet, r, TableLookup.column(table, Contract.ACTIVITY_AREA)), a.area().label());
      text(cell(sheet, r, TableLookup.column(table, Contract.CATEGORY)), a.category());
      text(cell(sheet, r, TableLookup.column(table, Contract.ACTIVITY)), a.title());
      text(cell(sheet, r, TableLookup.column(table, Contract.DESCRIPTION)), a.description());
      text(cell(sheet, r, TableLookup.column(table, Contract.PERFORMER)), a.performer());
      XSSFCell end = cell(sheet, r, TableLookup.column(table, Contract.END_DATE));
      if (a.endDate() == null && !a.schedule().isEmpty()) {
        end.setCellValue(a.schedule());
      } else {
        date(end, a.endDate());
      }
      text(cell(sheet, r, TableLookup.column(table, Contract.FOLLOW_UP)), a.followUp());
      text(cell(sheet, r, TableLookup.column(table, Contract.STATUS)), a.status().label());
      fitHeight(table, r);
    }
  }

  /**
   * Grows a row so its wrapped text shows. Excel fits the row when a person types, but neither
   * Excel nor LibreOffice does it for text a program wrote, so the examples would look cut off.
   */
  private static void fitHeight(XSSFTable table, int r) {
    XSSFSheet sheet = table.getXSSFSheet();
    XSSFRow row = sheet.getRow(r);
    int lines = 1;
    for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
      XSSFCell cell = row.getCell(c);
      if (cell == null
          || cell.getCellType() != CellType.STRING
          || !cell.getCellStyle().getWrapText()) {
        continue;
      }
      int perLine = Math.max(1, sheet.getColumnWidth(c) / 256 - 1);
      int cellLines = 0;
      for (String paragraph : cell.getStringCellValue().split("\\R", -1)) {
        cellLines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
      }
      lines = Math.max(lines, cellLines);
    }
    float points = lines * LINE_POINTS + 3;
    if (points > row.getHeightInPoints()) {
      row.setHeightInPoints(points);
    }
  }


  /** The row after the last non-empty data row: activities already there are kept. */
  private static int firstFreeRow(XSSFTable table) {
    XSSFSheet sheet = table.getXSSFSheet();
    int free = TableLookup.firstDataRow(table);
    for (int r = free; r <= TableLookup.lastDataRow(table); r++) {
      XSSFRow row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
        Cell cell = row.getCell(c);
        if (cell != null && cell.getCellType() != CellType.BLANK) {
          free = r + 1;
          break;
        }
      }
    }
    return free;
  }

  /**
   * Extends the table down to {@code lastRow}, as Excel does when someone types below it: the new
   * rows get the styles of the table's last row, and the filter range follows the table.
   */
  private static void grow(XSSFTable table, int lastRow) {
    XSSFSheet sheet = table.getXSSFSheet();
    int template = TableLookup.lastDataRow(table);
    for (int r = template + 1; r <= lastRow; r++) {
      for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
        XSSFCell above = cell(sheet, template, c);
        cell(sheet, r, c).setCellStyle(above.getCellStyle());
      }
    }
    AreaReference area =
        new AreaReference(
            new CellReference(table.getStartRowIndex(), table.getStartColIndex()),
            new CellReference(lastRow, table.getEndColIndex()),
            SpreadsheetVersion.EXCEL2007);
    table.setArea(area);
    if (table.getCTTable().isSetAutoFilter()) {
      table.getCTTable().getAutoFilter().setRef(area.formatAsString());
    }
  }

  private static XSSFCell cell(XSSFSheet sheet, int r, int c) {
    return SheetKit.cell(sheet, r, c);
  }

  /** Blank for an empty answer: an empty string is not the same as an untouched cell. */
  private static void text(Cell cell, String value) {
    if (value == null || value.isEmpty()) {
      cell.setBlank();
    } else {
      cell.setCellValue(value);
    }
  }

  /** A real Excel date (a serial number shown with a date format), never text. */
  private static void date(Cell cell, LocalDate value) {
    if (value == null) {
      cell.setBlank();
      return;
    }
    cell.setCellValue(value);
    CellStyle style = cell.getCellStyle();
    if (!DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())) {
      short format =
          cell.getSheet().getWorkbook().createDataFormat().getFormat(TemplateStyles.DATE_FORMAT);
      CellUtil.setCellStyleProperty(cell, CellUtil.DATA_FORMAT, format);
    }
  }
}
