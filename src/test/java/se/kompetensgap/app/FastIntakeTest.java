package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.examples.GeneratedFolder;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.template.TemplateFiller;
import se.kompetensgap.output.template.TemplateWriter;
import se.kompetensgap.testing.WorkbookDump;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;

/**
 * The fast path (streaming intake on all cores) and the straightforward path (POI's user model,
 * one file at a time) give the same consolidated workbook, cell by cell (issue 6).
 */
class FastIntakeTest {

  @TempDir Path dir;

  static String consolidate(Path folder, Path out, RunSettings settings) throws Exception {
    Configuration config = ConfigurationParser.defaults();
    Consolidation.run(Consolidation.Request.builder(folder, out, config).build(), settings);
    return WorkbookDump.dump(out);
  }

  static void assertSameWorkbook(Path folder, Path outDir) throws Exception {
    String straightforward = consolidate(folder, outDir.resolve("rak.xlsx"), RunSettings.STRAIGHTFORWARD);
    String fast = consolidate(folder, outDir.resolve("snabb.xlsx"), RunSettings.DEFAULT);
    assertEquals(straightforward.replace("rak.xlsx", "X"), fast.replace("snabb.xlsx", "X"));
  }

  @Test
  void givesTheSameWorkbookForTheExamples() throws Exception {
    Path folder = dir.resolve("inkommande");
    ExampleFolder.write(folder, ConfigurationParser.defaults());
    assertSameWorkbook(folder, Files.createDirectories(dir.resolve("ut")));
  }

  @Test
  void givesTheSameWorkbookForAGeneratedFolderWithFormulasAndBadFiles() throws Exception {
    Path folder = dir.resolve("genererad");
    GeneratedFolder.write(folder, 60, ConfigurationParser.defaults());
    // A formula typed into an input cell (POI must evaluate it), a rejected file, not a workbook.
    UnitReport u = GeneratedFolder.unit(60);
    write(folder.resolve("formel.xlsx"), u, wb -> {
      var t = wb.getTable(Contract.MAPPING_TABLE);
      var cell = t.getXSSFSheet().getRow(t.getStartRowIndex() + 1).getCell(t.getStartColIndex() + 1);
      cell.setCellFormula("40+2");
    });
    write(folder.resolve("avvisad.xlsx"), GeneratedFolder.unit(61), wb -> {
      var t = wb.getTable(Contract.MAPPING_TABLE);
      t.getXSSFSheet().getRow(t.getStartRowIndex() + 1).getCell(t.getStartColIndex() + 2).setCellValue("ca 5");
    });
    Files.writeString(folder.resolve("brev.xlsx"), "inte en arbetsbok");
    Path out = Files.createDirectories(dir.resolve("ut"));
    assertSameWorkbook(folder, out);

    Consolidation.Result r =
        Consolidation.run(Consolidation.Request.builder(folder, out.resolve("igen.xlsx"), ConfigurationParser.defaults()).build());
    List<FileOutcome> outcomes = r.outcomes();
    assertEquals(61, outcomes.stream().filter(o -> o.fate().counted()).count());
    assertEquals(2, outcomes.stream().filter(o -> o.fate() == FileFate.REJECTED).count());
    UnitReport formula = r.units().stream().filter(x -> x.source().equals("formel.xlsx")).findFirst().orElseThrow();
    assertEquals(42, formula.rows().get(0).supply().viss());
  }

  static void write(Path file, UnitReport u, java.util.function.Consumer<XSSFWorkbook> edit) throws Exception {
    try (XSSFWorkbook wb = TemplateWriter.build(ConfigurationParser.defaults(), Optional.of(u.info().focusArea()));
        OutputStream out = Files.newOutputStream(file)) {
      TemplateFiller.fill(wb, u);
      edit.accept(wb);
      wb.write(out);
    }
  }

  @Test
  void keepsTheOrderOfTheFilesFound() throws Exception {
    Path folder = dir.resolve("ordning");
    GeneratedFolder.write(folder, 30, ConfigurationParser.defaults());
    Consolidation.Result r =
        Consolidation.run(Consolidation.Request.builder(folder, dir.resolve("o.xlsx"), ConfigurationParser.defaults()).build());
    List<String> files = r.outcomes().stream().map(FileOutcome::file).toList();
    assertEquals(files.stream().sorted().toList(), files);
    assertTrue(r.outcomes().stream().allMatch(o -> o.fate() == FileFate.READ), r.outcomes().toString());
  }
}
