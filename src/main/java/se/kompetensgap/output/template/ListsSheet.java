package se.kompetensgap.output.template;

import static se.kompetensgap.output.template.SheetKit.cell;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.output.template.PickLists.PickList;

/** The hidden Listor sheet: one column per drop-down list, each behind a named range. */
final class ListsSheet {
  private ListsSheet() {}

  static void write(XSSFSheet sheet, TemplateStyles styles, List<PickList> lists) {
    XSSFWorkbook wb = sheet.getWorkbook();
    for (int c = 0; c < lists.size(); c++) {
      PickList list = lists.get(c);
      cell(sheet, 0, c, styles.listHeader).setCellValue(list.header());
      for (int i = 0; i < list.values().size(); i++) {
        cell(sheet, 1 + i, c, styles.listValue).setCellValue(list.values().get(i));
      }
      int width = list.header().length();
      for (String v : list.values()) {
        width = Math.max(width, v.length());
      }
      SheetKit.width(sheet, c, Math.min(width + 2, 60));
      XSSFName name = wb.createName();
      name.setNameName(list.name());
      name.setRefersToFormula(
          new AreaReference(
                  new CellReference(sheet.getSheetName(), 1, c, true, true),
                  new CellReference(sheet.getSheetName(), list.values().size(), c, true, true),
                  SpreadsheetVersion.EXCEL2007)
              .formatAsString());
      name.setComment("Värden i rullgardinslistan " + list.header());
    }
    SheetKit.protectWithoutPassword(sheet);
  }
}
