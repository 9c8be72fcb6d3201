package se.kompetensgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Run r = run("--help");
    assertEquals(ExitCode.OK, r.code());
    assertTrue(r.out().contains("konsolidera") && r.out().contains("mall") && r.out().contains("Slutkoder"), r.out());
  }

  @Test
  void eachCommandHasItsOwnHelp() {
    Run r = run("konsolidera", "--help");
    assertEquals(ExitCode.OK, r.code());
    assertTrue(r.out().contains("--utfil"), r.out());
  }

  @Test
  void usageErrorsExitWith64AndSayWhatIsWrong() {
    assertEquals(ExitCode.USAGE, run().code());
    Run unknown = run("sammanställ");
    assertEquals(ExitCode.USAGE, unknown.code());
    assertTrue(unknown.err().contains("Okänt kommando \"sammanställ\""), unknown.err());
    Run noOutput = run("konsolidera", ".");
    assertEquals(ExitCode.USAGE, noOutput.code());
    assertTrue(noOutput.err().contains("-o FIL.xlsx"), noOutput.err());
    Run badFlag = run("mall", "--utfill", "x.xlsx");
    assertEquals(ExitCode.USAGE, badFlag.code());
  }

  @Test
  void aMissingFolderIsAUsageError(@TempDir Path dir) {
    Run r = run("konsolidera", dir.resolve("finns-inte").toString(), "-o", dir.resolve("k.xlsx").toString());
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.err().contains("finns inte"), r.err());
  }

  @Test
  void anEmptyFolderWritesNothingAndSaysSo(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("tom"));
    Files.writeString(in.resolve("följebrev.txt"), "Hej HR");
    Path out = dir.resolve("k.xlsx");
    Run r = run("konsolidera", in.toString(), "-o", out.toString());
    assertEquals(ExitCode.ERROR, r.code(), r.err());
    assertFalse(Files.exists(out));
    assertTrue(r.err().contains("innehåller inga arbetsböcker att sammanställa") && r.err().contains("1 annan fil hoppades över"), r.err());
  }

  /** Every file rejected: nothing to consolidate, but each file's reason is still told. */
  @Test
  void aFolderOfOnlyBadFilesWritesNothingAndExplainsEachFile(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("export.xlsx"), "<html><body>inte en arbetsbok</body></html>");
    Files.write(in.resolve("halv.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
    Path out = dir.resolve("k.xlsx");
    Run r = run("konsolidera", in.toString(), "-o", out.toString());
    assertEquals(ExitCode.ERROR, r.code(), r.err());
    assertFalse(Files.exists(out));
    assertTrue(r.err().contains("export.xlsx") && r.err().contains("webbsida eller XML-fil"), r.err());
    assertTrue(r.err().contains("halv.xlsx"), r.err());
    // One good workbook beside the bad one: the summary line speaks of it in the singular.
    Files.copy(Path.of("examples/inkommande").resolve(firstWorkbook()), in.resolve("en.xlsx"));
    Run mixed = run("konsolidera", in.toString(), "-o", out.toString(), "-q");
    assertEquals(ExitCode.SOME_REJECTED, mixed.code(), mixed.err());
    assertTrue(mixed.out().contains("1 arbetsbok inläst, 2 avvisade, 0 hoppades över"), mixed.out());
    Files.delete(in.resolve("en.xlsx"));
    Files.delete(out);
    Files.delete(in.resolve("halv.xlsx"));
    Run one = run("konsolidera", in.toString(), "-o", out.toString());
    assertTrue(one.err().contains("(1 avvisad, 0 hoppades över)"), one.err());
    assertTrue(r.err().contains("Ingen arbetsbok i") && r.err().contains("2 avvisade"), r.err());
  }

  @Test
  void consolidatesAFolderAndEndsWithOneSummaryLine(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in");
    assertEquals(ExitCode.OK, run("exempel", "-o", in.toString()).code());
    Path out = dir.resolve("k.xlsx");
    Run r = run("konsolidera", in.toString(), "-o", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(Files.size(out) > 10_000);
    String[] lines = r.out().strip().split("\n");
    assertEquals("14 arbetsböcker inlästa, 0 avvisade, 3 hoppades över → " + out, lines[lines.length - 1]);
  }

  @Test
  void aRejectedFileGivesExitCode2AndItsReasonOnStderr(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    assertEquals(ExitCode.OK, run("exempel", "-o", in.toString()).code());
    Files.write(in.resolve("trasig.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
    Run r = run("konsolidera", in.toString(), "-o", dir.resolve("k.xlsx").toString());
    assertEquals(ExitCode.SOME_REJECTED, r.code());
    assertTrue(r.err().contains("trasig.xlsx:"), r.err());
    assertTrue(r.out().contains("14 arbetsböcker inlästa, 1 avvisad,"), r.out());
  }

  @Test
  void mallWritesTheTemplate(@TempDir Path dir) throws Exception {
    Path t = dir.resolve("mall.xlsx");
    assertEquals(ExitCode.OK, run("mall", "-o", t.toString()).code());
    assertTrue(Files.size(t) > 5_000);
    Run area = run("mall", "-o", dir.resolve("v.xlsx").toString(), "--fokusomrade", "vuxna");
    assertEquals(ExitCode.OK, area.code(), area.err());
    Run wrong = run("mall", "-o", dir.resolve("w.xlsx").toString(), "--fokusomrade", "Vuxen");
    assertEquals(ExitCode.USAGE, wrong.code());
    assertTrue(wrong.err().contains("Menade du \"Vuxna\""), wrong.err());
  }

  /** A manager's workbook of the shipped examples, relative to examples/inkommande. */
  private static Path firstWorkbook() throws Exception {
    Path root = Path.of("examples/inkommande");
    try (var files = Files.walk(root)) {
      return root.relativize(files.filter(p -> p.getFileName().toString().endsWith(".xlsx")
          && !p.getFileName().toString().startsWith("~$")).sorted().findFirst().orElseThrow());
    }
  }
}
