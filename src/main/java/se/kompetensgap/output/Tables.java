package se.kompetensgap.output;

import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/** Shared settings of every Excel table the tool writes. */
final class Tables {
  private Tables() {}

  static void style(XSSFTable table) {
    CTTableStyleInfo info = table.getCTTable().isSetTableStyleInfo()
        ? table.getCTTable().getTableStyleInfo()
        : table.getCTTable().addNewTableStyleInfo();
    info.setName("TableStyleLight9");
    info.setShowRowStripes(true);
    info.setShowColumnStripes(false);
    info.setShowFirstColumn(false);
    info.setShowLastColumn(false);
    // Filters on the header row, as HR expects of an Excel table.
    if (!table.getCTTable().isSetAutoFilter()) {
      table.getCTTable().addNewAutoFilter().setRef(table.getArea().formatAsString());
    }
  }
}
