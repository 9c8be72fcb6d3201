package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The rows whose number grows with the units (Underlag, Riskbedömningar, Inläsning, Inlämning,
 * Aktivitetsplan, …) and everything below them on their sheet. A sheet writer builds its title,
 * header, table, formats and widths in POI's user model, with the table already over its final
 * range, and leaves these rows here. {@link ConsolidatedWorkbook#build} then writes them into
 * the same XSSF workbook; {@link ConsolidatedWorkbook#write} streams them through SXSSF, so a
 * roll-up of 15,000 units is never held as XSSF cells (about 1 KB each) and fits in 512 MB.
 * Both run the same code, so both give the same cells.
 */
final class StreamedRows {
  private record Part(String sheet, Consumer<RowWriter> rows) {}

  private final List<Part> parts = new ArrayList<>();

  /**
   * Rows of {@code sheet} from {@code firstRow} on, written later and top to bottom. Nothing
   * may have been written in the user model at or below {@code firstRow}: SXSSF appends only.
   */
  void later(XSSFSheet sheet, int firstRow, Consumer<RowWriter> rows) {
    if (sheet.getPhysicalNumberOfRows() > 0 && sheet.getLastRowNum() >= firstRow) {
      throw new IllegalStateException(sheet.getSheetName() + ": rad " + (sheet.getLastRowNum() + 1)
          + " är redan skriven, men raderna från " + (firstRow + 1) + " ska strömmas");
    }
    parts.add(new Part(sheet.getSheetName(), rows));
  }

  /** Writes every part into {@code wb} (the XSSF workbook itself or its SXSSF wrapper). */
  void writeInto(Workbook wb) {
    for (Part p : parts) {
      RowWriter writer = new RowWriter(wb.getSheet(p.sheet()));
      p.rows().accept(writer);
      writer.widenColumns();
    }
    parts.clear();
  }
}
