package se.kompetensgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --enheter and --personal on the command line, and mall --lista. */
class ReportListsCliTest {

  @Test
  void printsTheUnitsThatHaveNotReturnedTheirWorkbook(@TempDir Path dir) {
    Path in = dir.resolve("in");
    assertEquals(ExitCode.OK, MainTest.run("exempel", "-o", in.toString(), "--listor", dir.toString()).code());
    MainTest.Run r = MainTest.run("konsolidera", in.toString(), "-o", dir.resolve("ut.xlsx").toString(),
        "--enheter", dir.resolve("enheter.xlsx").toString(), "--personal", dir.resolve("personal.xlsx").toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(r.out().contains("Enheter som inte har lämnat in (1):\n  Vuxna / Myndighet vuxna / Mottagningsenheten vuxna – Nils Åberg <nils.aberg@exempel.se>"), r.out());
  }

  @Test
  void aListThatCannotBeUsedStopsTheRunWithAMessageAndWritesNothing(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in");
    MainTest.run("exempel", "-o", in.toString());
    Path wrong = dir.resolve("personal.xlsx");
    assertEquals(ExitCode.OK, MainTest.run("mall", "-o", wrong.toString()).code(), "a manager's template, not the list");
    Path out = dir.resolve("ut.xlsx");
    MainTest.Run r = MainTest.run("konsolidera", in.toString(), "-o", out.toString(), "--personal", wrong.toString());
    assertEquals(ExitCode.ERROR, r.code());
    assertTrue(r.err().contains("tabellen Personal") && r.err().contains("workbook-templates"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void mallWritesTheListTemplates(@TempDir Path dir) {
    assertEquals(ExitCode.OK, MainTest.run("mall", "--lista", "enheter", "-o", dir.resolve("e.xlsx").toString()).code());
    assertTrue(Files.exists(dir.resolve("e.xlsx")));
    MainTest.Run r = MainTest.run("mall", "--lista", "chefer", "-o", dir.resolve("x.xlsx").toString());
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.err().contains("Okänd lista"), r.err());
  }
}
