package se.kompetensgap.testing;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Recomputes every formula of a workbook with POI's evaluator and compares the result with the
 * value cached in the cell, which our Java model wrote. An independent check of the formulas:
 * if a formula and the model disagree, one of them is wrong.
 */
public final class FormulaCheck {
  private FormulaCheck() {}

  /** Mismatch lines such as "Kompetensgap!N7: cachat -3.0, formeln ger -4.0"; empty if none. */
  public static List<String> mismatches(Workbook wb) {
    var evaluator = wb.getCreationHelper().createFormulaEvaluator();
    List<String> out = new ArrayList<>();
    for (Sheet sheet : wb) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() != CellType.FORMULA) {
            continue;
          }
          String where = new CellReference(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex(), false, false).formatAsString();
          Object cached = cached(cell);
          CellValue v;
          try {
            v = evaluator.evaluate(cell);
          } catch (RuntimeException e) {
            out.add(where + ": =" + cell.getCellFormula() + " kan inte beräknas: " + e);
            continue;
          }
          Object computed =
              switch (v.getCellType()) {
                case NUMERIC -> v.getNumberValue();
                case STRING -> v.getStringValue();
                case BOOLEAN -> v.getBooleanValue();
                case ERROR -> "#ERR" + v.getErrorValue();
                default -> "";
              };
          if (!same(cached, computed)) {
            out.add(where + ": =" + cell.getCellFormula() + " cachat " + cached + ", formeln ger " + computed);
          }
        }
      }
    }
    return out;
  }

  /** How many formula cells the workbook has (so a test can say it checked something). */
  public static int count(Workbook wb) {
    int n = 0;
    for (Sheet sheet : wb) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static Object cached(Cell cell) {
    return switch (cell.getCachedFormulaResultType()) {
      case NUMERIC -> cell.getNumericCellValue();
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> cell.getBooleanCellValue();
      case ERROR -> "#ERR" + cell.getErrorCellValue();
      default -> "";
    };
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof Double x && b instanceof Double y) {
      return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }
    return a.equals(b);
  }
}
