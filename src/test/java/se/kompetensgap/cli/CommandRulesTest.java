package se.kompetensgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.app.Consolidation;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.UnitWorkbooks;

/** Issue 10 §3 and §4: a made-up folder never mixes with a real one; every command honours its flags. */
class CommandRulesTest {

  @Test
  void exempelRefusesAFolderThatAlreadyHoldsFiles(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("inkommande"));
    Path real = Files.writeString(in.resolve("Vuxenenheten Syd.xlsx"), "en chefs riktiga arbetsbok");
    MainTest.Run r = MainTest.run("exempel", "-o", in.toString());
    assertEquals(ExitCode.ERROR, r.code(), r.err());
    assertTrue(r.err().contains("är inte tom") && r.err().contains("Inget skrevs"), r.err());
    try (var files = Files.list(in)) {
      assertEquals(List.of(real), files.toList());
    }
    // A new folder, or an empty one, is fine.
    assertEquals(ExitCode.OK, MainTest.run("exempel", "-o", dir.resolve("ny").toString()).code());
    Path empty = Files.createDirectories(dir.resolve("tom"));
    assertEquals(ExitCode.OK, MainTest.run("exempel", "-o", empty.toString()).code());
  }

  /** The story of the issue: a made-up "newer" version of a unit must not replace the manager's real one. */
  @Test
  void anExampleAmongRealWorkbooksIsRejectedAndTheRealOneCounts(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in");
    assertEquals(ExitCode.OK, MainTest.run("exempel", "-o", in.toString()).code());
    // The manager's real workbook for one of the same units, dated earlier than the example.
    UnitReport example = ExampleFolder.reports().get(4);
    UnitInfo e = example.info();
    UnitReport real = new UnitReport("riktig.xlsx",
        new UnitInfo(e.year(), "Arbetsmarknads- och socialförvaltningen", e.focusArea(), e.department(), e.unit(),
            e.manager(), LocalDate.of(e.year(), 9, 1), e.mappingType()),
        example.rows(), example.risks(), example.activities());
    UnitWorkbooks.write(in.resolve("riktig.xlsx"), ConfigurationParser.defaults(), real);
    MainTest.Run r = MainTest.run("konsolidera", in.toString(), "-o", dir.resolve("k.xlsx").toString());
    assertEquals(ExitCode.SOME_REJECTED, r.code(), r.err());
    assertTrue(r.out().contains("1 arbetsbok inläst, 15 avvisade"), r.out());
    assertTrue(r.err().contains("påhittat exempel"), r.err());
  }

  @Test
  void aFolderOfOnlyExamplesIsConsolidatedAsUsual(@TempDir Path dir) throws Exception {
    MainTest.Run r = MainTest.run("konsolidera", "examples/inkommande", "-o", dir.resolve("k.xlsx").toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
  }

  /** bevaka used to list --enheter, --personal and --utan-enheter in its help and then ignore them. */
  @Test
  void bevakaBuildsTheSameRequestAsKonsolidera(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String[] flags = {in.toString(), "-o", dir.resolve("k.xlsx").toString(), "--utan-enheter",
        "--enheter", "examples/enheter.xlsx", "--personal", "examples/personal.xlsx", "--foregaende", "fjol.xlsx"};
    Consolidation.Request watch = request(new WatchCommand(), flags);
    Consolidation.Request consolidate = request(new ConsolidateCommand(), flags);
    assertEquals(consolidate, watch);
    assertTrue(watch.withoutUnits());
    assertEquals(Optional.of(Path.of("examples/enheter.xlsx")), watch.expectedUnits());
    assertEquals(Optional.of(Path.of("examples/personal.xlsx")), watch.headcounts());
    assertEquals(Optional.of(Path.of("fjol.xlsx")), watch.previous());
    // Every flag konsolidera has, bevaka has too.
    for (var o : new ConsolidateCommand().options().getOptions()) {
      assertTrue(new WatchCommand().options().hasLongOption(o.getLongOpt()), o.getLongOpt());
    }
  }

  @Test
  void aFileWhereAFolderIsExpectedSaysSo(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("mapp.xlsx"), "x");
    MainTest.Run r = MainTest.run("konsolidera", file.toString(), "-o", dir.resolve("k.xlsx").toString());
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.err().contains("är en fil, inte en mapp"), r.err());
    assertTrue(r.err().contains("kompetensgap konsolidera --help"), r.err());
    MainTest.Run out = MainTest.run("konsolidera", "examples/inkommande", "-o", dir.toString());
    assertEquals(ExitCode.USAGE, out.code());
    assertTrue(out.err().contains("är en mapp"), out.err());
    assertFalse(out.err().contains("ska sluta på"), out.err());
  }

  /** An earlier output lying in the folder is skipped by konsolidera as by validera; a real mix is still refused. */
  @Test
  void anEarlierOutputInTheFolderIsSkippedWhateverItsName(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in");
    assertEquals(ExitCode.OK, MainTest.run("exempel", "-o", in.toString()).code());
    assertEquals(ExitCode.OK, MainTest.run("konsolidera", in.toString(), "-o", in.resolve("gammal sammanställning.xlsx").toString()).code());
    MainTest.Run r = MainTest.run("konsolidera", in.toString(), "-o", dir.resolve("y.xlsx").toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(r.out().contains("14 arbetsböcker inlästa, 0 avvisade, 4 hoppades över"), r.out());
    MainTest.Run v = MainTest.run("validera", in.toString());
    assertEquals(ExitCode.OK, v.code(), v.out());
    assertTrue(v.out().contains("gammal sammanställning.xlsx"), v.out());

    // Another förvaltning's consolidated workbook among these managers' workbooks is a real mix.
    Path other = Files.createDirectories(dir.resolve("annan"));
    UnitReport u = ExampleFolder.reports().get(0);
    UnitInfo i = u.info();
    UnitWorkbooks.write(other.resolve("enhet.xlsx"), ConfigurationParser.defaults(), new UnitReport("enhet.xlsx",
        new UnitInfo(i.year(), "Stadsbyggnadsförvaltningen", i.focusArea(), i.department(), i.unit(), i.manager(), i.date(), i.mappingType()),
        u.rows(), u.risks(), u.activities()));
    assertEquals(ExitCode.OK, MainTest.run("konsolidera", other.toString(), "-o", in.resolve("annan.xlsx").toString()).code());
    MainTest.Run mixed = MainTest.run("konsolidera", in.toString(), "-o", dir.resolve("z.xlsx").toString());
    assertEquals(ExitCode.ERROR, mixed.code(), mixed.err());
    assertTrue(mixed.err().contains("annan.xlsx") && !mixed.err().contains("gammal sammanställning.xlsx"), mixed.err());
  }

  private static Consolidation.Request request(Command command, String[] args) throws Exception {
    Options options = Args.common();
    command.options().getOptions().forEach(options::addOption);
    return RequestOptions.request(Args.parse(options, args));
  }
}
