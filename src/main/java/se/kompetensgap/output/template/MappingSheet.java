package se.kompetensgap.output.template;

import static se.kompetensgap.output.template.SheetKit.FIRST_DATA_ROW;
import static se.kompetensgap.output.template.SheetKit.GROUP_ROW;
import static se.kompetensgap.output.template.SheetKit.HEADER_ROW;
import static se.kompetensgap.output.template.SheetKit.cell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.output.template.MappingFormulas.FormulaColumn;
import se.kompetensgap.text.Contract;

/**
 * The Kartläggning sheet: one pre-filled row per category, twelve yellow number columns, then the
 * manager's own grey totals and gap preview.
 */
final class MappingSheet {
  private MappingSheet() {}

  static void write(XSSFSheet sheet, TemplateStyles styles, List<Category> categories) {
    SheetKit.titleAndNote(sheet, styles, TemplateText.MAPPING_TITLE, TemplateText.MAPPING_NOTE);
    List<String> numbers = Contract.numberHeaders();
    List<String> headers = new ArrayList<>();
    headers.add(Contract.CATEGORY);
    headers.addAll(numbers);
    headers.addAll(MappingFormulas.headers());
    headers.add(Contract.MAPPING_COMMENT);
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      column.put(headers.get(i), i);
    }
    int last = FIRST_DATA_ROW + categories.size() - 1;

    groupRow(sheet, styles, column);
    SheetKit.table(sheet, styles, Contract.MAPPING_TABLE, HEADER_ROW, 0, last, headers, true);

    int categoryColumn = column.get(Contract.CATEGORY);
    for (int i = 0; i < categories.size(); i++) {
      int r = FIRST_DATA_ROW + i;
      cell(sheet, r, categoryColumn, styles.label).setCellValue(categories.get(i).name());
      for (String h : numbers) {
        cell(sheet, r, column.get(h), styles.inputCount);
      }
      cell(sheet, r, column.get(Contract.MAPPING_COMMENT), styles.inputWrapped);
      for (FormulaColumn f : MappingFormulas.COLUMNS) {
        XSSFCell c =
            cell(
                sheet,
                r,
                column.get(f.header()),
                f.gap() ? styles.formulaGap : styles.formulaCount);
        c.setCellFormula(f.formula().apply(h -> SheetKit.ref(r, column.get(h))));
        // The value Excel would compute, so previews and POI readers see numbers at once.
        c.setCellValue(f.value().applyAsInt(MappingFormulas.EMPTY_ROW));
      }
    }

    int firstNumber = column.get(numbers.get(0));
    int lastNumber = column.get(numbers.get(numbers.size() - 1));
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    SheetKit.validate(
        sheet,
        new CellRangeAddressList(FIRST_DATA_ROW, last, firstNumber, lastNumber),
        helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
        DataValidation.ErrorStyle.STOP,
        TemplateText.COUNT);

    List<FormulaColumn> gaps = MappingFormulas.COLUMNS.stream().filter(FormulaColumn::gap).toList();
    int firstGap = column.get(gaps.get(0).header());
    int lastGap = column.get(gaps.get(gaps.size() - 1).header());
    highlightGaps(sheet, new CellRangeAddress(FIRST_DATA_ROW, last, firstGap, lastGap));

    SheetKit.width(sheet, categoryColumn, widest(categories) + 3);
    for (int c = 1; c < headers.size(); c++) {
      SheetKit.width(sheet, c, 10);
    }
    SheetKit.width(sheet, column.get(Contract.MAPPING_COMMENT), 48);
    XSSFDataValidationHelper textHelper = new XSSFDataValidationHelper(sheet);
    SheetKit.validate(
        sheet,
        new CellRangeAddressList(
            FIRST_DATA_ROW, last, column.get(Contract.MAPPING_COMMENT), column.get(Contract.MAPPING_COMMENT)),
        textHelper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, "2000", null),
        DataValidation.ErrorStyle.STOP,
        TemplateText.MAPPING_COMMENT);
    SheetKit.row(sheet, GROUP_ROW).setHeightInPoints(30);
    SheetKit.row(sheet, HEADER_ROW).setHeightInPoints(48);
    sheet.createFreezePane(1, FIRST_DATA_ROW);
    SheetKit.protectWithoutPassword(sheet);
    SheetKit.print(sheet, true, GROUP_ROW, HEADER_ROW);
  }

  /** Merged labels above the header row that group the columns: tillgång, behov, summor, gap. */
  private static void groupRow(
      XSSFSheet sheet, TemplateStyles styles, Map<String, Integer> column) {
    Level first = Level.values()[0];
    Level last = Level.values()[Level.values().length - 1];
    group(
        sheet,
        styles,
        TemplateText.SUPPLY_GROUP,
        column.get(Contract.supplyHeader(first)),
        column.get(Contract.supplyHeader(last)));
    for (Horizon h : Horizon.values()) {
      group(
          sheet,
          styles,
          String.format(TemplateText.DEMAND_GROUP, h.label()),
          column.get(Contract.demandHeader(h, first)),
          column.get(Contract.demandHeader(h, last)));
    }
    group(
        sheet,
        styles,
        TemplateText.TOTALS_GROUP,
        column.get(MappingFormulas.SUPPLY_TOTAL),
        column.get(MappingFormulas.demandTotal(Horizon.FIVE_YEARS)));
    List<String> gaps =
        MappingFormulas.COLUMNS.stream()
            .filter(FormulaColumn::gap)
            .map(FormulaColumn::header)
            .toList();
    group(
        sheet,
        styles,
        TemplateText.GAP_GROUP,
        column.get(gaps.get(0)),
        column.get(gaps.get(gaps.size() - 1)));
    group(
        sheet,
        styles,
        TemplateText.COMMENT_GROUP,
        column.get(Contract.MAPPING_COMMENT),
        column.get(Contract.MAPPING_COMMENT));
  }

  private static void group(
      XSSFSheet sheet, TemplateStyles styles, String text, int firstColumn, int lastColumn) {
    for (int c = firstColumn; c <= lastColumn; c++) {
      cell(sheet, GROUP_ROW, c, styles.group);
    }
    cell(sheet, GROUP_ROW, firstColumn).setCellValue(text);
    if (lastColumn > firstColumn) {
      sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, firstColumn, lastColumn));
    }
  }

  /** Shortage (negative gap) red, surplus green: the colours the consolidated workbook uses. */
  private static void highlightGaps(XSSFSheet sheet, CellRangeAddress range) {
    SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule shortage =
        (XSSFConditionalFormattingRule)
            cf.createConditionalFormattingRule(ComparisonOperator.LT, "0");
    shortage
        .createPatternFormatting()
        .setFillBackgroundColor(new XSSFColor(TemplateStyles.SHORTAGE_FILL, null));
    shortage.createFontFormatting().setFontColor(new XSSFColor(TemplateStyles.SHORTAGE_TEXT, null));
    XSSFConditionalFormattingRule surplus =
        (XSSFConditionalFormattingRule)
            cf.createConditionalFormattingRule(ComparisonOperator.GT, "0");
    surplus
        .createPatternFormatting()
        .setFillBackgroundColor(new XSSFColor(TemplateStyles.SURPLUS_FILL, null));
    surplus.createFontFormatting().setFontColor(new XSSFColor(TemplateStyles.SURPLUS_TEXT, null));
    cf.addConditionalFormatting(new CellRangeAddress[] {range}, shortage, surplus);
  }

  private static int widest(List<Category> categories) {
    int w = Contract.CATEGORY.length();
    for (Category c : categories) {
      w = Math.max(w, c.name().length());
    }
    return Math.min(w, 60);
  }
}
