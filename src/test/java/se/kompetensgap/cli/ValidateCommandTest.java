package se.kompetensgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.testing.BadFolder;
import se.kompetensgap.validation.FileFate;

/** {@code validera MAPP --kvitton UTMAPP} on issue 5's folder of every case. */
class ValidateCommandTest {

  @TempDir static Path dir;
  static BadFolder.Folder folder;
  static Path receipts;
  static int code;
  static String out;

  @BeforeAll
  static void validateTheBadFolder() throws Exception {
    folder = BadFolder.write(dir.resolve("inkommande"));
    receipts = dir.resolve("kvitton");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    code = Main.run(new String[] {"validera", folder.path().toString(), "--kvitton", receipts.toString()},
        new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    String dump = System.getenv("KOMPETENSGAP_KVITTON");
    if (dump != null) { // to look at the receipts as HR would
      Files.createDirectories(Path.of(dump));
      try (Stream<Path> s = Files.list(receipts)) {
        for (Path p : s.toList()) {
          Files.copy(p, Path.of(dump).resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.writeString(Path.of(dump).resolve("_stdout.txt"), out);
    }
  }

  @Test
  void printsEveryFileWithItsFateAndExitsWithTwoWhenFilesAreRejected() {
    assertEquals(ExitCode.SOME_REJECTED, code);
    for (BadFolder.Case c : folder.cases()) {
      assertTrue(out.contains(c.fate().label() + " ") && out.contains(c.file()), c.file() + "\n" + out);
    }
    long rejected = folder.cases().stream().filter(c -> c.fate() == FileFate.REJECTED).count();
    assertTrue(out.contains(rejected + " avvisas"), out);
  }

  @Test
  void writesOneReceiptPerManagersWorkbookAndNoneForNoise() throws Exception {
    List<String> expected = folder.cases().stream()
        .filter(c -> c.file().matches("(?i).*\\.(xlsx|xlsm|xls)$") && !c.file().contains("~$"))
        .map(c -> se.kompetensgap.output.Receipts.fileName(c.file())).sorted().toList();
    try (Stream<Path> s = Files.list(receipts)) {
      assertEquals(expected, s.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aRejectedWorkbooksReceiptSaysWhereAndHowToFixIt() throws Exception {
    BadFolder.Case c = folder.cases().stream().filter(k -> k.file().endsWith("Text i talcell ca 5.xlsx")).findFirst().orElseThrow();
    String r = receipt(c.file());
    assertTrue(r.contains("AVVISAD"), r);
    assertTrue(r.contains("Bladet Kartläggning, cell " + c.cell() + " (värde \"ca 5\")"), r);
    assertTrue(r.contains("Skriv antal personer som ett heltal"), r);
    assertFalse(r.contains("DET HÄR LÄSTES IN"), r);
  }

  @Test
  void aReadWorkbooksReceiptListsWhatWasRead() throws Exception {
    String r = receipt("Vuxna/Vuxenenheten Syd.xlsx");
    assertTrue(r.contains("INLÄST MED VARNINGAR"), r);
    assertTrue(r.contains("DET HÄR LÄSTES IN"), r);
    assertTrue(r.contains("mer än 3 gånger tillgången"), r);
    int supply = BadFolder.sums(List.of(folder.counted().get(5))).entrySet().stream()
        .filter(e -> e.getKey().startsWith("Tillgång")).mapToInt(java.util.Map.Entry::getValue).sum();
    assertTrue(r.matches("(?s).*Summa +" + supply + " .*"), r);
  }

  @Test
  void aReceiptAddressesTheManagerNotHr() throws Exception {
    String r = receipt("Trasiga/Lösenord.xlsx");
    assertFalse(r.contains("Be chefen"), r);
    assertTrue(r.contains("Spara den utan lösenord"), r);
  }

  @Test
  void receiptsAreUtf8WithByteOrderMarkAndWindowsLineEnds() throws Exception {
    byte[] b = Files.readAllBytes(receipts.resolve(se.kompetensgap.output.Receipts.fileName("Ekonomiskt bistånd Norr.xlsx")));
    assertEquals((byte) 0xEF, b[0]);
    String s = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    assertTrue(s.contains("\r\n") && !s.replace("\r\n", "").contains("\n"), "line ends");
    assertTrue(s.contains("Inga anmärkningar"), s);
    assertTrue(s.lines().allMatch(l -> l.length() <= 80), s);
  }

  /** Issue 10 §4: the Enhet sheet is read even when the Kartläggning is wrong, so the receipt names whose it is. */
  @Test
  void rejectedAndSupersededReceiptsNameTheUnitAndManager() throws Exception {
    var bad = se.kompetensgap.examples.ExampleFolder.reports().get(8).info();
    String r = receipt("Barn och unga/Text i talcell ca 5.xlsx").replaceAll(": +", ": ");
    assertTrue(r.contains("AVVISAD"), r);
    assertTrue(r.contains("Enhet: " + bad.unit()) && r.contains("Avdelning: " + bad.department())
        && r.contains("Chef: " + bad.manager()), r);
    String superseded = receipt("Vuxna/Boendeenheten.xlsx").replaceAll(": +", ": ");
    assertTrue(superseded.contains("RÄKNAS INTE") && superseded.contains("Enhet: Boendeenheten"), superseded);
  }

  @Test
  void staleReceiptsOfAnEarlierRunAreRemovedButNothingElse(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    assertEquals(ExitCode.OK, MainTest.run("exempel", "-o", in.toString()).code());
    Path kvitton = Files.createDirectories(tmp.resolve("kvitton"));
    Path gone = kvitton.resolve(se.kompetensgap.output.Receipts.fileName("Vuxna/Nedlagd enhet.xlsx"));
    Files.write(gone, se.kompetensgap.output.Receipts.bytes(
        se.kompetensgap.validation.FileOutcome.skipped("Vuxna/Nedlagd enhet.xlsx", "x"), java.time.LocalDate.of(2026, 1, 1)));
    Path hrsOwn = Files.writeString(kvitton.resolve("Att göra - kvitto.txt"), "HR:s egna anteckningar");
    MainTest.Run run = MainTest.run("validera", in.toString(), "--kvitton", kvitton.toString());
    assertEquals(ExitCode.OK, run.code(), run.out());
    assertFalse(Files.exists(gone), "stale receipt removed");
    assertTrue(Files.exists(hrsOwn), "a file the tool did not write stays");
    try (Stream<Path> s = Files.list(kvitton)) {
      assertEquals(16, s.count(), "15 workbooks' receipts and HR's own file");
    }
  }

  @Test
  void inlasningNamesTheUnitOfARejectedWorkbook() throws Exception {
    Path k = dir.resolve("inlasning.xlsx");
    Main.run(new String[] {"konsolidera", folder.path().toString(), "-o", k.toString(), "-q"},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    var bad = se.kompetensgap.examples.ExampleFolder.reports().get(8).info();
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(k.toFile())) {
      var sheet = wb.getSheet(se.kompetensgap.text.Contract.INTAKE_SHEET);
      boolean found = false;
      for (var row : sheet) {
        if (row.getCell(0) != null && row.getCell(0).toString().endsWith("Text i talcell ca 5.xlsx")) {
          found = true;
          assertEquals(bad.unit(), row.getCell(5).getStringCellValue());
          assertEquals(bad.manager(), row.getCell(6).getStringCellValue());
        }
      }
      assertTrue(found);
    }
  }

  static String receipt(String file) throws Exception {
    // Paragraphs are word-wrapped: read them as one line each.
    return Files.readString(receipts.resolve(se.kompetensgap.output.Receipts.fileName(file)), StandardCharsets.UTF_8)
        .replaceAll("\r?\n {2,}", " ").replaceAll("(\\S)\r?\n(\\S)", "$1 $2");
  }
}
