package se.kompetensgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.Receipts;
import se.kompetensgap.testing.UnitWorkbooks;

/**
 * {@code validera --foregaende} (issue 10): a Lättversion unit's receipt says it is read, as
 * {@code konsolidera --foregaende} would read it; without last year's workbook it is rejected,
 * and its receipt tells the manager that HR needs last year's workbook, never a command-line flag.
 */
class ValidateWithLastYearTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();

  @TempDir static Path dir;
  static Path fjol;
  static Path thisYear;

  record Run(int code, String out, String err) {}

  static Run main(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static UnitReport unit(int year, String unit, MappingType type) {
    LevelCounts n = LevelCounts.of(2, 3, 4, 1);
    UnitInfo info = new UnitInfo(year, "Arbetsmarknads- och socialförvaltningen", new FocusArea("Vuxna"), "Myndighet vuxna",
        unit, "Chef " + unit, LocalDate.of(year, 9, 1), type);
    return new UnitReport(unit + ".xlsx", info,
        List.of(new CategoryRow(new Category("Socialsekreterare myndighet vuxna"), n, n.plus(LevelCounts.of(0, 0, 2, 1)), n)),
        List.of(), List.of());
  }

  @BeforeAll
  static void lastYearAndThisYear() throws Exception {
    Path last = dir.resolve("2017");
    for (String u : List.of("Norr", "Söder")) {
      UnitWorkbooks.write(last.resolve(u + ".xlsx"), CONFIG, unit(2017, u, MappingType.FULL));
    }
    fjol = dir.resolve("konsoliderad-2017.xlsx");
    assertEquals(0, main("konsolidera", last.toString(), "-o", fjol.toString()).code());
    thisYear = dir.resolve("2018");
    UnitWorkbooks.write(thisYear.resolve("Norr.xlsx"), CONFIG, unit(2018, "Norr", MappingType.FULL));
    UnitWorkbooks.write(thisYear.resolve("Söder.xlsx"), CONFIG, unit(2018, "Söder", MappingType.LIGHT));
  }

  @Test
  void withLastYearTheLattversionIsReadAndItsReceiptSaysSo() throws Exception {
    Path receipts = dir.resolve("kvitton-med");
    Run r = main("validera", thisYear.toString(), "--foregaende", fjol.toString(), "--kvitton", receipts.toString());
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("2 arbetsböcker kan läsas in, 0 avvisas"), r.out());
    String receipt = Files.readString(receipts.resolve(Receipts.fileName("Söder.xlsx")), StandardCharsets.UTF_8);
    assertFalse(receipt.contains("AVVISAD"), receipt);
    assertTrue(receipt.replaceAll("\\s+", " ").contains("Lättversion: tillgången är hämtad från förra årets sammanställning"), receipt);
  }

  @Test
  void withoutLastYearTheReceiptNamesNoFlagButTheConsoleTellsHr() throws Exception {
    Path receipts = dir.resolve("kvitton-utan");
    Run r = main("validera", thisYear.toString(), "--kvitton", receipts.toString());
    assertEquals(ExitCode.SOME_REJECTED, r.code());
    String receipt = Files.readString(receipts.resolve(Receipts.fileName("Söder.xlsx")), StandardCharsets.UTF_8);
    assertTrue(receipt.contains("AVVISAD"), receipt);
    assertTrue(receipt.replaceAll("\\s+", " ").contains("HR behöver förra årets sammanställning för att läsa in en Lättversion."), receipt);
    assertFalse(receipt.contains("--"), receipt);
    assertTrue(r.out().contains("kör igen med --foregaende FJOL.xlsx"), r.out());
  }

  @Test
  void theHelpNamesTheOption() {
    Run r = main("validera", "--help");
    assertTrue(r.out().contains("--foregaende"), r.out());
  }
}
