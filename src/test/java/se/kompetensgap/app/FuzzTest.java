package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.intake.FolderScanner;
import se.kompetensgap.intake.ManagerWorkbookReader;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.BadFolder;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;

/**
 * Issue 5's fuzz test: valid workbooks mutated thousands of times (random bytes, truncation,
 * truncated entries, XML edits, shuffled entries). Every mutant must get an explained fate
 * within seconds; a mutant that is read must carry the original numbers, unless the mutation
 * edited a part that holds data (then only the rules every read file obeys are checked).
 */
class FuzzTest {

  /** Deterministic: a failure can be replayed from the seed and iteration in its message. */
  static final long SEED = 20_260_501L;
  /**
   * A fixed number of mutants, not a time budget: a timed floor failed on a loaded machine
   * although nothing was wrong (speed is the benchmark's to measure, not a unit test's).
   */
  static final int ITERATIONS = 600;

  enum Mutation { BYTES, TRUNCATE, TRUNCATE_ENTRY, XML_EDIT, SHUFFLE }

  @TempDir Path dir;

  record Mutant(Mutation kind, byte[] bytes, boolean dataPart, String what) {}

  @Test
  void mutatedWorkbooksAreReadCorrectlyOrRejectedWithAReasonNeverCrashOrHang() throws Exception {
    // The real template (tables, styles, validations) and the same answers as plain values
    // (what other programs write): the plain one is five times faster to parse, so most of the
    // budget goes to it, and both are fuzzed.
    UnitReport a = ExampleFolder.reports().get(0);
    UnitReport b = ExampleFolder.reports().get(8);
    List<UnitReport> units = List.of(a, b, a, b);
    List<byte[]> originals = new ArrayList<>();
    originals.add(BadFolder.filled(a, wb -> {}));
    originals.add(BadFolder.filled(b, wb -> {}));
    originals.add(BadFolder.copyValues(BadFolder.filled(a, wb -> {}), new org.apache.poi.xssf.usermodel.XSSFWorkbook()));
    originals.add(BadFolder.copyValues(BadFolder.filled(b, wb -> {}), new org.apache.poi.xssf.usermodel.XSSFWorkbook()));
    ManagerWorkbookReader reader = new ManagerWorkbookReader(ConfigurationParser.defaults());
    Random random = new Random(SEED);
    Map<Mutation, int[]> tally = new EnumMap<>(Mutation.class); // read, rejected
    for (Mutation m : Mutation.values()) {
      tally.put(m, new int[2]);
    }
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz");
      t.setDaemon(true);
      return t;
    });
    long start = System.currentTimeMillis();
    int i = 0;
    try {
      for (; i < ITERATIONS; i++) {
        int which = random.nextInt(5) == 0 ? random.nextInt(2) : 2 + random.nextInt(2);
        Mutant mutant = mutate(originals.get(which), random);
        Path file = dir.resolve("mutant" + (i % 2 == 0 ? ".xlsx" : ".xlsm"));
        Files.write(file, mutant.bytes());
        String label = "iteration " + i + " (" + mutant.kind() + ": " + mutant.what() + ")";
        FolderScanner.FoundFile found = new FolderScanner.FoundFile(file, file.getFileName().toString(), Optional.empty());
        Future<FileOutcome> f = pool.submit(() -> Consolidation.readOne(reader, found));
        FileOutcome o;
        try {
          o = f.get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          throw new AssertionError("hang: " + label);
        } catch (java.util.concurrent.ExecutionException e) {
          throw new AssertionError("crash: " + label, e.getCause());
        }
        check(o, units.get(which), mutant, label);
        tally.get(mutant.kind())[o.fate().counted() ? 0 : 1]++;
      }
    } finally {
      pool.shutdownNow();
    }
    StringBuilder summary = new StringBuilder(i + " mutants in " + (System.currentTimeMillis() - start) + " ms:");
    tally.forEach((k, v) -> summary.append(' ').append(k).append(" read=").append(v[0]).append(" rejected=").append(v[1]));
    System.out.println("FuzzTest: " + summary);
    for (Mutation m : Mutation.values()) {
      assertTrue(tally.get(m)[0] + tally.get(m)[1] > 0, "never tried " + m);
    }
    assertTrue(tally.get(Mutation.SHUFFLE)[0] > 0, "a shuffled workbook is still a workbook: " + summary);
  }

  static void check(FileOutcome o, UnitReport original, Mutant mutant, String label) {
    assertTrue(o.fate() != FileFate.SKIPPED, label + ": skipped " + o.findings());
    if (o.fate() == FileFate.REJECTED) {
      List<Finding> errors = o.findings().stream().filter(Finding::isError).toList();
      assertFalse(errors.isEmpty(), label + ": rejected without an error");
      for (Finding e : errors) {
        assertTrue(e.message().length() > 20 && !e.message().contains("null"), label + ": " + e.message());
      }
      return;
    }
    UnitReport read = o.report().orElseThrow();
    if (!mutant.dataPart()) {
      assertEquals(original.info(), read.info(), label);
      assertEquals(original.rows(), read.rows(), label);
    } else {
      // The edit may have changed a value the manager typed; the file still obeys the rules.
      read.rows().forEach(r -> assertTrue(
          r.supply().map(v -> v < 0 ? 1 : 0).isZero() && r.demand2().map(v -> v < 0 ? 1 : 0).isZero()
              && r.demand5().map(v -> v < 0 ? 1 : 0).isZero(), label));
    }
  }

  // --- mutations ---

  static Mutant mutate(byte[] zip, Random random) throws IOException {
    Mutation kind = Mutation.values()[random.nextInt(Mutation.values().length)];
    return switch (kind) {
      case BYTES -> {
        byte[] b = zip.clone();
        int n = 1 + random.nextInt(8);
        for (int k = 0; k < n; k++) {
          b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        // A flipped byte may land in a data part's deflated stream; the checksum must catch it.
        yield new Mutant(kind, b, false, n + " bytes");
      }
      case TRUNCATE -> {
        int len = random.nextInt(zip.length);
        yield new Mutant(kind, java.util.Arrays.copyOf(zip, len), false, len + " of " + zip.length);
      }
      case TRUNCATE_ENTRY -> {
        List<Entry> entries = entries(zip);
        Entry e = entries.get(random.nextInt(entries.size()));
        int keep = e.bytes.length == 0 ? 0 : random.nextInt(e.bytes.length);
        entries.set(entries.indexOf(e), new Entry(e.name, java.util.Arrays.copyOf(e.bytes, keep)));
        // A truncated XML part is malformed; if it is read anyway nothing may have changed.
        yield new Mutant(kind, zip(entries), false, e.name + " to " + keep);
      }
      case XML_EDIT -> {
        List<Entry> entries = entries(zip);
        List<Entry> xml = entries.stream().filter(e -> e.name.endsWith(".xml") || e.name.endsWith(".rels")).toList();
        Entry e = xml.get(random.nextInt(xml.size()));
        String s = new String(e.bytes, StandardCharsets.UTF_8);
        String edited = xmlEdit(s, random);
        entries.set(entries.indexOf(e), new Entry(e.name, edited.getBytes(StandardCharsets.UTF_8)));
        boolean data = e.name.startsWith("xl/worksheets/") || e.name.equals("xl/sharedStrings.xml")
            || e.name.startsWith("xl/tables/") || e.name.equals("xl/workbook.xml") || e.name.equals("xl/styles.xml");
        yield new Mutant(kind, zip(entries), data, e.name);
      }
      case SHUFFLE -> {
        List<Entry> entries = entries(zip);
        Collections.shuffle(entries, random);
        yield new Mutant(kind, zip(entries), false, "order");
      }
    };
  }

  static String xmlEdit(String s, Random random) {
    if (s.length() < 10) {
      return s + "<";
    }
    int at = random.nextInt(s.length());
    return switch (random.nextInt(6)) {
      case 0 -> s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(40))); // delete a run
      case 1 -> s.substring(0, at) + "<x" + s.substring(at); // a broken tag
      case 2 -> s.substring(0, at) + "&amp;&lt;\u00e5\u00e4\u00f6" + s.substring(at); // text and entities
      case 3 -> s.replaceFirst("<v>(\\d+)</v>", "<v>-$1</v>"); // a negative number
      case 4 -> s.replaceFirst("<v>(\\d+)</v>", "<v>$1.5</v>"); // a decimal
      default -> s.replaceFirst("<(\\w+)([ >])", "<$1x$2"); // a renamed element
    };
  }

  record Entry(String name, byte[] bytes) {}

  static List<Entry> entries(byte[] zip) throws IOException {
    List<Entry> out = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.add(new Entry(e.getName(), in.readAllBytes()));
      }
    }
    return out;
  }

  static byte[] zip(List<Entry> entries) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(b)) {
      for (Entry e : entries) {
        out.putNextEntry(new ZipEntry(e.name));
        out.write(e.bytes);
        out.closeEntry();
      }
    }
    return b.toByteArray();
  }
}
