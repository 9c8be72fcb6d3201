package se.kompetensgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kompetensgap.cli.MainTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kompetensgap.cli.MainTest.Run;

/** Issue 14: a command line that helps a new user who types what a new user types. */
class HelpfulCommandLineTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "konsolidra, konsolidera",
    "konsoldiera, konsolidera",
    "valider, validera",
    "exmpel, exempel",
    "fönstret, fonster",
  })
  void aMisspeltCommandGetsMenadeDu(String typed, String meant) {
    Run r = run(typed);
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.err().contains("Okänt kommando \"" + typed + "\". Menade du \"" + meant + "\"?"), r.err());
  }

  @Test
  void aWordThatIsNoCommandListsTheCommands() {
    Run r = run("sammanställ");
    assertTrue(r.err().contains("Kommandona är mall, konsolidera, exempel, bevaka, validera, utskick, rapport, fonster."), r.err());
  }

  @Test
  void aMisspeltFlagGetsMenadeDuAndTheCommandsHelpHint() {
    Run r = run("konsolidera", "examples/inkommande", "-o", "x.xlsx", "--foregånde", "fjol.xlsx");
    assertEquals(ExitCode.USAGE, r.code());
    List<String> lines = r.err().lines().toList();
    assertEquals(List.of(
        "kompetensgap: Okänd flagga \"--foregande\". Menade du \"--foregaende\"?",
        "Skriv \"kompetensgap konsolidera --help\" för hjälp."), lines);
  }

  @Test
  void aFlagSpeltWithÅÄÖIsAccepted(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("mall.xlsx");
    Run r = run("mall", "-o", out.toString(), "--fokusområde", "Vuxna");
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(Files.size(out) > 0);
  }

  @Test
  void noArgumentsPrintsTheOverview() {
    Run r = run();
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.out().startsWith("Användning: kompetensgap <kommando>") && r.out().contains("konsolidera"), r.out());
  }

  @Test
  void versionComesFromThePom() {
    Run r = run("--version");
    assertEquals(ExitCode.OK, r.code());
    assertTrue(r.out().matches("kompetensgap \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), r.out());
  }

  @Test
  void everyErrorEndsWithTheCommandsHelpHint(@TempDir Path dir) {
    Run missingList = run("konsolidera", "examples/inkommande", "-o", dir.resolve("k.xlsx").toString(),
        "--enheter", dir.resolve("finns-inte.xlsx").toString());
    assertEquals(ExitCode.ERROR, missingList.code(), missingList.err());
    List<String> lines = missingList.err().lines().toList();
    assertEquals("Skriv \"kompetensgap konsolidera --help\" för hjälp.", lines.get(lines.size() - 1), missingList.err());
    assertFalse(Files.exists(dir.resolve("k.xlsx")));
  }

  @Test
  void aFileGivenAsTheFolderIsSaidToBeAFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("brev.txt"), "x");
    Run r = run("konsolidera", file.toString(), "-o", dir.resolve("k.xlsx").toString());
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.err().contains("\"" + file + "\" är en fil, inte en mapp."), r.err());
  }

  @Test
  void aFolderGivenAsOutputIsSaidToBeAFolder(@TempDir Path dir) {
    Run r = run("konsolidera", "examples/inkommande", "-o", dir.toString());
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.err().contains("\"" + dir + "\" är en mapp."), r.err());
  }

  /** The README's three: the lock file, the covering letter and the superseded first version. */
  @Test
  void konsolideraNamesEverySkippedFileAndQuietOnlyCountsThem(@TempDir Path dir) {
    Run r = run("konsolidera", "examples/inkommande", "-o", dir.resolve("k.xlsx").toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    List<String> lines = r.err().lines().toList();
    int at = lines.indexOf("Hoppades över (räknas inte):");
    assertTrue(at >= 0, r.err());
    List<String> skipped = lines.subList(at + 1, at + 4);
    assertTrue(skipped.get(0).startsWith("  Barn och unga/~$Barn och unga Norr.xlsx: Excel-låsfil"), r.err());
    assertTrue(skipped.get(1).startsWith("  Följebrev kompetenskartläggning 2026.pdf: Filen är en PDF"), r.err());
    assertTrue(skipped.get(2).startsWith("  Vuxna/Vuxenenheten Syd (första versionen).xlsx: En nyare arbetsbok för samma enhet"), r.err());
    assertTrue(r.out().endsWith("14 arbetsböcker inlästa, 0 avvisade, 3 hoppades över → " + dir.resolve("k.xlsx") + System.lineSeparator()), r.out());

    Run quiet = run("konsolidera", "examples/inkommande", "-o", dir.resolve("k.xlsx").toString(), "-q");
    assertEquals("", quiet.err());
    assertTrue(quiet.out().contains("3 hoppades över"), quiet.out());
  }

  @Test
  void theWindowWithoutADisplaySaysSo() {
    // With a display (WindowTest's surefire execution) `fonster` would open the window and wait.
    org.junit.jupiter.api.Assumptions.assumeTrue(java.awt.GraphicsEnvironment.isHeadless(), "a display is attached");
    Run r = run("fonster");
    assertEquals(ExitCode.ERROR, r.code());
    assertTrue(r.err().contains("Fönstret behöver en skärm"), r.err());
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    "konsolidra, konsolidera, 1",
    "konsoldiera, konsolidera, 1",
    "--foregående, --foregaende, 0",
    "mall, exempel, 5",
  })
  void distance(String a, String b, int expected) {
    assertEquals(expected, DidYouMean.distance(DidYouMean.plain(a), DidYouMean.plain(b)));
  }
}
