package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.testing.BadFolder;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;

/**
 * Issue 5's folder test: one folder holding every case at once (noise, formats, broken and
 * hostile files, content mistakes, a resubmission), consolidated in one run. Every file's fate
 * and message is asserted, the sums in Underlag are those of exactly the counted files, and no
 * input changed.
 */
class BadFolderTest {

  @TempDir static Path dir;
  static BadFolder.Folder folder;
  static Consolidation.Result result;
  static Path output;
  static Map<String, String> before;
  static Map<String, String> after;
  static long millis;

  @BeforeAll
  static void consolidateTheBadFolder() throws Exception {
    folder = BadFolder.write(dir.resolve("inkommande"));
    before = snapshot(folder.path());
    output = dir.resolve("sammanstallning.xlsx");
    long t0 = System.nanoTime();
    result = Consolidation.run(Consolidation.Request.builder(folder.path(), output, ConfigurationParser.defaults()).build());
    millis = (System.nanoTime() - t0) / 1_000_000;
    after = snapshot(folder.path());
  }

  static FileOutcome outcome(String file) {
    return result.outcomes().stream().filter(o -> o.file().equals(file)).findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + file + " in " + result.outcomes().stream().map(FileOutcome::file).toList()));
  }

  @Test
  void everyFileFoundHasExactlyOneOutcomeAndNoOtherFileAppears() {
    assertEquals(folder.cases().stream().map(BadFolder.Case::file).sorted().toList(),
        result.outcomes().stream().map(FileOutcome::file).sorted().toList());
  }

  @Test
  void everyFileHasTheExpectedFateAndAMessageThatSaysWhy() {
    StringBuilder wrong = new StringBuilder();
    for (BadFolder.Case c : folder.cases()) {
      FileOutcome o = outcome(c.file());
      if (o.fate() != c.fate()) {
        wrong.append(c.file()).append(": ").append(o.fate()).append(" ≠ ").append(c.fate()).append(' ').append(o.findings()).append('\n');
        continue;
      }
      boolean explained = c.message().equals("Inläst utan anmärkningar")
          ? o.findings().isEmpty()
          : o.findings().stream().anyMatch(f -> matches(f, c));
      if (!explained) {
        wrong.append(c.file()).append(": no finding like ").append(c).append(" in ").append(o.findings()).append('\n');
      }
    }
    assertEquals("", wrong.toString());
  }

  static boolean matches(Finding f, BadFolder.Case c) {
    return f.message().contains(c.message())
        && f.file().equals(c.file())
        && (c.sheet() == null || c.sheet().equals(f.sheet()))
        && (c.cell() == null || c.cell().equals(f.cell()))
        && (c.value() == null || c.value().equals(f.value()));
  }

  @Test
  void everyErrorAndWarningNamesWhereItIsOrConcernsTheWholeFile() {
    for (FileOutcome o : result.outcomes()) {
      for (Finding f : o.findings()) {
        assertEquals(o.file(), f.file());
        assertTrue(f.message().endsWith(".") || f.message().endsWith("?") || f.message().endsWith(")"), f.message());
        if (!f.cell().isEmpty()) {
          assertFalse(f.sheet().isEmpty(), f.toString());
          assertTrue(f.cell().matches("[A-Z]+[0-9]+(:[A-Z]+[0-9]+)?"), f.toString());
        }
      }
    }
  }

  @Test
  void theSumsInUnderlagAreThoseOfExactlyTheCountedFiles() throws Exception {
    Map<String, Integer> expected = BadFolder.sums(folder.counted());
    assertEquals(expected, BadFolder.sums(result.units()));
    try (XSSFWorkbook wb = Sheets.open(output)) {
      XSSFTable t = wb.getTable(Contract.BASIS_TABLE);
      XSSFSheet s = t.getXSSFSheet();
      for (Map.Entry<String, Integer> e : expected.entrySet()) {
        int col = -1;
        for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
          if (Sheets.text(s.getRow(t.getStartRowIndex()).getCell(c)).equals(e.getKey())) {
            col = c;
          }
        }
        double sum = 0;
        for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
          sum += Sheets.number(s, r, col);
        }
        assertEquals(e.getValue(), (int) sum, e.getKey());
      }
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  @Test
  void inputsAreUnchangedByteForByteAndTimestampForTimestamp() {
    assertEquals(before, after);
  }

  @Test
  void theSecretBehindTheExternalEntityIsNowhereInTheOutput() throws Exception {
    byte[] bytes = Files.readAllBytes(output);
    try (ZipFile zip = new ZipFile(output.toFile())) {
      for (var e : java.util.Collections.list(zip.entries())) {
        String content = new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(content.contains("HEMLIGT"), e.getName());
      }
      assertTrue(zip.stream().noneMatch(e -> e.getName().contains("vbaProject")), "macros carried into the output");
    }
    assertTrue(bytes.length > 0);
  }

  @Test
  void theWholeFolderIsDoneQuickly() {
    // Generous for a shared CI machine; the hostile files are rejected by the pre-flight in ms.
    assertTrue(millis < 60_000, millis + " ms");
  }

  /**
   * The whole folder, hostile files included, through the real command line in a JVM limited to
   * 256 MB of heap: it completes, reads the good files and rejects the rest.
   */
  @Test
  void aRunWithA256MegabyteHeapCompletesAndReadsTheGoodFiles(@TempDir Path out) throws Exception {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Path target = out.resolve("sammanstallning.xlsx");
    ProcessBuilder pb = new ProcessBuilder(javaBin.toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), "se.kompetensgap.cli.Main",
        "konsolidera", folder.path().toString(), "-o", target.toString(), "-q");
    pb.redirectErrorStream(true);
    pb.redirectOutput(out.resolve("logg.txt").toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    assertTrue(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "did not finish");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    String log = Files.readString(out.resolve("logg.txt"));
    assertEquals(2, p.exitValue(), log); // written, some files rejected
    long read = folder.cases().stream().filter(c -> c.fate().counted()).count();
    long rejected = folder.cases().stream().filter(c -> c.fate() == FileFate.REJECTED).count();
    assertTrue(log.contains(read + " arbetsböcker inlästa, " + rejected + " avvisade"), log);
    assertTrue(Files.size(target) > 10_000);
    System.out.println("BadFolderTest: -Xmx256m run over " + folder.cases().size() + " files took " + ms + " ms");
  }

  /** Every file's bytes (as a hash) and timestamp. */
  static Map<String, String> snapshot(Path folder) throws Exception {
    try (Stream<Path> walk = Files.walk(folder)) {
      Map<String, String> m = new TreeMap<>();
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        m.put(folder.relativize(p).toString(), Arrays.toString(digest) + "@" + Files.getLastModifiedTime(p).toMillis());
      }
      return m;
    }
  }

  static String fates() {
    return result.outcomes().stream().map(o -> o.file() + "=" + o.fate()).collect(Collectors.joining("\n"));
  }
}
