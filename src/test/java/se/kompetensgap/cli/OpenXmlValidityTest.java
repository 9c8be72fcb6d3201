package se.kompetensgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.StyleSheetSchema;
import se.kompetensgap.testing.OoxmlValidator;
import se.kompetensgap.testing.UnitWorkbooks;

/**
 * Issue 10 §6: every workbook the tool writes, through the commands as a user runs them, passes
 * the Open XML SDK's validator with 0 errors — the templates, the lists, the example folder, the
 * consolidated workbook in every mode — and so do the workbooks shipped in the repository. One
 * validator run covers them all (its runtime takes seconds to start). Skipped with a message
 * where the validator is not installed (scripts/test.sh installs it).
 */
class OpenXmlValidityTest {

  @TempDir static Path dir;
  static final Map<String, Path> written = new LinkedHashMap<>();
  static final List<Path> shipped = new ArrayList<>();
  static Map<Path, List<OoxmlValidator.Error>> errors;
  static Path unordered;
  static Path ordered;

  @BeforeAll
  static void writeEverythingAndValidateOnce() throws Exception {
    OoxmlValidator.require();
    Path examples = Path.of("examples/inkommande");
    cli("mall", "-o", file("mall.xlsx"));
    cli("mall", "--fokusomrade", "Barn och unga", "-o", file("mall-barn-och-unga.xlsx"));
    cli("mall", "--lista", "enheter", "-o", file("enheter.xlsx"));
    cli("mall", "--lista", "personal", "-o", file("personal.xlsx"));
    cli("exempel", "-o", dir.resolve("exempel").toString());
    // One of its workbooks (all come from the same writer); the committed examples/ are all checked below.
    Path example = workbooksIn(dir.resolve("exempel")).get(0);
    written.put("exempel: " + example.getFileName(), example);

    // Last year: the examples' units as of 2025, consolidated; then this year against it.
    Path lastYear = dir.resolve("2025");
    var config = ConfigurationParser.defaults();
    for (UnitReport r : ExampleFolder.reports()) {
      UnitInfo i = r.info();
      UnitInfo info = new UnitInfo(2025, i.administration(), i.focusArea(), i.department(), i.unit(), i.manager(),
          i.date().withYear(2025), MappingType.FULL);
      List<CategoryRow> rows = r.rows();
      UnitWorkbooks.write(lastYear.resolve(r.source()), config, new UnitReport(r.source(), info, rows, r.risks(), r.activities()));
    }
    cli("konsolidera", lastYear.toString(), "-q", "-o", file("konsoliderad-2025.xlsx"));
    String fjol = written.get("konsoliderad-2025.xlsx").toString();
    String units = "examples/enheter.xlsx";
    String staff = "examples/personal.xlsx";
    cli("konsolidera", examples.toString(), "-q", "-o", file("konsoliderad.xlsx"));
    cli("konsolidera", examples.toString(), "-q", "-o", file("konsoliderad-foregaende.xlsx"), "--foregaende", fjol);
    cli("konsolidera", examples.toString(), "-q", "-o", file("konsoliderad-listor.xlsx"), "--enheter", units, "--personal", staff);
    cli("konsolidera", examples.toString(), "-q", "-o", file("konsoliderad-utan-enheter.xlsx"), "--utan-enheter");
    cli("konsolidera", examples.toString(), "-q", "-o", file("konsoliderad-allt.xlsx"), "--foregaende", fjol,
        "--enheter", units, "--personal", staff);
    cli("konsolidera", examples.toString(), "-q", "-o", file("konsoliderad-allt-utan-enheter.xlsx"), "--foregaende", fjol,
        "--enheter", units, "--personal", staff, "--utan-enheter");

    shipped.addAll(workbooksIn(Path.of("workbook-templates")));
    shipped.addAll(workbooksIn(Path.of("examples")));

    // The validator's own sensitivity: POI's defaults (font children in call order, a 3-byte
    // conditional-format colour) as written before StyleSheetSchema, and the same after it.
    unordered = poiDefaults(dir.resolve("poi-utan-ordning.xlsx"), false);
    ordered = poiDefaults(dir.resolve("poi-med-ordning.xlsx"), true);

    List<Path> all = new ArrayList<>(written.values());
    all.addAll(shipped);
    all.add(unordered);
    all.add(ordered);
    errors = OoxmlValidator.validate(all);
  }

  @TestFactory
  Stream<DynamicTest> everyWorkbookTheCommandsWriteIsValid() {
    assertEquals(12, written.size(), "templates, lists, consolidated modes and the example folder: " + written.keySet());
    return written.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
        () -> assertEquals(List.of(), errors.get(e.getValue()), e.getKey())));
  }

  @TestFactory
  Stream<DynamicTest> everyWorkbookShippedInTheRepositoryIsValid() {
    assertTrue(shipped.size() >= 3 + 2 + 14, shipped.toString());
    return shipped.stream().map(p -> DynamicTest.dynamicTest(p.toString(),
        () -> assertEquals(List.of(), errors.get(p), p.toString())));
  }

  @Test
  void theValidatorCatchesWhatPoiWritesUnorderedAndStyleSheetSchemaFixesIt() {
    List<OoxmlValidator.Error> found = errors.get(unordered);
    assertTrue(found.stream().anyMatch(e -> e.part().equals("/xl/styles.xml") && e.description().contains("unexpected child element")
        && e.description().contains(":sz")), found.toString());
    assertTrue(found.stream().anyMatch(e -> e.description().contains("'9C0006'") && e.description().contains("expected length is 4")),
        found.toString());
    assertEquals(List.of(), errors.get(ordered));
  }

  /** A font set name-first (as our Styles do) and a conditional format with an RGB font colour. */
  private static Path poiDefaults(Path file, boolean tidy) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      XSSFFont font = wb.createFont();
      font.setFontName("Calibri");
      font.setFontHeightInPoints((short) 11);
      font.setBold(true);
      var style = wb.createCellStyle();
      style.setFont(font);
      XSSFSheet sheet = wb.createSheet("Blad1");
      sheet.createRow(0).createCell(0).setCellValue(-1);
      sheet.getRow(0).getCell(0).setCellStyle(style);
      var cf = sheet.getSheetConditionalFormatting();
      XSSFConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.LT, "0");
      rule.createFontFormatting().setFontColor(new XSSFColor(new byte[] {(byte) 0x9C, 0x00, 0x06}, null));
      cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("A1")}, rule);
      if (tidy) {
        StyleSheetSchema.apply(wb);
      }
      wb.write(out);
    }
    return file;
  }

  private static String file(String name) {
    Path p = dir.resolve(name);
    written.put(name, p);
    return p.toString();
  }

  private static void cli(String... args) {
    MainTest.Run r = MainTest.run(args);
    assertTrue(r.code() == ExitCode.OK || r.code() == 2, String.join(" ", args) + " → " + r.code() + "\n" + r.out() + r.err());
  }

  /** Every .xlsx below {@code folder}, except Excel's lock files ("~$…", not a workbook). */
  private static List<Path> workbooksIn(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".xlsx"))
          .filter(p -> !p.getFileName().toString().startsWith("~$"))
          .sorted()
          .toList();
    }
  }
}
