package se.kompetensgap.output;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Print setup: A4 landscape, one page wide, header rows repeated on every page. */
final class Print {
  private Print() {}

  static void landscape(XSSFSheet sheet, int lastHeaderRow) {
    landscape(sheet, 0, lastHeaderRow);
  }

  /** As above, repeating only the header rows (not the title and notes above them). */
  static void landscape(XSSFSheet sheet, int firstHeaderRow, int lastHeaderRow) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setLandscape(true);
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setMargin(XSSFSheet.LeftMargin, 0.4);
    sheet.setMargin(XSSFSheet.RightMargin, 0.4);
    sheet.setMargin(XSSFSheet.TopMargin, 0.5);
    sheet.setMargin(XSSFSheet.BottomMargin, 0.6);
    sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
    sheet.getFooter().setCenter("&A – sida &P av &N");
    sheet.getFooter().setRight("&D");
  }
}
