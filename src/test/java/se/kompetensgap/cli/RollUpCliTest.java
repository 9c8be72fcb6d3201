package se.kompetensgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;

/** Issue 10 §5: a roll-up's console line counts consolidated workbooks and their units, not rows as "arbetsböcker". */
class RollUpCliTest {

  @Test
  void theLastLineCountsWorkbooksAndUnits(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in");
    ExampleFolder.write(in, ConfigurationParser.defaults());
    Path up = Files.createDirectories(dir.resolve("upp"));
    assertEquals(0, MainTest.run("konsolidera", in.toString(), "-o", up.resolve("a.xlsx").toString()).code());
    MainTest.Run r = MainTest.run("konsolidera", up.toString(), "-o", dir.resolve("stad.xlsx").toString());
    assertEquals(0, r.code(), r.err());
    String last = r.out().strip().lines().reduce((a, b) -> b).orElse("");
    assertEquals("1 sammanställning inläst (14 enheter) → " + dir.resolve("stad.xlsx"), last);
    assertTrue(!r.out().contains("arbetsböcker inlästa"), r.out());
  }
}
