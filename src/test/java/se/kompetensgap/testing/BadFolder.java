package se.kompetensgap.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.template.TemplateFiller;
import se.kompetensgap.output.template.TemplateWriter;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileFate;

/**
 * HR's folder after a round of e-mail, built in code (issue 5): every kind of noise, format,
 * broken or hostile file and content mistake at once, each with the fate and message the tool
 * must give it. The counted workbooks are example units (seed 002 totals), so their sums are
 * known exactly.
 */
public final class BadFolder {
  private BadFolder() {}

  /**
   * What must become of one file. {@code sheet}, {@code cell} and {@code value} are those of the
   * finding that explains the fate (null: not checked, e.g. a whole-file problem).
   */
  public record Case(String file, FileFate fate, String message, String sheet, String cell, String value) {
    static Case of(String file, FileFate fate, String message) {
      return new Case(file, fate, message, null, null, null);
    }
  }

  /** The folder's files and what the counted ones contain. */
  public record Folder(Path path, List<Case> cases, List<UnitReport> counted, Path secret) {}

  static final List<UnitReport> UNITS = ExampleFolder.reports();

  public static Folder write(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Case> cases = new ArrayList<>();
    List<UnitReport> counted = new ArrayList<>();

    // --- noise: skipped, never an error ---
    write(folder, "~$Ekonomiskt bistånd Norr.xlsx", "Anna".getBytes(StandardCharsets.UTF_16LE));
    cases.add(Case.of("~$Ekonomiskt bistånd Norr.xlsx", FileFate.SKIPPED, "Excel-låsfil"));
    write(folder, "Vuxna/.~lock.Vuxenenheten Syd.xlsx#", "lock".getBytes(StandardCharsets.UTF_8));
    cases.add(Case.of("Vuxna/.~lock.Vuxenenheten Syd.xlsx#", FileFate.SKIPPED, "LibreOffice-låsfil"));
    write(folder, "Thumbs.db", new byte[] {0, 1, 2});
    cases.add(Case.of("Thumbs.db", FileFate.SKIPPED, "Systemfil"));
    write(folder, "Vuxna/.DS_Store", new byte[] {0, 0, 0, 1});
    cases.add(Case.of("Vuxna/.DS_Store", FileFate.SKIPPED, "Systemfil"));
    write(folder, "Följebrev.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    cases.add(Case.of("Följebrev.pdf", FileFate.SKIPPED, "en PDF"));
    write(folder, "Svar från Karin.msg", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    cases.add(Case.of("Svar från Karin.msg", FileFate.SKIPPED, "sparat e-postmeddelande"));
    write(folder, "anteckningar.txt", "ring Karin".getBytes(StandardCharsets.UTF_8));
    cases.add(Case.of("anteckningar.txt", FileFate.SKIPPED, "en textfil"));
    Files.createDirectories(folder.resolve("Gamla svar"));
    cases.add(Case.of("Gamla svar", FileFate.SKIPPED, "Tom mapp"));

    // --- formats that are read ---
    UnitReport u0 = UNITS.get(0);
    write(folder, "Ekonomiskt bistånd Norr.xlsx", filled(u0, wb -> {}));
    cases.add(Case.of("Ekonomiskt bistånd Norr.xlsx", FileFate.READ, "Inläst utan anmärkningar"));
    counted.add(u0);

    UnitReport u1 = UNITS.get(1);
    write(folder, "Ekonomiskt bistånd Söder.xlsm", withMacros(filled(u1, wb -> {})));
    cases.add(Case.of("Ekonomiskt bistånd Söder.xlsm", FileFate.READ, "Inläst utan anmärkningar"));
    counted.add(u1);

    UnitReport u2 = UNITS.get(2);
    write(folder, "Ekonomiskt bistånd Öster.xls", copyValues(filled(u2, wb -> {}), new HSSFWorkbook()));
    cases.add(Case.of("Ekonomiskt bistånd Öster.xls", FileFate.READ, "Inläst utan anmärkningar"));
    counted.add(u2);

    UnitReport u3 = UNITS.get(3);
    // As Google Sheets or Numbers export: no tables, inline strings, no formulas or caches.
    write(folder, "Ekonomiskt bistånd Väster (Google).xlsx", copyValues(filled(u3, wb -> {}), new SXSSFWorkbook()));
    cases.add(Case.of("Ekonomiskt bistånd Väster (Google).xlsx", FileFate.READ, "Inläst utan anmärkningar"));
    counted.add(u3);

    // --- content: read with a note or warnings ---
    UnitReport u4 = UNITS.get(4);
    String[] asText = new String[1];
    write(folder, "Vuxna/Vuxenenheten Centrum.xlsx", filled(u4, wb -> {
      Cell c = mappingCell(wb, u4, Contract.supplyHeader(se.kompetensgap.model.Level.GOD));
      asText[0] = c.getAddress().formatAsString();
      c.setCellValue(Integer.toString(u4.rows().get(0).supply().god()));
    }));
    cases.add(new Case("Vuxna/Vuxenenheten Centrum.xlsx", FileFate.READ, "var lagrat som text",
        Contract.MAPPING_SHEET, asText[0], Integer.toString(u4.rows().get(0).supply().god())));
    counted.add(u4);

    UnitReport u5 = withFirstRow(UNITS.get(5), r -> new CategoryRow(r.category(), r.supply(),
        r.demand2(), LevelCounts.of(0, 0, 3 * r.supply().total() + 1, 0)));
    write(folder, "Vuxna/Vuxenenheten Syd.xlsx", filled(u5, wb -> {}));
    cases.add(new Case("Vuxna/Vuxenenheten Syd.xlsx", FileFate.READ_WITH_WARNINGS,
        "mer än 3 gånger tillgången", Contract.MAPPING_SHEET, null, Integer.toString(3 * u5.rows().get(0).supply().total() + 1)));
    counted.add(u5);

    UnitReport u6 = withFirstRow(UNITS.get(6), r -> new CategoryRow(r.category(),
        r.supply().plus(LevelCounts.of(0, 250, 0, 0)), r.demand2().plus(LevelCounts.of(0, 250, 0, 0)),
        r.demand5().plus(LevelCounts.of(0, 250, 0, 0))));
    write(folder, "Vuxna/Stöd och råd vuxna.xlsx", filled(u6, wb -> {}));
    int people = u6.rows().stream().mapToInt(r -> r.supply().total()).sum();
    cases.add(new Case("Vuxna/Stöd och råd vuxna.xlsx", FileFate.READ_WITH_WARNINGS,
        "fler än 200", Contract.MAPPING_SHEET, null, Integer.toString(people)));
    counted.add(u6);

    // --- a resubmission: the later Datum counts, the earlier is skipped, both say so ---
    UnitReport u7 = UNITS.get(7);
    UnitReport u7old = new UnitReport(u7.source(), withDate(u7.info(), u7.info().date().minusDays(10)),
        u7.rows().stream().map(r -> new CategoryRow(r.category(), r.supply().plus(LevelCounts.of(1, 1, 1, 1)), r.demand2(), r.demand5())).toList(),
        u7.risks(), u7.activities());
    write(folder, "Vuxna/Boendeenheten v2.xlsx", filled(u7, wb -> {}));
    write(folder, "Vuxna/Boendeenheten.xlsx", filled(u7old, wb -> {}));
    // The older version was saved later: Datum decides, not the file's time.
    Files.setLastModifiedTime(folder.resolve("Vuxna/Boendeenheten.xlsx"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    cases.add(Case.of("Vuxna/Boendeenheten v2.xlsx", FileFate.READ, "Den här räknas eftersom den är nyast"));
    cases.add(Case.of("Vuxna/Boendeenheten.xlsx", FileFate.SKIPPED, "En nyare arbetsbok för samma enhet"));
    counted.add(u7);

    // --- content errors: rejected, with sheet, cell and value ---
    UnitReport bad = UNITS.get(8);
    String cat = bad.rows().get(0).category().name();
    for (String[] c : new String[][] {
        {"ca 5", "\"ca 5\" är inte ett heltal"}, {"5 st", "\"5 st\" är inte ett heltal"},
        {"fem", "\"fem\" är inte ett heltal"}}) {
      String name = "Barn och unga/Text i talcell " + c[0] + ".xlsx";
      String[] ref = new String[1];
      write(folder, name, filled(bad, wb -> {
        Cell cell = mappingCell(wb, bad, Contract.supplyHeader(se.kompetensgap.model.Level.HOG));
        ref[0] = cell.getAddress().formatAsString();
        cell.setCellValue(c[0]);
      }));
      cases.add(new Case(name, FileFate.REJECTED, c[1], Contract.MAPPING_SHEET, ref[0], c[0]));
    }
    cellCase(folder, cases, bad, "Barn och unga/Negativt.xlsx", Contract.demandHeader(se.kompetensgap.model.Horizon.TWO_YEARS, se.kompetensgap.model.Level.GOD),
        c -> c.setCellValue(-3), "-3", "är negativt");
    cellCase(folder, cases, bad, "Barn och unga/Decimaltal.xlsx", Contract.demandHeader(se.kompetensgap.model.Horizon.FIVE_YEARS, se.kompetensgap.model.Level.VISS),
        c -> c.setCellValue(2.5), "2,5", "\"2,5\" är inte ett heltal");
    cellCase(folder, cases, bad, "Barn och unga/Okänd kategori.xlsx", Contract.CATEGORY,
        c -> c.setCellValue("Socialsekreterare myndighet barn o unga"), "Socialsekreterare myndighet barn o unga",
        "Menade du \"Socialsekreterare myndighet barn och unga\"?");
    unitCase(folder, cases, bad, "Barn och unga/Okänt fokusområde.xlsx", Contract.KEY_FOCUS_AREA, "Barn och ungdom", "Menade du \"Barn och unga\"?");
    unitCase(folder, cases, bad, "Barn och unga/Enhet saknas.xlsx", Contract.KEY_UNIT, "", "Enhet saknas");
    unitCase(folder, cases, bad, "Barn och unga/Avdelning saknas.xlsx", Contract.KEY_DEPARTMENT, "", "Avdelning saknas");
    unitCase(folder, cases, bad, "Barn och unga/År saknas.xlsx", Contract.KEY_YEAR, "", "År saknas");
    UnitReport lastYear = new UnitReport(bad.source(), withYear(UNITS.get(9).info(), ExampleFolder.YEAR - 1),
        UNITS.get(9).rows(), UNITS.get(9).risks(), UNITS.get(9).activities());
    write(folder, "Barn och unga/Fjolårets.xlsx", filled(lastYear, wb -> {}));
    cases.add(new Case("Barn och unga/Fjolårets.xlsx", FileFate.REJECTED,
        "gäller år " + (ExampleFolder.YEAR - 1) + ", men de flesta i mappen gäller år " + ExampleFolder.YEAR,
        Contract.UNIT_SHEET, null, Integer.toString(ExampleFolder.YEAR - 1)));
    write(folder, "Barn och unga/Mall.xlsx", template());
    cases.add(Case.of("Barn och unga/Mall.xlsx", FileFate.REJECTED, "tom kartläggningsmall"));

    // --- broken and hostile files: rejected quickly, in bounded memory ---
    byte[] good = filled(UNITS.get(10), wb -> {});
    write(folder, "Trasiga/Lösenord.xlsx", encrypted(good));
    cases.add(Case.of("Trasiga/Lösenord.xlsx", FileFate.REJECTED, "lösenordsskyddad"));
    write(folder, "Trasiga/Tom.xlsx", new byte[0]);
    cases.add(Case.of("Trasiga/Tom.xlsx", FileFate.REJECTED, "tom (0 byte)"));
    write(folder, "Trasiga/Avbruten nedladdning.xlsx", java.util.Arrays.copyOf(good, good.length * 3 / 5));
    cases.add(Case.of("Trasiga/Avbruten nedladdning.xlsx", FileFate.REJECTED, "skadad eller ofullständig"));
    write(folder, "Trasiga/Inte en arbetsbok.xlsx", "Hej HR! Jag fyller i den i morgon.".getBytes(StandardCharsets.UTF_8));
    cases.add(Case.of("Trasiga/Inte en arbetsbok.xlsx", FileFate.REJECTED, "inte en Excel-arbetsbok"));
    write(folder, "Trasiga/Strikt.xlsx", strict(good));
    cases.add(Case.of("Trasiga/Strikt.xlsx", FileFate.REJECTED, "spara som vanlig .xlsx"));
    write(folder, "Trasiga/Zipbomb.xlsx", zipBomb(good));
    cases.add(Case.of("Trasiga/Zipbomb.xlsx", FileFate.REJECTED, "zip-bomb"));
    Path secret = folder.resolveSibling(folder.getFileName() + "-hemlig.txt");
    Files.writeString(secret, "HEMLIGT-LÖSENORD-4711");
    write(folder, "Trasiga/XXE.xlsx", xxe(good, "xl/sharedStrings.xml", secret));
    cases.add(Case.of("Trasiga/XXE.xlsx", FileFate.REJECTED, "XML-definition"));
    write(folder, "Trasiga/Miljon rader.xlsx", millionRows(good));
    cases.add(Case.of("Trasiga/Miljon rader.xlsx", FileFate.REJECTED, "orimligt stort"));
    return new Folder(folder, cases, counted, secret);
  }

  static void cellCase(Path folder, List<Case> cases, UnitReport unit, String name, String header,
      Consumer<Cell> edit, String value, String message) throws IOException {
    String[] ref = new String[1];
    write(folder, name, filled(unit, wb -> {
      Cell c = mappingCell(wb, unit, header);
      ref[0] = c.getAddress().formatAsString();
      edit.accept(c);
    }));
    cases.add(new Case(name, FileFate.REJECTED, message, Contract.MAPPING_SHEET, ref[0], value));
  }

  static void unitCase(Path folder, List<Case> cases, UnitReport unit, String name, String key, String value, String message)
      throws IOException {
    String[] ref = new String[1];
    write(folder, name, filled(unit, wb -> {
      Cell c = unitCell(wb, key);
      ref[0] = c.getAddress().formatAsString();
      if (value.isEmpty()) {
        c.setBlank();
      } else {
        c.setCellValue(value);
      }
    }));
    cases.add(new Case(name, FileFate.REJECTED, message, Contract.UNIT_SHEET, ref[0], value));
  }

  // --- building workbooks ---

  static void write(Path folder, String name, byte[] bytes) throws IOException {
    Path p = folder.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }

  /** The unit's workbook, filled through the real template, then spoilt by {@code edit}. */
  public static byte[] filled(UnitReport unit, Consumer<XSSFWorkbook> edit) throws IOException {
    try (XSSFWorkbook wb = TemplateWriter.build(ConfigurationParser.defaults(), Optional.of(unit.info().focusArea()))) {
      TemplateFiller.fill(wb, unit);
      edit.accept(wb);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  static byte[] template() throws IOException {
    try (XSSFWorkbook wb = TemplateWriter.build(ConfigurationParser.defaults(), Optional.empty())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  static UnitReport withFirstRow(UnitReport u, UnaryOperator<CategoryRow> change) {
    List<CategoryRow> rows = new ArrayList<>(u.rows());
    rows.set(0, change.apply(rows.get(0)));
    return new UnitReport(u.source(), u.info(), rows, u.risks(), u.activities());
  }

  static UnitInfo withDate(UnitInfo i, LocalDate date) {
    return new UnitInfo(i.year(), i.administration(), i.focusArea(), i.department(), i.unit(), i.manager(), date, i.mappingType());
  }

  static UnitInfo withYear(UnitInfo i, int year) {
    return new UnitInfo(year, i.administration(), i.focusArea(), i.department(), i.unit(), i.manager(), i.date(), i.mappingType());
  }

  /** The cell of the unit's first category row in the Kartlaggning column with this header. */
  public static Cell mappingCell(XSSFWorkbook wb, UnitReport unit, String header) {
    return tableCell(wb, Contract.MAPPING_TABLE, unit.rows().get(0).category().name(), header);
  }

  /** The Värde cell of the Enhet row for {@code key}. */
  public static Cell unitCell(XSSFWorkbook wb, String key) {
    return tableCell(wb, Contract.UNIT_TABLE, key, Contract.UNIT_VALUE);
  }

  static Cell tableCell(XSSFWorkbook wb, String tableName, String rowKey, String header) {
    XSSFTable t = wb.getTable(tableName);
    XSSFSheet sheet = t.getXSSFSheet();
    int col = -1;
    for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
      if (sheet.getRow(t.getStartRowIndex()).getCell(c).getStringCellValue().equals(header)) {
        col = c;
      }
    }
    for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
      Row row = sheet.getRow(r);
      Cell key = row.getCell(t.getStartColIndex());
      if (key != null && key.getStringCellValue().equals(rowKey)) {
        Cell c = row.getCell(col);
        return c == null ? row.createCell(col) : c;
      }
    }
    throw new AssertionError("no row " + rowKey + " in " + tableName);
  }

  /**
   * The values (never formulas) of every sheet copied into {@code target}: an .xls through HSSF,
   * or, through SXSSF, an .xlsx with inline strings and no tables, as other programs export.
   */
  public static byte[] copyValues(byte[] xlsx, Workbook target) throws IOException {
    try (XSSFWorkbook src = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); target) {
      for (Sheet s : src) {
        Sheet t = target.createSheet(s.getSheetName());
        for (Row r : s) {
          Row tr = t.createRow(r.getRowNum());
          for (Cell c : r) {
            switch (c.getCellType()) {
              case STRING -> tr.createCell(c.getColumnIndex()).setCellValue(c.getStringCellValue());
              case NUMERIC -> tr.createCell(c.getColumnIndex()).setCellValue(c.getNumericCellValue());
              default -> { } // formulas and their caches are left out
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      target.write(out);
      if (target instanceof SXSSFWorkbook sx) {
        sx.dispose();
      }
      return out.toByteArray();
    }
  }

  // --- spoiling zips ---

  /** Rewrites a zip: entries edited by name, others added at the end. */
  public static byte[] rewrite(byte[] zip, Map<String, UnaryOperator<byte[]>> edits, Map<String, byte[]> added) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        UnaryOperator<byte[]> edit = edits.get(e.getName());
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(edit == null ? content : edit.apply(content));
        out.closeEntry();
      }
      for (Map.Entry<String, byte[]> a : added.entrySet()) {
        out.putNextEntry(new ZipEntry(a.getKey()));
        out.write(a.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static UnaryOperator<byte[]> text(UnaryOperator<String> f) {
    return b -> f.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
  }

  /** An .xlsm: the workbook with a VBA project part and the macro-enabled content type. */
  public static byte[] withMacros(byte[] xlsx) throws IOException {
    byte[] vba = "Attribute VB_Name = \"Module1\"\nSub Auto_Open()\nShell \"calc.exe\"\nEnd Sub\n".getBytes(StandardCharsets.US_ASCII);
    return rewrite(xlsx,
        Map.of("[Content_Types].xml", text(s -> s
            .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"))),
        Map.of("xl/vbaProject.bin", vba));
  }

  /** Saved as Excel's "Strict Open XML Spreadsheet": the strict namespaces and relationship types. */
  static byte[] strict(byte[] xlsx) throws IOException {
    return rewrite(xlsx,
        Map.of("_rels/.rels", text(s -> s.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                "http://purl.oclc.org/ooxml/officeDocument/relationships")),
            "xl/workbook.xml", text(s -> s.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                "http://purl.oclc.org/ooxml/spreadsheetml/main"))),
        Map.of());
  }

  /** A workbook with one part that inflates 150 MB of nothing from about 150 kB. */
  static byte[] zipBomb(byte[] xlsx) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
        ZipEntry e;
        while ((e = in.getNextEntry()) != null) {
          out.putNextEntry(new ZipEntry(e.getName()));
          out.write(in.readAllBytes());
          out.closeEntry();
        }
      }
      out.putNextEntry(new ZipEntry("xl/media/image1.png"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 150; i++) {
        out.write(zeros);
      }
      out.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** An external entity pointing at {@code secret}, used in the first string of {@code part}. */
  public static byte[] xxe(byte[] xlsx, String part, Path secret) throws IOException {
    String dtd = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    return rewrite(xlsx, Map.of(part, text(s -> {
      int decl = s.startsWith("<?xml") ? s.indexOf("?>") + 2 : 0;
      String withDtd = s.substring(0, decl) + dtd + s.substring(decl);
      return withDtd.replaceFirst("<t>[^<]*</t>", "<t>&xxe;</t>").replaceFirst("<t xml:space=\"preserve\">[^<]*</t>", "<t>&xxe;</t>");
    })), Map.of());
  }

  /** A million rows appended to the first worksheet. */
  static byte[] millionRows(byte[] xlsx) throws IOException {
    return rewrite(xlsx, Map.of("xl/worksheets/sheet1.xml", text(s -> {
      StringBuilder rows = new StringBuilder(45_000_000);
      for (int r = 1001; r <= 1_001_000; r++) {
        rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
      }
      return s.replace("</sheetData>", rows + "</sheetData>");
    })), Map.of());
  }

  /** The workbook encrypted with a password, as Excel's "Kryptera med lösenord" does. */
  static byte[] encrypted(byte[] xlsx) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("hemligt");
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx));
          OutputStream os = enc.getDataStream(fs)) {
        opc.save(os);
      } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | java.security.GeneralSecurityException e) {
        throw new IOException(e);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** Expected sums of the counted units: supply, demand 2 år, demand 5 år, all levels. */
  public static Map<String, Integer> sums(List<UnitReport> units) {
    Map<String, Integer> sums = new LinkedHashMap<>();
    List<String> headers = Contract.numberHeaders();
    for (UnitReport u : units) {
      for (CategoryRow r : u.rows()) {
        int i = 0;
        for (LevelCounts lc : List.of(r.supply(), r.demand2(), r.demand5())) {
          for (se.kompetensgap.model.Level l : se.kompetensgap.model.Level.values()) {
            sums.merge(headers.get(i++), lc.get(l), Integer::sum);
          }
        }
      }
    }
    return sums;
  }
}
