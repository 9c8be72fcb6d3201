package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.GeneratedFolder;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.template.TemplateFiller;
import se.kompetensgap.output.template.TemplateWriter;

/** bevaka: files arriving one at a time, and half-written, give one new output with all. */
class FolderWatchTest {

  @TempDir Path dir;

  static byte[] workbook(int i) throws Exception {
    UnitReport u = GeneratedFolder.unit(i);
    try (XSSFWorkbook wb = TemplateWriter.build(ConfigurationParser.defaults(), Optional.of(u.info().focusArea()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      TemplateFiller.fill(wb, u);
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  @Timeout(120)
  void filesDroppedOneAtATimeAndHalfWrittenGiveOneUpdatedOutputWithAllOfThem() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("inkommande"));
    Path output = dir.resolve("sammanstallning.xlsx");
    Files.write(folder.resolve("enhet-0.xlsx"), workbook(0));
    byte[][] later = {workbook(1), workbook(2), workbook(3)};
    Duration quiet = Duration.ofMillis(400);
    List<Consolidation.Result> runs = new CopyOnWriteArrayList<>();
    List<String> problems = new CopyOnWriteArrayList<>();
    FolderWatch watch =
        new FolderWatch(Consolidation.Request.builder(folder, output, ConfigurationParser.defaults()).build(), quiet, runs::add, problems::add);
    Thread t = new Thread(() -> {
      try {
        watch.run();
      } catch (Exception e) {
        problems.add(e.toString());
      }
    });
    t.start();
    try {
      waitFor(() -> runs.size() == 1);
      assertEquals(1, runs.get(0).units().size());
      byte[] first = Files.readAllBytes(output);

      // One at a time, each within the quiet period; the third is copied in two halves with a
      // pause longer than the quiet period between them, and a sub-folder and a lock file too.
      Files.write(folder.resolve("enhet-1.xlsx"), later[0]);
      Thread.sleep(quiet.toMillis() / 2);
      Files.createDirectories(folder.resolve("sen"));
      Files.write(folder.resolve("sen/enhet-2.xlsx"), later[1]);
      Files.writeString(folder.resolve("~$enhet-2.xlsx"), "låst");
      Thread.sleep(quiet.toMillis() / 2);
      Path half = folder.resolve("sen/enhet-3.xlsx");
      try (OutputStream out = Files.newOutputStream(half)) {
        out.write(later[2], 0, later[2].length / 2);
        out.flush();
        Thread.sleep(quiet.toMillis() * 3 / 2);
        assertEquals(1, runs.size(), "no run while a file is half-written");
        assertArrayEquals(first, Files.readAllBytes(output), "the previous output is intact");
        out.write(later[2], later[2].length / 2, later[2].length - later[2].length / 2);
      }

      waitFor(() -> runs.size() >= 2);
      Thread.sleep(quiet.toMillis() * 4); // no further run follows
      assertEquals(2, runs.size(), "exactly one updated output");
      Consolidation.Result second = runs.get(1);
      assertEquals(4, second.units().size(), second.outcomes().toString());
      assertTrue(second.outcomes().stream().noneMatch(o -> o.fate() == se.kompetensgap.validation.FileFate.REJECTED));
      assertTrue(!Arrays.equals(first, Files.readAllBytes(output)));
      assertTrue(problems.isEmpty(), problems.toString());
      try (var listing = Files.list(dir)) {
        assertEquals(List.of("inkommande", "sammanstallning.xlsx"), listing.map(p -> p.getFileName().toString()).sorted().toList());
      }
    } finally {
      watch.stopAndWait(Duration.ofSeconds(30));
      t.join(30_000);
    }
    assertTrue(!t.isAlive(), "the watch stops cleanly");
  }

  static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(50);
    }
  }
}
