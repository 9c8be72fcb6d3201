package se.kompetensgap.output.template;

import static se.kompetensgap.output.template.SheetKit.FIRST_DATA_ROW;
import static se.kompetensgap.output.template.SheetKit.HEADER_ROW;
import static se.kompetensgap.output.template.SheetKit.cell;

import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.text.Contract;

/** The Enhet sheet: who and what the mapping describes, one Uppgift per row (SPEC §4). */
final class UnitSheet {
  private UnitSheet() {}

  private static final int KEY_COLUMN = 0;
  private static final int VALUE_COLUMN = 1;
  private static final int HINT_COLUMN = 2;

  static void write(
      XSSFSheet sheet,
      TemplateStyles styles,
      Configuration config,
      Optional<FocusArea> area,
      Optional<Integer> year) {
    SheetKit.titleAndNote(sheet, styles, TemplateText.UNIT_TITLE, TemplateText.UNIT_NOTE);
    List<String> keys = Contract.UNIT_KEYS;
    int last = FIRST_DATA_ROW + keys.size() - 1;
    // No filter buttons: eight fixed rows need no filtering, and the arrows would only hide
    // the header text.
    SheetKit.table(
        sheet,
        styles,
        Contract.UNIT_TABLE,
        HEADER_ROW,
        KEY_COLUMN,
        last,
        List.of(Contract.UNIT_KEY, Contract.UNIT_VALUE),
        false);
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      int r = FIRST_DATA_ROW + i;
      cell(sheet, r, KEY_COLUMN, styles.label).setCellValue(key);
      XSSFCell value = cell(sheet, r, VALUE_COLUMN, valueStyle(styles, key));
      prefill(value, key, config, area, year);
      cell(sheet, r, HINT_COLUMN, styles.hint).setCellValue(TemplateText.UNIT_HINTS.get(key));
      CellRangeAddressList where = new CellRangeAddressList(r, r, VALUE_COLUMN, VALUE_COLUMN);
      switch (key) {
        case Contract.KEY_YEAR ->
            SheetKit.validate(
                sheet,
                where,
                helper.createIntegerConstraint(OperatorType.BETWEEN, "2000", "2100"),
                DataValidation.ErrorStyle.STOP,
                TemplateText.YEAR);
        case Contract.KEY_DATE ->
            SheetKit.validate(
                sheet,
                where,
                helper.createDateConstraint(
                    OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2100,12,31)", null),
                DataValidation.ErrorStyle.STOP,
                TemplateText.DATE);
        case Contract.KEY_FOCUS_AREA ->
            SheetKit.validate(
                sheet,
                where,
                SheetKit.list(sheet, PickLists.FOCUS_AREAS),
                DataValidation.ErrorStyle.STOP,
                TemplateText.FOCUS_AREA);
        case Contract.KEY_MAPPING_TYPE ->
            SheetKit.validate(
                sheet,
                where,
                SheetKit.list(sheet, PickLists.MAPPING_TYPES),
                DataValidation.ErrorStyle.STOP,
                TemplateText.MAPPING_TYPE);
        default ->
            SheetKit.validate(
                sheet,
                where,
                helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, "255", null),
                DataValidation.ErrorStyle.STOP,
                TemplateText.text(key));
      }
    }
    SheetKit.row(sheet, HEADER_ROW).setHeightInPoints(20);
    SheetKit.width(sheet, KEY_COLUMN, 22);
    SheetKit.width(sheet, VALUE_COLUMN, 48);
    SheetKit.width(sheet, HINT_COLUMN, 70);
    sheet.createFreezePane(0, FIRST_DATA_ROW);
    SheetKit.protectWithoutPassword(sheet);
    SheetKit.print(sheet, true, -1, -1);
  }

  private static XSSFCellStyle valueStyle(TemplateStyles styles, String key) {
    return switch (key) {
      case Contract.KEY_YEAR -> styles.inputYear;
      case Contract.KEY_DATE -> styles.inputDate;
      default -> styles.inputText;
    };
  }

  /**
   * Only what is the same for every unit is pre-filled: the förvaltning from the configuration and
   * the fokusområde of an area template, and the year of one year's edition ({@code mall --ar},
   * {@code utskick}). Never the date, so the committed template is the same file whenever it is
   * built.
   */
  private static void prefill(
      XSSFCell value,
      String key,
      Configuration config,
      Optional<FocusArea> area,
      Optional<Integer> year) {
    switch (key) {
      case Contract.KEY_YEAR -> year.ifPresent(value::setCellValue);
      case Contract.KEY_ADMINISTRATION -> {
        String name = config.setting(Configuration.ADMINISTRATION, "");
        if (!name.isBlank()) {
          value.setCellValue(name);
        }
      }
      case Contract.KEY_FOCUS_AREA -> area.ifPresent(a -> value.setCellValue(a.name()));
      default -> {}
    }
  }
}
