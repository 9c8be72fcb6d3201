package se.kompetensgap.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.Labelled;
import se.kompetensgap.output.template.TemplateFiller;
import se.kompetensgap.output.template.TemplateWriter;
import se.kompetensgap.text.Contract;

/** The streaming source gives exactly the cells POI's user model gives, or refuses. */
class StreamingWorkbookSourceTest {

  @TempDir Path dir;

  static final Map<String, Set<String>> WANTED = ReaderColumns.managerWorkbook();

  static final List<String[]> TABLES =
      List.of(
          new String[] {Contract.UNIT_TABLE, Contract.UNIT_SHEET, Contract.UNIT_KEY},
          new String[] {Contract.MAPPING_TABLE, Contract.MAPPING_SHEET, Contract.CATEGORY},
          new String[] {Contract.RISK_TABLE, Contract.RISK_SHEET, Contract.CATEGORY},
          new String[] {Contract.ACTIVITY_TABLE, Contract.ACTIVITY_SHEET, Contract.ACTIVITY});

  /** Every cell of every column the reader uses, headers, row numbers and sheet equal to POI's. */
  static void assertSameAsPoi(Path file) throws Exception {
    try (StreamingWorkbookSource fast = StreamingWorkbookSource.open(file, WANTED)) {
      assertSameAsPoi(file, fast);
    }
    // As the fast path opens it: through the pre-flight, which hands over the parts it inflated.
    try (StreamingWorkbookSource fast = StreamingWorkbookSource.open(ZipPreflight.open(file.toFile()).orElseThrow(), WANTED)) {
      assertSameAsPoi(file, fast);
    }
  }

  private static void assertSameAsPoi(Path file, StreamingWorkbookSource fast) throws Exception {
    try (PoiWorkbookSource poi = PoiWorkbookSource.open(file.toFile())) {
      assertEquals(poi.tableNames().stream().sorted().toList(), fast.tableNames().stream().sorted().toList());
      for (String[] t : TABLES) {
        Optional<RawTable> expected = poi.table(t[0], t[1], t[2]);
        Optional<RawTable> actual = fast.table(t[0], t[1], t[2]);
        assertEquals(expected.isPresent(), actual.isPresent(), t[0]);
        if (expected.isEmpty()) {
          continue;
        }
        RawTable e = expected.get();
        RawTable a = actual.get();
        assertEquals(e.sheet(), a.sheet());
        assertEquals(e.asTable(), a.asTable());
        assertEquals(e.headers(), a.headers(), file + " " + t[0]);
        assertEquals(e.rows().size(), a.rows().size());
        Set<String> used = WANTED.get(Labelled.normalise(t[0]));
        for (int r = 0; r < e.rows().size(); r++) {
          assertEquals(e.rows().get(r).number(), a.rows().get(r).number());
          for (int c = 0; c < e.headers().size(); c++) {
            if (used.contains(Labelled.normalise(e.headers().get(c)))) {
              assertEquals(e.rows().get(r).cells().get(c), a.rows().get(r).cells().get(c), file + " " + t[0]);
            }
          }
        }
      }
    }
  }

  @Test
  void givesPoisCellsForEveryExampleWorkbook() throws Exception {
    Path folder = dir.resolve("inkommande");
    ExampleFolder.write(folder, ConfigurationParser.defaults());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".xlsx") && !p.getFileName().toString().startsWith("~$")).toList();
    }
    assertEquals(15, files.size());
    for (Path f : files) {
      assertSameAsPoi(f);
    }
  }

  Path filled(Consumer<XSSFWorkbook> edit) throws Exception {
    Path file = dir.resolve("enhet.xlsx");
    try (XSSFWorkbook wb = TemplateWriter.build(ConfigurationParser.defaults(), Optional.empty());
        OutputStream out = Files.newOutputStream(file)) {
      TemplateFiller.fill(wb, ExampleFolder.reports().get(8));
      edit.accept(wb);
      wb.write(out);
    }
    return file;
  }

  static Cell cell(XSSFWorkbook wb, String table, String header, int dataRow) {
    XSSFTable t = wb.getTable(table);
    XSSFSheet sheet = t.getXSSFSheet();
    for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
      if (sheet.getRow(t.getStartRowIndex()).getCell(c).getStringCellValue().equals(header)) {
        var row = sheet.getRow(t.getStartRowIndex() + 1 + dataRow);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
      }
    }
    throw new AssertionError(header);
  }

  @Test
  void givesPoisCellsForEveryKindOfValue() throws Exception {
    Path file = filled(wb -> {
      XSSFRichTextString rich = new XSSFRichTextString("Fet och  vanlig ");
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      rich.applyFont(0, 3, bold);
      cell(wb, Contract.ACTIVITY_TABLE, Contract.DESCRIPTION, 0).setCellValue(rich);
      cell(wb, Contract.ACTIVITY_TABLE, Contract.PERFORMER, 0).setCellValue("Rad ett_x000D_rad två");
      cell(wb, Contract.ACTIVITY_TABLE, Contract.FOLLOW_UP, 0).setCellValue(true);
      cell(wb, Contract.ACTIVITY_TABLE, Contract.FOLLOW_UP, 1).setCellErrorValue(FormulaError.NA.getCode());
      cell(wb, Contract.ACTIVITY_TABLE, Contract.PERFORMER, 1).setCellValue(2.5);
      cell(wb, Contract.ACTIVITY_TABLE, Contract.DESCRIPTION, 1).setCellValue("   ");
      cell(wb, Contract.MAPPING_TABLE, "Tillgång God", 0).setCellValue("5");
      cell(wb, Contract.MAPPING_TABLE, "Tillgång Hög", 0).setCellValue(45_000); // a date-like number
    });
    assertSameAsPoi(file);
  }

  @Test
  void refusesAFormulaInAnInputCell() throws Exception {
    Path file = filled(wb -> cell(wb, Contract.MAPPING_TABLE, "Tillgång Viss", 0).setCellFormula("40+2"));
    try (StreamingWorkbookSource fast = StreamingWorkbookSource.open(file, WANTED)) {
      assertTrue(fast.table(Contract.UNIT_TABLE, Contract.UNIT_SHEET, Contract.UNIT_KEY).isPresent());
      assertThrows(StreamingWorkbookSource.NeedsUserModel.class,
          () -> fast.table(Contract.MAPPING_TABLE, Contract.MAPPING_SHEET, Contract.CATEGORY));
    }
  }

  @Test
  void readsAroundTheTemplatesOwnFormulaColumns() throws Exception {
    // The template's Summa/Gap columns are formulas: the reader never uses them, so they do
    // not send the file to POI. With every column wanted, they would.
    Path file = filled(wb -> {});
    try (StreamingWorkbookSource fast = StreamingWorkbookSource.open(file, WANTED)) {
      assertTrue(fast.table(Contract.MAPPING_TABLE, Contract.MAPPING_SHEET, Contract.CATEGORY).isPresent());
    }
    try (StreamingWorkbookSource all = StreamingWorkbookSource.open(file, Map.of())) {
      assertThrows(StreamingWorkbookSource.NeedsUserModel.class,
          () -> all.table(Contract.MAPPING_TABLE, Contract.MAPPING_SHEET, Contract.CATEGORY));
    }
  }

  @Test
  void refusesWhatIsNotAnXlsxPackage() throws Exception {
    Path file = dir.resolve("brev.xlsx");
    Files.writeString(file, "Hej! Här kommer min kartläggning.");
    assertThrows(StreamingWorkbookSource.NeedsUserModel.class, () -> StreamingWorkbookSource.open(file, WANTED));
  }

  @Test
  void refusesADoctype() throws Exception {
    Path file = filled(wb -> {});
    Path evil = dir.resolve("dtd.xlsx");
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(evil))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("xl/workbook.xml")) {
          String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
          xml = xml.replaceFirst("\\?>", "?><!DOCTYPE workbook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
          bytes = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.write(bytes);
      }
    }
    assertThrows(StreamingWorkbookSource.NeedsUserModel.class, () -> StreamingWorkbookSource.open(evil, WANTED));
  }

  @Test
  void cellAddressesAreWrittenAsPoiWritesThem() {
    for (int col : new int[] {0, 1, 25, 26, 27, 51, 52, 701, 702, 703, 16383}) {
      for (int row : new int[] {0, 6, 1_048_575}) {
        assertEquals(new org.apache.poi.ss.util.CellReference(row, col).formatAsString(false),
            StreamingWorkbookSource.ref(row, col));
      }
    }
  }

  @Test
  void relationshipTargetsResolveAsUrisDo() {
    for (String base : new String[] {"", "xl/", "xl/worksheets/"}) {
      for (String target : new String[] {"worksheets/sheet1.xml", "/xl/workbook.xml", "../tables/table1.xml",
          "./styles.xml", "sheet 2.xml", "sharedStrings.xml", "theme/theme1.xml", "a.b.c", "/docProps/core.xml"}) {
        String viaUri = java.net.URI.create("/" + base).resolve(target.replace(" ", "%20")).getPath().substring(1);
        assertEquals(viaUri, StreamingWorkbookSource.resolve(base, target), base + " + " + target);
      }
    }
  }
}
