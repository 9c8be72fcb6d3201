package se.kompetensgap.output.template;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetProtection;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.testing.WorkbookDump;
import se.kompetensgap.text.Contract;

class TemplateWriterTest {

  private static final Configuration CONFIG = ConfigurationParser.defaults();
  private static final String LISTS = "Listor";

  private static XSSFWorkbook build() {
    return TemplateWriter.build(CONFIG, Optional.empty());
  }

  private static List<XSSFTable> tables(XSSFWorkbook wb) {
    List<XSSFTable> all = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      all.addAll(wb.getSheetAt(i).getTables());
    }
    return all;
  }

  private static List<XSSFDataValidation> validationsAt(XSSFSheet sheet, int row, int column) {
    List<XSSFDataValidation> found = new ArrayList<>();
    for (XSSFDataValidation v : sheet.getDataValidations()) {
      for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) {
        if (a.isInRange(row, column)) {
          found.add(v);
        }
      }
    }
    return found;
  }

  private static XSSFDataValidation onlyValidationAt(XSSFSheet sheet, int row, int column) {
    List<XSSFDataValidation> found = validationsAt(sheet, row, column);
    assertEquals(
        1,
        found.size(),
        sheet.getSheetName() + "!" + new CellReference(row, column).formatAsString());
    return found.get(0);
  }

  private static List<String> columnText(XSSFTable table, String header) {
    int c = Workbooks.column(table, header);
    List<String> values = new ArrayList<>();
    for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
      values.add(table.getXSSFSheet().getRow(r).getCell(c).getStringCellValue());
    }
    return values;
  }

  private static List<String> names(List<Category> categories) {
    return categories.stream().map(Category::name).toList();
  }

  // --- sheets and tables ---

  @Test
  void sheetsComeInContractOrderAndOnlyListorIsHidden() throws IOException {
    try (XSSFWorkbook wb = build()) {
      List<String> sheets = new ArrayList<>();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        sheets.add(wb.getSheetName(i));
        assertEquals(wb.getSheetName(i).equals(LISTS), wb.isSheetHidden(i), wb.getSheetName(i));
        assertTrue(wb.getSheetName(i).length() <= 31, wb.getSheetName(i));
        assertFalse(wb.getSheetName(i).matches(".*[\\[\\]:*?/\\\\'].*"), wb.getSheetName(i));
      }
      assertEquals(
          List.of(
              "Instruktioner",
              Contract.UNIT_SHEET,
              Contract.MAPPING_SHEET,
              Contract.RISK_SHEET,
              Contract.ACTIVITY_SHEET,
              LISTS),
          sheets);
      assertEquals(0, wb.getActiveSheetIndex());
      assertTrue(wb.getSheetAt(0).isSelected());
      assertFalse(wb.getSheet(LISTS).isSelected());
    }
  }

  @Test
  void tableNamesAreValidUniqueAndEqualTheirDisplayNames() throws IOException {
    try (XSSFWorkbook wb = build()) {
      Set<String> seenNames = new HashSet<>();
      Set<Long> seenIds = new HashSet<>();
      for (XSSFTable t : tables(wb)) {
        String name = t.getName();
        assertTrue(name.matches("[A-Za-z_][A-Za-z0-9_]*"), name);
        // A name that looks like a cell reference ("AB12") or R1C1 is refused by Excel.
        assertFalse(name.matches("(?i)[a-z]{1,3}[0-9]+|r[0-9]*c[0-9]*"), name);
        assertEquals(name, t.getDisplayName());
        assertTrue(seenNames.add(name.toLowerCase()), "duplicate table " + name);
        assertTrue(seenIds.add(t.getCTTable().getId()), "duplicate id in " + name);
        assertEquals(null, wb.getName(name), "a defined name clashes with table " + name);
      }
      assertEquals(
          Set.of(
              Contract.UNIT_TABLE,
              Contract.MAPPING_TABLE,
              Contract.RISK_TABLE,
              Contract.ACTIVITY_TABLE),
          tables(wb).stream().map(XSSFTable::getName).collect(Collectors.toSet()));
    }
  }

  @Test
  void everyHeaderCellHoldsExactlyItsColumnName() throws IOException {
    try (XSSFWorkbook wb = build()) {
      for (XSSFTable t : tables(wb)) {
        Row header = t.getXSSFSheet().getRow(t.getStartRowIndex());
        List<XSSFTableColumn> columns = t.getColumns();
        assertEquals(t.getEndColIndex() - t.getStartColIndex() + 1, columns.size(), t.getName());
        Set<String> unique = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
          Cell cell = header.getCell(t.getStartColIndex() + i);
          assertNotNull(cell, t.getName() + " column " + i);
          assertEquals(CellType.STRING, cell.getCellType());
          assertFalse(cell.getStringCellValue().isBlank());
          assertEquals(columns.get(i).getName(), cell.getStringCellValue(), t.getName());
          assertTrue(unique.add(cell.getStringCellValue().toLowerCase()), t.getName());
        }
      }
    }
  }

  @Test
  void tablesOverlapNeitherEachOtherNorMergedCells() throws IOException {
    try (XSSFWorkbook wb = build()) {
      List<XSSFTable> all = tables(wb);
      for (XSSFTable a : all) {
        CellRangeAddress ra = range(a);
        for (XSSFTable b : all) {
          if (a != b && a.getXSSFSheet() == b.getXSSFSheet()) {
            assertFalse(ra.intersects(range(b)), a.getName() + " overlaps " + b.getName());
          }
        }
        for (CellRangeAddress merged : a.getXSSFSheet().getMergedRegions()) {
          assertFalse(ra.intersects(merged), a.getName() + " overlaps merged " + merged);
        }
        if (a.getCTTable().isSetAutoFilter()) {
          assertEquals(
              a.getArea().formatAsString(), a.getCTTable().getAutoFilter().getRef(), a.getName());
        }
      }
    }
  }

  private static CellRangeAddress range(XSSFTable t) {
    return new CellRangeAddress(
        t.getStartRowIndex(), t.getEndRowIndex(), t.getStartColIndex(), t.getEndColIndex());
  }

  @Test
  void tablesCarryTheContractColumns() throws IOException {
    try (XSSFWorkbook wb = build()) {
      assertEquals(
          List.of(Contract.UNIT_KEY, Contract.UNIT_VALUE), columnNames(wb, Contract.UNIT_TABLE));
      List<String> mapping = columnNames(wb, Contract.MAPPING_TABLE);
      List<String> expected = new ArrayList<>();
      expected.add(Contract.CATEGORY);
      expected.addAll(Contract.numberHeaders());
      assertEquals(expected, mapping.subList(0, expected.size()));
      assertEquals(
          List.of(
              "Summa tillgång",
              "Summa behov 2 år",
              "Summa behov 5 år",
              "Gap 2 år Viss",
              "Gap 2 år God",
              "Gap 2 år Hög",
              "Gap 2 år Mycket hög",
              "Gap 2 år totalt",
              "Gap 5 år totalt",
              "Kommentar"),
          mapping.subList(expected.size(), mapping.size()));
      assertEquals(Contract.RISK_HEADERS, columnNames(wb, Contract.RISK_TABLE));
      assertEquals(Contract.ACTIVITY_HEADERS, columnNames(wb, Contract.ACTIVITY_TABLE));
      for (XSSFTable t : tables(wb)) {
        String sheet =
            Map.of(
                    Contract.UNIT_TABLE, Contract.UNIT_SHEET,
                    Contract.MAPPING_TABLE, Contract.MAPPING_SHEET,
                    Contract.RISK_TABLE, Contract.RISK_SHEET,
                    Contract.ACTIVITY_TABLE, Contract.ACTIVITY_SHEET)
                .get(t.getName());
        assertEquals(sheet, t.getSheetName(), t.getName());
      }
    }
  }

  private static List<String> columnNames(XSSFWorkbook wb, String table) {
    return Workbooks.table(wb, table).getColumns().stream().map(XSSFTableColumn::getName).toList();
  }

  @Test
  void unitTableHasOneRowPerUppgiftInContractOrder() throws IOException {
    try (XSSFWorkbook wb = build()) {
      XSSFTable unit = Workbooks.table(wb, Contract.UNIT_TABLE);
      assertEquals(Contract.UNIT_KEYS, columnText(unit, Contract.UNIT_KEY));
      Cell administration =
          Workbooks.cell(
              unit,
              Workbooks.row(unit, Contract.UNIT_KEY, Contract.KEY_ADMINISTRATION),
              Contract.UNIT_VALUE);
      assertEquals(
          CONFIG.setting(Configuration.ADMINISTRATION, "?"), administration.getStringCellValue());
      for (String blank : List.of(Contract.KEY_YEAR, Contract.KEY_FOCUS_AREA, Contract.KEY_DATE)) {
        Cell c =
            Workbooks.cell(
                unit, Workbooks.row(unit, Contract.UNIT_KEY, blank), Contract.UNIT_VALUE);
        assertEquals(CellType.BLANK, c.getCellType(), blank);
      }
    }
  }

  @Test
  void activityTableHasEmptyRowsAndValidationsReachBelowIt() throws IOException {
    try (XSSFWorkbook wb = build()) {
      XSSFTable t = Workbooks.table(wb, Contract.ACTIVITY_TABLE);
      assertEquals(30, t.getEndRowIndex() - t.getStartRowIndex());
      XSSFSheet sheet = t.getXSSFSheet();
      for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
        for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
          assertEquals(CellType.BLANK, sheet.getRow(r).getCell(c).getCellType());
        }
      }
      // Nothing below the table, so Excel can grow it when a manager types in the next row.
      assertTrue(sheet.getLastRowNum() <= t.getEndRowIndex());
      int below = t.getEndRowIndex() + 50;
      for (String header :
          List.of(Contract.ACTIVITY_AREA, Contract.CATEGORY, Contract.END_DATE, Contract.STATUS)) {
        onlyValidationAt(sheet, below, Workbooks.column(t, header));
      }
    }
  }

  // --- drop-downs and validations ---

  @Test
  void everyListValidationUsesANamedRangeOnListor() throws IOException {
    try (XSSFWorkbook wb = build()) {
      int lists = 0;
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        for (XSSFDataValidation v : wb.getSheetAt(i).getDataValidations()) {
          if (v.getValidationConstraint().getValidationType() != ValidationType.LIST) {
            continue;
          }
          lists++;
          assertEquals(null, v.getValidationConstraint().getExplicitListValues());
          String formula = v.getValidationConstraint().getFormula1();
          assertTrue(formula.matches("Lista_[A-Za-z]+"), formula);
          List<String> values = listValues(wb, formula);
          assertFalse(values.isEmpty(), formula);
        }
        // Excel's showDropDown="1" hides the in-cell arrow; it must be off for every list.
        var ct = wb.getSheetAt(i).getCTWorksheet().getDataValidations();
        if (ct != null) {
          for (var v : ct.getDataValidationArray()) {
            assertFalse(v.isSetShowDropDown() && v.getShowDropDown(), v.getSqref() + " no arrow");
          }
        }
      }
      assertEquals(2 + 4 + 3, lists);
    }
  }

  /** The values a named list resolves to; fails unless it is one filled column on Listor. */
  private static List<String> listValues(XSSFWorkbook wb, String name) {
    Name n = wb.getName(name);
    assertNotNull(n, "no named range " + name);
    assertEquals(-1, n.getSheetIndex(), name + " must be workbook-wide");
    AreaReference area = new AreaReference(n.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
    assertEquals(LISTS, area.getFirstCell().getSheetName(), name);
    assertEquals(area.getFirstCell().getCol(), area.getLastCell().getCol(), name);
    XSSFSheet lists = wb.getSheet(LISTS);
    List<String> values = new ArrayList<>();
    for (CellReference ref : area.getAllReferencedCells()) {
      Cell c = lists.getRow(ref.getRow()).getCell(ref.getCol());
      assertEquals(CellType.STRING, c.getCellType(), name + " " + ref.formatAsString());
      assertFalse(c.getStringCellValue().isBlank(), name + " " + ref.formatAsString());
      values.add(c.getStringCellValue());
    }
    Row after = lists.getRow(area.getLastCell().getRow() + 1);
    Cell next = after == null ? null : after.getCell(area.getLastCell().getCol());
    assertTrue(next == null || next.getCellType() == CellType.BLANK, name + " is cut short");
    return values;
  }

  @Test
  void namedListsHoldExactlyTheLabels() throws IOException {
    try (XSSFWorkbook wb = build()) {
      assertEquals(
          CONFIG.focusAreas().stream().map(FocusArea::name).toList(),
          listValues(wb, "Lista_Fokusomrade"));
      assertEquals(
          labels(MappingType.values(), MappingType::label),
          listValues(wb, "Lista_Kartlaggningstyp"));
      assertEquals(
          labels(Consequence.values(), Consequence::label), listValues(wb, "Lista_Konsekvens"));
      assertEquals(
          labels(Likelihood.values(), Likelihood::label), listValues(wb, "Lista_Sannolikhet"));
      assertEquals(
          labels(ActivityArea.values(), ActivityArea::label), listValues(wb, "Lista_Omrade"));
      assertEquals(
          labels(ActivityStatus.values(), ActivityStatus::label), listValues(wb, "Lista_Status"));
      List<String> categories = new ArrayList<>(names(CONFIG.allCategories()));
      categories.addAll(List.of("Samtliga socialsekreterare", "Samtliga yrkeskategorier"));
      assertEquals(categories, listValues(wb, "Lista_Yrkeskategori"));
    }
  }

  private static <E> List<String> labels(E[] values, Function<E, String> label) {
    return Arrays.stream(values).map(label).toList();
  }

  @Test
  void dropDownsSitOnTheRightCells() throws IOException {
    try (XSSFWorkbook wb = build()) {
      XSSFTable unit = Workbooks.table(wb, Contract.UNIT_TABLE);
      int value = Workbooks.column(unit, Contract.UNIT_VALUE);
      assertListAt(
          unit.getXSSFSheet(),
          Workbooks.row(unit, Contract.UNIT_KEY, Contract.KEY_FOCUS_AREA),
          value,
          "Lista_Fokusomrade",
          DataValidation.ErrorStyle.STOP);
      assertListAt(
          unit.getXSSFSheet(),
          Workbooks.row(unit, Contract.UNIT_KEY, Contract.KEY_MAPPING_TYPE),
          value,
          "Lista_Kartlaggningstyp",
          DataValidation.ErrorStyle.STOP);

      XSSFTable risk = Workbooks.table(wb, Contract.RISK_TABLE);
      for (int r = risk.getStartRowIndex() + 1; r <= risk.getEndRowIndex(); r++) {
        assertListAt(
            risk.getXSSFSheet(),
            r,
            Workbooks.column(risk, Contract.RISK_OPERATIONAL),
            "Lista_Konsekvens",
            DataValidation.ErrorStyle.STOP);
        assertListAt(
            risk.getXSSFSheet(),
            r,
            Workbooks.column(risk, Contract.RISK_WORK_ENVIRONMENT),
            "Lista_Konsekvens",
            DataValidation.ErrorStyle.STOP);
        assertListAt(
            risk.getXSSFSheet(),
            r,
            Workbooks.column(risk, Contract.LIKELIHOOD_OPERATIONAL),
            "Lista_Sannolikhet",
            DataValidation.ErrorStyle.STOP);
        assertListAt(
            risk.getXSSFSheet(),
            r,
            Workbooks.column(risk, Contract.LIKELIHOOD_WORK_ENVIRONMENT),
            "Lista_Sannolikhet",
            DataValidation.ErrorStyle.STOP);
        assertTrue(
            validationsAt(risk.getXSSFSheet(), r, Workbooks.column(risk, Contract.COMMENT))
                .isEmpty());
      }

      XSSFTable act = Workbooks.table(wb, Contract.ACTIVITY_TABLE);
      int first = act.getStartRowIndex() + 1;
      assertListAt(
          act.getXSSFSheet(),
          first,
          Workbooks.column(act, Contract.ACTIVITY_AREA),
          "Lista_Omrade",
          DataValidation.ErrorStyle.STOP);
      assertListAt(
          act.getXSSFSheet(),
          first,
          Workbooks.column(act, Contract.STATUS),
          "Lista_Status",
          DataValidation.ErrorStyle.STOP);
      // Free text such as "Samtliga socialsekreterare" must get through: no STOP here.
      XSSFDataValidation category =
          assertListAt(
              act.getXSSFSheet(),
              first,
              Workbooks.column(act, Contract.CATEGORY),
              "Lista_Yrkeskategori",
              DataValidation.ErrorStyle.INFO);
      assertTrue(category.getErrorStyle() != DataValidation.ErrorStyle.STOP);
    }
  }

  private static XSSFDataValidation assertListAt(
      XSSFSheet sheet, int row, int column, String list, int errorStyle) {
    XSSFDataValidation v = onlyValidationAt(sheet, row, column);
    assertEquals(ValidationType.LIST, v.getValidationConstraint().getValidationType());
    assertEquals(list, v.getValidationConstraint().getFormula1());
    assertEquals(errorStyle, v.getErrorStyle());
    return v;
  }

  @Test
  void numberColumnsAcceptOnlyWholeNumbersFromZero() throws IOException {
    try (XSSFWorkbook wb = build()) {
      XSSFTable t = Workbooks.table(wb, Contract.MAPPING_TABLE);
      for (String header : Contract.numberHeaders()) {
        int c = Workbooks.column(t, header);
        for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
          XSSFDataValidation v = onlyValidationAt(t.getXSSFSheet(), r, c);
          assertEquals(ValidationType.INTEGER, v.getValidationConstraint().getValidationType());
          assertEquals(OperatorType.GREATER_OR_EQUAL, v.getValidationConstraint().getOperator());
          assertEquals("0", v.getValidationConstraint().getFormula1());
          assertEquals(DataValidation.ErrorStyle.STOP, v.getErrorStyle());
          assertTrue(v.getShowErrorBox());
          assertEquals("Skriv antal personer som ett heltal, 0 eller mer.", v.getErrorBoxText());
        }
      }
      for (String header : MappingFormulas.headers()) {
        int c = Workbooks.column(t, header);
        assertTrue(validationsAt(t.getXSSFSheet(), t.getStartRowIndex() + 1, c).isEmpty());
      }
    }
  }

  @Test
  void yearAndDatesAreValidated() throws IOException {
    try (XSSFWorkbook wb = build()) {
      XSSFTable unit = Workbooks.table(wb, Contract.UNIT_TABLE);
      int value = Workbooks.column(unit, Contract.UNIT_VALUE);
      XSSFDataValidation year =
          onlyValidationAt(
              unit.getXSSFSheet(),
              Workbooks.row(unit, Contract.UNIT_KEY, Contract.KEY_YEAR),
              value);
      assertEquals(ValidationType.INTEGER, year.getValidationConstraint().getValidationType());
      assertEquals(OperatorType.BETWEEN, year.getValidationConstraint().getOperator());
      assertEquals("2000", year.getValidationConstraint().getFormula1());
      assertEquals("2100", year.getValidationConstraint().getFormula2());
      XSSFDataValidation date =
          onlyValidationAt(
              unit.getXSSFSheet(),
              Workbooks.row(unit, Contract.UNIT_KEY, Contract.KEY_DATE),
              value);
      assertEquals(ValidationType.DATE, date.getValidationConstraint().getValidationType());
      XSSFTable act = Workbooks.table(wb, Contract.ACTIVITY_TABLE);
      XSSFDataValidation end =
          onlyValidationAt(
              act.getXSSFSheet(),
              act.getStartRowIndex() + 1,
              Workbooks.column(act, Contract.END_DATE));
      assertEquals(ValidationType.DATE, end.getValidationConstraint().getValidationType());
    }
  }

  @Test
  void validationsNeverOverlapAndEveryOneSpeaksSwedishWithinExcelsLimits() throws IOException {
    try (XSSFWorkbook wb = build()) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet sheet = wb.getSheetAt(i);
        List<CellRangeAddress> seen = new ArrayList<>();
        for (XSSFDataValidation v : sheet.getDataValidations()) {
          assertAll(
              () -> assertTrue(v.getShowPromptBox()),
              () -> assertTrue(v.getShowErrorBox()),
              () -> assertTrue(v.getPromptBoxTitle().length() <= 32, v.getPromptBoxTitle()),
              () -> assertTrue(v.getPromptBoxText().length() <= 255, v.getPromptBoxText()),
              () -> assertTrue(v.getErrorBoxTitle().length() <= 32, v.getErrorBoxTitle()),
              () -> assertTrue(v.getErrorBoxText().length() <= 225, v.getErrorBoxText()),
              () -> assertFalse(v.getPromptBoxText().isBlank()),
              () -> assertFalse(v.getErrorBoxText().isBlank()));
          for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) {
            for (CellRangeAddress b : seen) {
              assertFalse(a.intersects(b), sheet.getSheetName() + " " + a + " overlaps " + b);
            }
            seen.add(a);
          }
        }
      }
    }
  }

  // --- locking and protection ---

  @Test
  void formulaCellsAreLockedAndInputCellsUnlocked() throws IOException {
    try (XSSFWorkbook wb = build()) {
      int formulas = 0;
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        for (Row row : wb.getSheetAt(i)) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              formulas++;
              assertTrue(cell.getCellStyle().getLocked(), cell.getAddress().formatAsString());
            }
          }
        }
      }
      assertEquals(CONFIG.allCategories().size() * MappingFormulas.COLUMNS.size(), formulas);

      assertInputs(
          wb, Contract.UNIT_TABLE, List.of(Contract.UNIT_VALUE), List.of(Contract.UNIT_KEY));
      assertInputs(
          wb,
          Contract.MAPPING_TABLE,
          Contract.numberHeaders(),
          concat(List.of(Contract.CATEGORY), MappingFormulas.headers()));
      assertInputs(
          wb, Contract.RISK_TABLE, Contract.RISK_HEADERS.subList(1, 6), List.of(Contract.CATEGORY));
      assertInputs(wb, Contract.ACTIVITY_TABLE, Contract.ACTIVITY_HEADERS, List.of());
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static void assertInputs(
      XSSFWorkbook wb, String tableName, List<String> inputs, List<String> locked) {
    XSSFTable t = Workbooks.table(wb, tableName);
    for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
      for (String h : inputs) {
        Cell c = Workbooks.cell(t, r, h);
        assertFalse(c.getCellStyle().getLocked(), tableName + " " + c.getAddress());
        assertEquals(
            "FFF2CC",
            ((org.apache.poi.xssf.usermodel.XSSFCellStyle) c.getCellStyle())
                .getFillForegroundColorColor()
                .getARGBHex()
                .substring(2),
            tableName + " " + c.getAddress() + " should look like an input");
      }
      for (String h : locked) {
        Cell c = Workbooks.cell(t, r, h);
        assertTrue(c.getCellStyle().getLocked(), tableName + " " + c.getAddress());
      }
    }
    // The header row is never an input.
    Row header = t.getXSSFSheet().getRow(t.getStartRowIndex());
    for (Cell c : header) {
      assertTrue(c.getCellStyle().getLocked(), tableName + " header " + c.getAddress());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Contract.UNIT_SHEET, Contract.MAPPING_SHEET, Contract.RISK_SHEET})
  void inputSheetsAreProtectedWithoutPassword(String name) throws IOException {
    try (XSSFWorkbook wb = build()) {
      XSSFSheet sheet = wb.getSheet(name);
      assertTrue(sheet.getProtect(), name);
      CTSheetProtection p = sheet.getCTWorksheet().getSheetProtection();
      assertFalse(p.isSetPassword(), name + " has a legacy password");
      assertFalse(p.isSetHashValue(), name + " has a password hash");
      assertFalse(p.isSetAlgorithmName(), name);
      // Locked means "forbidden" in these attributes: managers may format, sort and filter.
      assertFalse(sheet.isFormatCellsLocked(), name);
      assertFalse(sheet.isFormatColumnsLocked(), name);
      assertFalse(sheet.isSortLocked(), name);
      assertFalse(sheet.isAutoFilterLocked(), name);
    }
  }

  @Test
  void activitiesAndInstructionsAreNotProtected() throws IOException {
    try (XSSFWorkbook wb = build()) {
      assertFalse(wb.getSheet(Contract.ACTIVITY_SHEET).getProtect());
      assertFalse(wb.getSheet(Contract.ACTIVITY_SHEET).getCTWorksheet().isSetSheetProtection());
      assertFalse(wb.getSheet("Instruktioner").getProtect());
    }
  }

  // --- categories and focus areas ---

  @Test
  void templateWithoutAreaListsEveryCategory() throws IOException {
    try (XSSFWorkbook wb = build()) {
      List<String> all = names(CONFIG.allCategories());
      assertEquals(all, columnText(Workbooks.table(wb, Contract.MAPPING_TABLE), Contract.CATEGORY));
      assertEquals(all, columnText(Workbooks.table(wb, Contract.RISK_TABLE), Contract.CATEGORY));
    }
  }

  @Test
  void areaTemplateListsOnlyItsOwnAndTheCommonCategoriesAndNamesTheArea() throws IOException {
    for (FocusArea area : CONFIG.focusAreas()) {
      try (XSSFWorkbook wb = TemplateWriter.build(CONFIG, Optional.of(area))) {
        List<String> expected = names(CONFIG.categoriesFor(area));
        assertEquals(
            expected,
            columnText(Workbooks.table(wb, Contract.MAPPING_TABLE), Contract.CATEGORY),
            area.name());
        assertEquals(
            expected, columnText(Workbooks.table(wb, Contract.RISK_TABLE), Contract.CATEGORY));
        for (FocusArea other : CONFIG.focusAreas()) {
          if (!other.equals(area)) {
            for (Category c : CONFIG.ownCategories(other)) {
              assertFalse(expected.contains(c.name()), c.name());
            }
          }
        }
        XSSFTable unit = Workbooks.table(wb, Contract.UNIT_TABLE);
        Cell focus =
            Workbooks.cell(
                unit,
                Workbooks.row(unit, Contract.UNIT_KEY, Contract.KEY_FOCUS_AREA),
                Contract.UNIT_VALUE);
        assertEquals(area.name(), focus.getStringCellValue());
        assertFalse(focus.getCellStyle().getLocked(), "the area can still be changed");
        // The drop-down still offers every area, and the pre-filled one is among them.
        assertTrue(listValues(wb, "Lista_Fokusomrade").contains(area.name()));
        List<String> suggestions = listValues(wb, "Lista_Yrkeskategori");
        assertEquals(expected, suggestions.subList(0, expected.size()));
      }
    }
  }

  @Test
  void unknownAreaIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TemplateWriter.build(CONFIG, Optional.of(new FocusArea("Äldreomsorg"))));
  }

  // --- formulas ---

  @Test
  void formulasUseSameRowReferencesAndCacheWhatExcelWouldCalculate() throws IOException {
    try (XSSFWorkbook wb = Workbooks.roundTrip(build())) {
      XSSFTable t = Workbooks.table(wb, Contract.MAPPING_TABLE);
      int r = t.getStartRowIndex() + 1;
      String row = String.valueOf(r + 1);
      String b =
          new CellReference(r, Workbooks.column(t, Contract.supplyHeader(Level.VISS)))
              .formatAsString();
      String e =
          new CellReference(r, Workbooks.column(t, Contract.supplyHeader(Level.MYCKET_HOG)))
              .formatAsString();
      assertEquals(
          "SUM(" + b + ":" + e + ")", Workbooks.cell(t, r, "Summa tillgång").getCellFormula());
      assertTrue(b.endsWith(row) && e.endsWith(row));
      assertEquals(
          Workbooks.cell(t, r, "Summa tillgång").getAddress().formatAsString()
              + "-"
              + Workbooks.cell(t, r, "Summa behov 5 år").getAddress().formatAsString(),
          Workbooks.cell(t, r, "Gap 5 år totalt").getCellFormula());
      assertCachedValuesMatchEvaluation(wb);
      assertTrue(wb.getForceFormulaRecalculation());
    }
  }

  /** Every formula's cached value equals what POI's evaluator computes from the inputs. */
  static int assertCachedValuesMatchEvaluation(XSSFWorkbook wb) {
    FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
    int checked = 0;
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      for (Row row : wb.getSheetAt(i)) {
        for (Cell cell : row) {
          if (cell.getCellType() != CellType.FORMULA) {
            continue;
          }
          String where = cell.getSheet().getSheetName() + "!" + cell.getAddress();
          assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), where);
          double cached = cell.getNumericCellValue();
          double computed = evaluator.evaluate(cell).getNumberValue();
          assertEquals(computed, cached, 0.0, where + " = " + cell.getCellFormula());
          checked++;
        }
      }
    }
    assertTrue(checked > 0, "no formulas found");
    return checked;
  }

  // --- determinism, instructions, print ---

  @Test
  void buildingTwiceGivesTheSameWorkbook(@TempDir Path dir) throws IOException {
    String first;
    String second;
    try (XSSFWorkbook a = build();
        XSSFWorkbook b = build()) {
      first = WorkbookDump.dump(a);
      second = WorkbookDump.dump(b);
    }
    assertEquals(first, second);
    Path file = dir.resolve("kompetenskartlaggning.xlsx");
    try (var out = Files.newOutputStream(file)) {
      TemplateWriter.write(CONFIG, Optional.empty(), out);
    }
    assertEquals(first, WorkbookDump.dump(file), "what is written is what was built");
  }

  @Test
  void writeProducesAnXlsxFile() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TemplateWriter.write(CONFIG, Optional.empty(), out);
    byte[] bytes = out.toByteArray();
    assertTrue(bytes.length > 1000);
    assertEquals('P', bytes[0]);
    assertEquals('K', bytes[1]);
  }

  @Test
  void instructionsExplainLevelsScalesAndHowToReturnTheFile() throws IOException {
    try (XSSFWorkbook wb = build()) {
      StringBuilder text = new StringBuilder();
      for (Row row : wb.getSheet("Instruktioner")) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.STRING) {
            text.append(c.getStringCellValue()).append('\n');
          }
        }
      }
      String all = text.toString();
      for (Level l : Level.values()) {
        String definition = CONFIG.levelDefinitions().get(l);
        assertFalse(definition.isBlank());
        assertTrue(all.contains(l.label() + "\n" + definition), l.label());
      }
      for (Consequence c : Consequence.values()) {
        assertTrue(all.contains(c.label()), c.label());
      }
      for (Likelihood l : Likelihood.values()) {
        assertTrue(all.contains(l.label()), l.label());
      }
      for (String needle :
          List.of(
              "gula",
              "Lättversion",
              "tillgång",
              ".xlsx",
              "lösenord",
              "e-post",
              "HR",
              "2 år",
              "5 år",
              "antal personer")) {
        assertTrue(all.contains(needle), needle);
      }
      XSSFSheet sheet = wb.getSheet("Instruktioner");
      assertTrue(sheet.getColumnWidth(1) >= 80 * 256, "a wide text column");
    }
  }

  @Test
  void workbookIsTitledAndRecalculatesOnOpen() throws IOException {
    try (XSSFWorkbook wb = build()) {
      assertTrue(wb.getForceFormulaRecalculation());
      var core = wb.getProperties().getCoreProperties();
      assertEquals("Kompetenskartläggning", core.getTitle());
      assertEquals("kompetensgap", core.getCreator());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        Contract.UNIT_SHEET,
        Contract.MAPPING_SHEET,
        Contract.RISK_SHEET,
        Contract.ACTIVITY_SHEET
      })
  void inputSheetsFreezeTheirHeaderAndPrintOnA4OnePageWide(String name) throws IOException {
    try (XSSFWorkbook wb = build()) {
      XSSFSheet sheet = wb.getSheet(name);
      XSSFTable table = sheet.getTables().get(0);
      assertEquals(
          table.getStartRowIndex() + 1, sheet.getPaneInformation().getHorizontalSplitTopRow());
      assertTrue(sheet.getFitToPage());
      assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
      assertTrue(sheet.getPrintSetup().getLandscape());
      assertEquals(1, sheet.getPrintSetup().getFitWidth());
      assertEquals(0, sheet.getPrintSetup().getFitHeight());
      if (!name.equals(Contract.UNIT_SHEET)) {
        assertEquals(table.getStartRowIndex(), sheet.getRepeatingRows().getLastRow());
      }
    }
  }
}
