package se.kompetensgap.intake;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import se.kompetensgap.model.Labelled;

/**
 * A {@link WorkbookSource} over POI's user model. Opens .xlsx, .xlsm and .xls read-only (POI
 * never writes back to an input), and evaluates formulas typed into input cells instead of
 * trusting cached values, which a script or LibreOffice may not have written.
 */
public final class PoiWorkbookSource implements WorkbookSource {

  /** How many rows from the top of a sheet the fallback looks in for the header row. */
  static final int HEADER_SEARCH_ROWS = 30;

  private final Workbook workbook;
  private FormulaEvaluator evaluator;
  /**
   * Whether a formula cell counts with the value it has cached, evaluating it only when a
   * program left none. Right for a consolidated workbook read as last year's (FJOL): HR may
   * have edited it in Excel or LibreOffice, and what the cell shows is what HR decided.
   */
  private boolean preferCached;

  private PoiWorkbookSource(Workbook workbook) {
    this.workbook = workbook;
  }

  public static PoiWorkbookSource open(File file) throws UnreadableFileException {
    ZipPreflight.check(file); // hostile zips are rejected before POI builds anything (issue 5)
    try {
      return new PoiWorkbookSource(WorkbookFactory.create(file, null, true));
    } catch (EncryptedDocumentException e) {
      throw new UnreadableFileException(
          "Arbetsboken är lösenordsskyddad och kan inte läsas. Be chefen spara den utan lösenord "
              + "(Arkiv → Info → Skydda arbetsbok → Kryptera med lösenord → töm fältet) och skicka "
              + "den igen.",
          e);
    } catch (EmptyFileException e) {
      throw new UnreadableFileException(
          "Filen är tom (0 byte). Be chefen skicka arbetsboken igen.", e);
    } catch (OldExcelFormatException e) {
      throw new UnreadableFileException(
          "Filen är i ett för gammalt Excel-format (Excel 95 eller äldre). Öppna den i Excel och "
              + "spara som .xlsx.",
          e);
    } catch (NotOfficeXmlFileException
        | OfficeXmlFileException
        | NotOLE2FileException e) {
      throw new UnreadableFileException(
          "Filen är inte en Excel-arbetsbok, fast namnet slutar på Excel-ändelse. Öppna den och "
              + "spara som Excel-arbetsbok (.xlsx).",
          e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(
          "Filen kan inte öppnas som Excel-arbetsbok (" + brief(e) + "). Den kan vara skadad "
              + "eller ofullständigt sparad. Be chefen öppna den i Excel, spara som .xlsx och "
              + "skicka den igen.",
          e);
    }
  }

  /**
   * Opens a workbook whose formula cells count with their cached values, evaluated only where
   * none is cached (last year's consolidated workbook; managers' input cells use {@link #open}).
   */
  public static PoiWorkbookSource openPreferringCachedValues(File file) throws UnreadableFileException {
    PoiWorkbookSource source = open(file);
    source.preferCached = true;
    return source;
  }

  private static String brief(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  @Override
  public List<String> tableNames() {
    List<String> names = new ArrayList<>();
    for (Sheet sheet : workbook) {
      if (sheet instanceof XSSFSheet xs) {
        // A damaged table part can lack its name (found by the fuzz test).
        xs.getTables().stream().filter(t -> t.getName() != null).forEach(t -> names.add(t.getName()));
      }
    }
    return names;
  }

  @Override
  public Optional<RawTable> table(String tableName, String sheetName, String keyHeader) {
    for (Sheet sheet : workbook) {
      if (sheet instanceof XSSFSheet xs) {
        for (XSSFTable t : xs.getTables()) {
          if (t.getName() != null && t.getName().equalsIgnoreCase(tableName)) {
            return Optional.of(fromTable(xs, t));
          }
        }
      }
    }
    return fromSheet(sheetName, tableName, keyHeader);
  }

  private RawTable fromTable(XSSFSheet sheet, XSSFTable t) {
    int headerRow = t.getStartRowIndex();
    int firstCol = t.getStartColIndex();
    int lastCol = t.getEndColIndex();
    int lastRow = t.getEndRowIndex() - Math.max(0, t.getTotalsRowCount());
    List<String> headers = new ArrayList<>();
    Row hr = sheet.getRow(headerRow);
    for (int c = firstCol; c <= lastCol; c++) {
      RawCell cell = cell(hr, headerRow, c);
      headers.add(cell.isBlank() ? t.getColumns().get(c - firstCol).getName() : cell.text());
    }
    return new RawTable(sheet.getSheetName(), true, headers, rows(sheet, headerRow + 1, lastRow, firstCol, lastCol));
  }

  private Optional<RawTable> fromSheet(String sheetName, String tableName, String keyHeader) {
    Sheet sheet = null;
    for (Sheet s : workbook) {
      String n = Labelled.normalise(s.getSheetName());
      if (n.equals(Labelled.normalise(sheetName)) || n.equals(Labelled.normalise(tableName))) {
        sheet = s;
        break;
      }
    }
    if (sheet == null) {
      return Optional.empty();
    }
    String wanted = Labelled.normalise(keyHeader);
    int last = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS);
    for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
      Row row = sheet.getRow(r);
      if (row == null || row.getLastCellNum() < 0) {
        continue;
      }
      for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
        RawCell cell = cell(row, r, c);
        if (!cell.isBlank() && Labelled.normalise(cell.text()).equals(wanted)) {
          // The key column need not be the first: the header row runs left to the first blank.
          int start = c;
          while (start > 0 && !cell(row, r, start - 1).isBlank()) {
            start--;
          }
          int firstCol = start;
          int lastCol = c;
          List<String> headers = new ArrayList<>();
          for (int k = start; k < row.getLastCellNum(); k++) {
            RawCell h = cell(row, r, k);
            if (h.isBlank()) {
              break;
            }
            headers.add(h.text().strip());
            lastCol = k;
          }
          return Optional.of(
              new RawTable(
                  sheet.getSheetName(),
                  false,
                  headers,
                  rows(sheet, r + 1, sheet.getLastRowNum(), firstCol, lastCol)));
        }
      }
    }
    return Optional.empty();
  }

  private List<RawTable.Row> rows(Sheet sheet, int from, int to, int firstCol, int lastCol) {
    List<RawTable.Row> rows = new ArrayList<>();
    for (int r = from; r <= to; r++) {
      Row row = sheet.getRow(r);
      List<RawCell> cells = new ArrayList<>(lastCol - firstCol + 1);
      for (int c = firstCol; c <= lastCol; c++) {
        cells.add(cell(row, r, c));
      }
      rows.add(new RawTable.Row(r + 1, cells));
    }
    return rows;
  }

  private RawCell cell(Row row, int r, int c) {
    String ref = new CellReference(r, c).formatAsString(false);
    Cell cell = row == null ? null : row.getCell(c);
    if (cell == null) {
      return RawCell.blank(ref);
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA && preferCached && hasCachedValue(cell)) {
      return cachedResult(cell, ref);
    }
    if (type == CellType.FORMULA) {
      return evaluated(cell, ref);
    }
    return switch (type) {
      case STRING -> RawCell.text(ref, cell.getStringCellValue().strip());
      case NUMERIC ->
          RawCell.number(ref, cell.getNumericCellValue(), DateUtil.isCellDateFormatted(cell));
      case BOOLEAN ->
          new RawCell(ref, RawCell.Kind.BOOLEAN, cell.getBooleanCellValue() ? "SANT" : "FALSKT", 0, false);
      case ERROR ->
          new RawCell(ref, RawCell.Kind.ERROR, FormulaError.forInt(cell.getErrorCellValue()).getString(), 0, false);
      default -> RawCell.blank(ref);
    };
  }

  private static boolean hasCachedValue(Cell cell) {
    if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell xc) {
      return xc.getCTCell().isSetV();
    }
    return true; // .xls always stores a formula's last result
  }

  private static RawCell cachedResult(Cell cell, String ref) {
    return switch (cell.getCachedFormulaResultType()) {
      case NUMERIC ->
          RawCell.number(ref, cell.getNumericCellValue(), DateUtil.isCellDateFormatted(cell));
      case STRING -> RawCell.text(ref, cell.getStringCellValue().strip());
      case BOOLEAN ->
          new RawCell(ref, RawCell.Kind.BOOLEAN, cell.getBooleanCellValue() ? "SANT" : "FALSKT", 0, false);
      case ERROR ->
          new RawCell(ref, RawCell.Kind.ERROR, FormulaError.forInt(cell.getErrorCellValue()).getString(), 0, false);
      default -> RawCell.blank(ref);
    };
  }

  /** A formula in an input cell counts with its value, computed here (SPEC §4). */
  private RawCell evaluated(Cell cell, String ref) {
    if (evaluator == null) {
      evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }
    CellValue v;
    try {
      v = evaluator.evaluate(cell);
    } catch (RuntimeException e) {
      return new RawCell(
          ref, RawCell.Kind.ERROR, "=" + cell.getCellFormula() + " (kan inte beräknas)", 0, false);
    }
    if (v == null) {
      return RawCell.blank(ref);
    }
    return switch (v.getCellType()) {
      case NUMERIC -> RawCell.number(ref, v.getNumberValue(), DateUtil.isCellDateFormatted(cell));
      case STRING -> RawCell.text(ref, v.getStringValue().strip());
      case BOOLEAN ->
          new RawCell(ref, RawCell.Kind.BOOLEAN, v.getBooleanValue() ? "SANT" : "FALSKT", 0, false);
      case ERROR ->
          new RawCell(ref, RawCell.Kind.ERROR, FormulaError.forInt(v.getErrorValue()).getString(), 0, false);
      default -> RawCell.blank(ref);
    };
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      // Opened read-only: closing releases the file and has nothing to save.
    }
  }
}
