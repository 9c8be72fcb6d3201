package se.kompetensgap.output.template;

import static se.kompetensgap.output.template.SheetKit.FIRST_DATA_ROW;
import static se.kompetensgap.output.template.SheetKit.HEADER_ROW;
import static se.kompetensgap.output.template.SheetKit.cell;

import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import se.kompetensgap.text.Contract;

/**
 * The Aktiviteter sheet: an empty activity table for the manager to type in. Not protected, so
 * Excel can grow the table when someone types below it; the validations reach far below the table
 * for the same reason.
 */
final class ActivitySheet {
  private ActivitySheet() {}

  /** Empty rows in the template: enough for a unit's plan without scrolling past blanks. */
  static final int ROWS = 30;

  /** Validations cover rows down to here (1-based 1000), beyond the table, for added rows. */
  static final int LAST_VALIDATED_ROW = 999;

  static void write(XSSFSheet sheet, TemplateStyles styles) {
    SheetKit.titleAndNote(sheet, styles, TemplateText.ACTIVITY_TITLE, TemplateText.ACTIVITY_NOTE);
    List<String> headers = Contract.ACTIVITY_HEADERS;
    int last = FIRST_DATA_ROW + ROWS - 1;
    SheetKit.table(sheet, styles, Contract.ACTIVITY_TABLE, HEADER_ROW, 0, last, headers, true);
    for (int r = FIRST_DATA_ROW; r <= last; r++) {
      for (int c = 0; c < headers.size(); c++) {
        cell(sheet, r, c, style(styles, headers.get(c)));
      }
    }
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    SheetKit.validate(
        sheet,
        column(headers, Contract.ACTIVITY_AREA),
        SheetKit.list(sheet, PickLists.ACTIVITY_AREAS),
        DataValidation.ErrorStyle.STOP,
        TemplateText.ACTIVITY_AREA);
    // Free text is allowed ("Samtliga socialsekreterare"): the list only suggests.
    SheetKit.validate(
        sheet,
        column(headers, Contract.CATEGORY),
        SheetKit.list(sheet, PickLists.CATEGORIES),
        DataValidation.ErrorStyle.INFO,
        TemplateText.ACTIVITY_CATEGORY);
    SheetKit.validate(
        sheet,
        column(headers, Contract.END_DATE),
        helper.createDateConstraint(
            OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2100,12,31)", null),
        // A warning, not a stop: a Tidsplan in words ("Löpande") is allowed and kept as written.
        DataValidation.ErrorStyle.WARNING,
        TemplateText.END_DATE);
    SheetKit.validate(
        sheet,
        column(headers, Contract.STATUS),
        SheetKit.list(sheet, PickLists.STATUSES),
        DataValidation.ErrorStyle.STOP,
        TemplateText.STATUS);

    for (int c = 0; c < headers.size(); c++) {
      SheetKit.width(sheet, c, width(headers.get(c)));
    }
    SheetKit.row(sheet, HEADER_ROW).setHeightInPoints(20);
    sheet.createFreezePane(0, FIRST_DATA_ROW);
    SheetKit.print(sheet, true, HEADER_ROW, HEADER_ROW);
  }

  private static CellRangeAddressList column(List<String> headers, String header) {
    int c = headers.indexOf(header);
    return new CellRangeAddressList(FIRST_DATA_ROW, LAST_VALIDATED_ROW, c, c);
  }

  private static XSSFCellStyle style(TemplateStyles styles, String header) {
    return switch (header) {
      case Contract.END_DATE -> styles.inputDate;
      case Contract.ACTIVITY, Contract.DESCRIPTION, Contract.FOLLOW_UP -> styles.inputWrapped;
      default -> styles.inputText;
    };
  }

  private static int width(String header) {
    return switch (header) {
      case Contract.ACTIVITY_AREA -> 22;
      case Contract.CATEGORY -> 34;
      case Contract.ACTIVITY -> 40;
      case Contract.DESCRIPTION -> 50;
      case Contract.PERFORMER -> 24;
      case Contract.END_DATE, Contract.STATUS -> 13;
      case Contract.FOLLOW_UP -> 36;
      default -> 20;
    };
  }
}
