package se.kompetensgap.output.template;

import static se.kompetensgap.output.template.SheetKit.FIRST_DATA_ROW;
import static se.kompetensgap.output.template.SheetKit.HEADER_ROW;
import static se.kompetensgap.output.template.SheetKit.cell;

import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import se.kompetensgap.model.Category;
import se.kompetensgap.output.template.TemplateText.Guidance;
import se.kompetensgap.text.Contract;

/** The Risk sheet: per category, consequence and likelihood for operations and work environment. */
final class RiskSheet {
  private RiskSheet() {}

  static void write(XSSFSheet sheet, TemplateStyles styles, List<Category> categories) {
    SheetKit.titleAndNote(sheet, styles, TemplateText.RISK_TITLE, TemplateText.RISK_NOTE);
    List<String> headers = Contract.RISK_HEADERS;
    int last = FIRST_DATA_ROW + categories.size() - 1;
    SheetKit.table(sheet, styles, Contract.RISK_TABLE, HEADER_ROW, 0, last, headers, true);
    int categoryColumn = headers.indexOf(Contract.CATEGORY);
    int commentColumn = headers.indexOf(Contract.COMMENT);
    for (int i = 0; i < categories.size(); i++) {
      int r = FIRST_DATA_ROW + i;
      for (int c = 0; c < headers.size(); c++) {
        cell(sheet, r, c, c == commentColumn ? styles.inputWrapped : styles.inputText);
      }
      cell(sheet, r, categoryColumn, styles.label).setCellValue(categories.get(i).name());
      SheetKit.row(sheet, r).setHeightInPoints(30);
    }
    choice(
        sheet,
        last,
        headers.indexOf(Contract.RISK_OPERATIONAL),
        PickLists.CONSEQUENCES,
        TemplateText.RISK);
    choice(
        sheet,
        last,
        headers.indexOf(Contract.LIKELIHOOD_OPERATIONAL),
        PickLists.LIKELIHOODS,
        TemplateText.LIKELIHOOD);
    choice(
        sheet,
        last,
        headers.indexOf(Contract.RISK_WORK_ENVIRONMENT),
        PickLists.CONSEQUENCES,
        TemplateText.RISK);
    choice(
        sheet,
        last,
        headers.indexOf(Contract.LIKELIHOOD_WORK_ENVIRONMENT),
        PickLists.LIKELIHOODS,
        TemplateText.LIKELIHOOD);

    SheetKit.width(sheet, categoryColumn, 45);
    for (int c = 0; c < headers.size(); c++) {
      if (c != categoryColumn && c != commentColumn) {
        SheetKit.width(sheet, c, 17);
      }
    }
    SheetKit.width(sheet, commentColumn, 70);
    SheetKit.row(sheet, HEADER_ROW).setHeightInPoints(34);
    sheet.createFreezePane(1, FIRST_DATA_ROW);
    SheetKit.protectWithoutPassword(sheet);
    SheetKit.print(sheet, true, HEADER_ROW, HEADER_ROW);
  }

  private static void choice(
      XSSFSheet sheet, int last, int column, String list, Guidance guidance) {
    SheetKit.validate(
        sheet,
        new CellRangeAddressList(FIRST_DATA_ROW, last, column, column),
        SheetKit.list(sheet, list),
        DataValidation.ErrorStyle.STOP,
        guidance);
  }
}
