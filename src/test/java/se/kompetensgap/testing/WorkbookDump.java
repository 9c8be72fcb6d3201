package se.kompetensgap.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetProtection;

/**
 * A readable, deterministic text dump of a workbook for golden-file style comparisons: sheets with
 * visibility and protection, tables, named ranges, validations, conditional formats, merged
 * regions, freeze panes, print setup, column widths and every non-empty or styled cell as {@code
 * Sheet!A1 = value} or {@code Sheet!A1 = =formula [cached]}.
 *
 * <p>It deliberately leaves out what changes between two saves of the same content (document
 * timestamps, zip layout, style indexes), so two dumps are equal exactly when what a person sees
 * and what a reader finds are equal.
 */
public final class WorkbookDump {
  private WorkbookDump() {}

  /** Opens {@code file} read-only (it is never written back) and dumps it. */
  public static String dump(Path file) throws IOException {
    File f = file.toFile();
    try (Workbook wb = WorkbookFactory.create(f, null, true)) {
      return dump(wb);
    }
  }

  public static String dump(Workbook wb) {
    StringBuilder out = new StringBuilder();
    workbook(wb, out);
    names(wb, out);
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      sheet(wb, i, out);
    }
    return out.toString();
  }

  private static void workbook(Workbook wb, StringBuilder out) {
    List<String> sheets = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      sheets.add(wb.getSheetName(i));
    }
    out.append("workbook\n");
    out.append("  sheets: ").append(String.join(", ", sheets)).append('\n');
    out.append("  active sheet: ").append(wb.getSheetName(wb.getActiveSheetIndex())).append('\n');
    out.append("  recalculate on open: ").append(wb.getForceFormulaRecalculation()).append('\n');
    if (wb instanceof XSSFWorkbook x) {
      var core = x.getProperties().getCoreProperties();
      out.append("  title: ").append(quote(core.getTitle())).append('\n');
      out.append("  creator: ").append(quote(core.getCreator())).append('\n');
    }
  }

  private static void names(Workbook wb, StringBuilder out) {
    List<? extends Name> names = new ArrayList<>(wb.getAllNames());
    names.sort(
        Comparator.comparing((Name n) -> n.getNameName()).thenComparingInt(Name::getSheetIndex));
    for (Name n : names) {
      out.append("name ").append(n.getNameName());
      if (n.getSheetIndex() >= 0) {
        out.append(" [").append(wb.getSheetName(n.getSheetIndex())).append(']');
      }
      out.append(" = ").append(n.getRefersToFormula()).append('\n');
    }
  }

  private static void sheet(Workbook wb, int index, StringBuilder out) {
    Sheet sheet = wb.getSheetAt(index);
    String name = sheet.getSheetName();
    String visibility =
        wb.isSheetVeryHidden(index)
            ? "very hidden"
            : wb.isSheetHidden(index) ? "hidden" : "visible";
    out.append("\nsheet ").append(name).append(" (").append(visibility).append(", ");
    out.append(protection(sheet)).append(")\n");

    PaneInformation pane = sheet.getPaneInformation();
    if (pane != null && pane.isFreezePane()) {
      out.append("  freeze: ")
          .append(pane.getVerticalSplitLeftColumn())
          .append(" columns, ")
          .append(pane.getHorizontalSplitTopRow())
          .append(" rows\n");
    }
    print(sheet, out);
    columns(sheet, out);
    List<String> merged =
        sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().toList();
    for (String m : merged) {
      out.append("  merged ").append(m).append('\n');
    }
    if (sheet instanceof XSSFSheet x) {
      List<XSSFTable> tables = new ArrayList<>(x.getTables());
      tables.sort(Comparator.comparing(XSSFTable::getName));
      for (XSSFTable t : tables) {
        out.append("  table ").append(t.getName());
        if (!t.getName().equals(t.getDisplayName())) {
          out.append(" (display name ").append(t.getDisplayName()).append(')');
        }
        out.append(" ").append(t.getArea().formatAsString());
        out.append(" style ").append(t.getStyleName());
        out.append(t.getCTTable().isSetAutoFilter() ? " with filter" : " without filter");
        out.append(" columns ")
            .append(t.getColumns().stream().map(XSSFTableColumn::getName).toList())
            .append('\n');
      }
    }
    for (DataValidation v : sheet.getDataValidations()) {
      out.append("  validation ").append(validation(v)).append('\n');
    }
    conditionalFormats(sheet, out);
    for (Row row : sheet) {
      for (Cell cell : row) {
        String c = cell(cell);
        if (c != null) {
          out.append("  ").append(c).append('\n');
        }
      }
    }
  }

  private static String protection(Sheet sheet) {
    if (!sheet.getProtect()) {
      return "not protected";
    }
    if (sheet instanceof XSSFSheet x) {
      CTSheetProtection p = x.getCTWorksheet().getSheetProtection();
      boolean password = p.isSetPassword() || p.isSetHashValue();
      List<String> allowed = new ArrayList<>();
      if (p.isSetFormatCells() && !p.getFormatCells()) {
        allowed.add("format cells");
      }
      if (p.isSetFormatColumns() && !p.getFormatColumns()) {
        allowed.add("format columns");
      }
      if (p.isSetFormatRows() && !p.getFormatRows()) {
        allowed.add("format rows");
      }
      if (p.isSetSort() && !p.getSort()) {
        allowed.add("sort");
      }
      if (p.isSetAutoFilter() && !p.getAutoFilter()) {
        allowed.add("filter");
      }
      return "protected "
          + (password ? "with password" : "without password")
          + (allowed.isEmpty() ? "" : ", allows " + String.join(", ", allowed));
    }
    return "protected";
  }

  private static void print(Sheet sheet, StringBuilder out) {
    PrintSetup ps = sheet.getPrintSetup();
    out.append("  print: ")
        .append(ps.getLandscape() ? "landscape" : "portrait")
        .append(", paper ")
        .append(ps.getPaperSize());
    if (sheet.getFitToPage()) {
      out.append(", fit ").append(ps.getFitWidth()).append(" wide ").append(ps.getFitHeight());
      out.append(" tall");
    }
    CellRangeAddress repeat = sheet.getRepeatingRows();
    if (repeat != null) {
      out.append(", repeat rows ")
          .append(repeat.getFirstRow() + 1)
          .append(':')
          .append(repeat.getLastRow() + 1);
    }
    out.append('\n');
  }

  private static void columns(Sheet sheet, StringBuilder out) {
    int last = 0;
    for (Row row : sheet) {
      last = Math.max(last, row.getLastCellNum());
    }
    List<String> widths = new ArrayList<>();
    for (int c = 0; c < last; c++) {
      widths.add(CellReference.convertNumToColString(c) + "=" + (sheet.getColumnWidth(c) / 256));
    }
    if (!widths.isEmpty()) {
      out.append("  column widths: ").append(String.join(" ", widths)).append('\n');
    }
  }

  private static String validation(DataValidation v) {
    DataValidationConstraint c = v.getValidationConstraint();
    String ranges =
        Arrays.stream(v.getRegions().getCellRangeAddresses())
            .map(CellRangeAddress::formatAsString)
            .collect(Collectors.joining(" "));
    StringBuilder s = new StringBuilder(ranges).append(": ");
    s.append(validationType(c.getValidationType()));
    if (c.getExplicitListValues() != null) {
      s.append(" {").append(String.join(", ", c.getExplicitListValues())).append('}');
    } else {
      if (c.getValidationType() != DataValidationConstraint.ValidationType.LIST
          && c.getValidationType() != DataValidationConstraint.ValidationType.ANY) {
        s.append(' ').append(operator(c.getOperator()));
      }
      if (c.getFormula1() != null) {
        s.append(' ').append(c.getFormula1());
      }
      // Only "between" has a second operand; LibreOffice writes a dummy one for the others.
      boolean range =
          c.getValidationType() != DataValidationConstraint.ValidationType.LIST
              && (c.getOperator() == DataValidationConstraint.OperatorType.BETWEEN
                  || c.getOperator() == DataValidationConstraint.OperatorType.NOT_BETWEEN);
      if (range && c.getFormula2() != null) {
        s.append(" .. ").append(c.getFormula2());
      }
    }
    s.append(", ")
        .append(
            switch (v.getErrorStyle()) {
              case DataValidation.ErrorStyle.STOP -> "stop";
              case DataValidation.ErrorStyle.WARNING -> "warning";
              case DataValidation.ErrorStyle.INFO -> "information";
              default -> "error style " + v.getErrorStyle();
            });
    s.append(v.getEmptyCellAllowed() ? ", blank allowed" : ", blank refused");
    if (v.getShowPromptBox()) {
      s.append(", prompt ")
          .append(quote(v.getPromptBoxTitle()))
          .append(' ')
          .append(quote(v.getPromptBoxText()));
    }
    if (v.getShowErrorBox()) {
      s.append(", error ")
          .append(quote(v.getErrorBoxTitle()))
          .append(' ')
          .append(quote(v.getErrorBoxText()));
    }
    return s.toString();
  }

  private static String validationType(int type) {
    return switch (type) {
      case DataValidationConstraint.ValidationType.ANY -> "any";
      case DataValidationConstraint.ValidationType.INTEGER -> "whole number";
      case DataValidationConstraint.ValidationType.DECIMAL -> "decimal";
      case DataValidationConstraint.ValidationType.LIST -> "list";
      case DataValidationConstraint.ValidationType.DATE -> "date";
      case DataValidationConstraint.ValidationType.TIME -> "time";
      case DataValidationConstraint.ValidationType.TEXT_LENGTH -> "text length";
      case DataValidationConstraint.ValidationType.FORMULA -> "custom";
      default -> "type " + type;
    };
  }

  private static String operator(int op) {
    return switch (op) {
      case DataValidationConstraint.OperatorType.BETWEEN -> "between";
      case DataValidationConstraint.OperatorType.NOT_BETWEEN -> "not between";
      case DataValidationConstraint.OperatorType.EQUAL -> "=";
      case DataValidationConstraint.OperatorType.NOT_EQUAL -> "<>";
      case DataValidationConstraint.OperatorType.GREATER_THAN -> ">";
      case DataValidationConstraint.OperatorType.LESS_THAN -> "<";
      case DataValidationConstraint.OperatorType.GREATER_OR_EQUAL -> ">=";
      case DataValidationConstraint.OperatorType.LESS_OR_EQUAL -> "<=";
      default -> "operator " + op;
    };
  }

  private static void conditionalFormats(Sheet sheet, StringBuilder out) {
    SheetConditionalFormatting scf = sheet.getSheetConditionalFormatting();
    for (int i = 0; i < scf.getNumConditionalFormattings(); i++) {
      ConditionalFormatting cf = scf.getConditionalFormattingAt(i);
      String ranges =
          Arrays.stream(cf.getFormattingRanges())
              .map(CellRangeAddress::formatAsString)
              .collect(Collectors.joining(" "));
      for (int r = 0; r < cf.getNumberOfRules(); r++) {
        ConditionalFormattingRule rule = cf.getRule(r);
        out.append("  conditional ").append(ranges).append(": ");
        out.append(rule.getConditionType() == null ? "?" : rule.getConditionType().type);
        if (rule.getConditionType() != null
            && rule.getConditionType().id
                == org.apache.poi.ss.usermodel.ConditionType.CELL_VALUE_IS.id) {
          out.append(' ').append(comparison(rule.getComparisonOperation()));
        }
        if (rule.getFormula1() != null) {
          out.append(' ').append(rule.getFormula1());
        }
        if (rule.getFormula2() != null) {
          out.append(" .. ").append(rule.getFormula2());
        }
        if (rule.getPatternFormatting() != null
            && rule.getPatternFormatting().getFillBackgroundColorColor() instanceof XSSFColor bg) {
          out.append(" fill ").append(hex(bg));
        }
        if (rule.getFontFormatting() != null
            && rule.getFontFormatting().getFontColor() instanceof XSSFColor fg) {
          out.append(" font ").append(hex(fg));
        }
        out.append('\n');
      }
    }
  }

  private static String comparison(byte op) {
    return switch (op) {
      case org.apache.poi.ss.usermodel.ComparisonOperator.BETWEEN -> "between";
      case org.apache.poi.ss.usermodel.ComparisonOperator.NOT_BETWEEN -> "not between";
      case org.apache.poi.ss.usermodel.ComparisonOperator.EQUAL -> "=";
      case org.apache.poi.ss.usermodel.ComparisonOperator.NOT_EQUAL -> "<>";
      case org.apache.poi.ss.usermodel.ComparisonOperator.GT -> ">";
      case org.apache.poi.ss.usermodel.ComparisonOperator.LT -> "<";
      case org.apache.poi.ss.usermodel.ComparisonOperator.GE -> ">=";
      case org.apache.poi.ss.usermodel.ComparisonOperator.LE -> "<=";
      default -> "op " + op;
    };
  }

  /** One cell, or null for a blank cell with the default style (nothing to see). */
  private static String cell(Cell cell) {
    String where = cell.getSheet().getSheetName() + "!" + cell.getAddress().formatAsString();
    String style = style(cell.getCellStyle());
    String value =
        switch (cell.getCellType()) {
          case BLANK -> null;
          case FORMULA -> "=" + cell.getCellFormula() + " [" + cached(cell) + "]";
          default -> value(cell, cell.getCellType());
        };
    if (value == null && style.isEmpty()) {
      return null;
    }
    return where + (value == null ? " (blank)" : " = " + value) + style;
  }

  private static String cached(Cell cell) {
    CellType type = cell.getCachedFormulaResultType();
    return type == CellType.BLANK ? "" : value(cell, type);
  }

  private static String value(Cell cell, CellType type) {
    return switch (type) {
      case STRING -> quote(cell.getStringCellValue());
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate() + " (date)"
              : number(cell.getNumericCellValue());
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
      case ERROR -> "#ERROR " + cell.getErrorCellValue();
      default -> "";
    };
  }

  private static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.valueOf((long) d);
    }
    return String.valueOf(d);
  }

  /** The parts of a style that matter to a reader of the template: lock, format, fill. */
  private static String style(CellStyle s) {
    if (s == null || s.getIndex() == 0) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (!s.getLocked()) {
      parts.add("unlocked");
    }
    if (!"General".equals(s.getDataFormatString())) {
      parts.add("format " + s.getDataFormatString());
    }
    if (s.getFillPattern() == FillPatternType.SOLID_FOREGROUND
        && s instanceof XSSFCellStyle x
        && x.getFillForegroundColorColor() != null) {
      parts.add("fill " + hex(x.getFillForegroundColorColor()));
    }
    if (s.getWrapText()) {
      parts.add("wrap");
    }
    return parts.isEmpty() ? "" : " {" + String.join(", ", parts) + "}";
  }

  private static String hex(XSSFColor c) {
    String h = c.getARGBHex();
    return h == null ? "theme " + c.getTheme() : h.substring(2);
  }

  private static String quote(String s) {
    if (s == null) {
      return "null";
    }
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
