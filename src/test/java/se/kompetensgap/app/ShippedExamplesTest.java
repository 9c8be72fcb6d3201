package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;

/** The committed examples/inkommande is what the generator writes, and the README's run reads it. */
class ShippedExamplesTest {

  @Test
  void shippedExamplesConsolidateToTheGeneratorsReport(@TempDir Path dir) throws Exception {
    var config = ConfigurationParser.defaults();
    var result = Consolidation.run(Consolidation.Request.builder(Path.of("examples/inkommande"), dir.resolve("k.xlsx"), config).build());
    assertEquals(List.of(FileFate.READ), result.outcomes().stream().map(FileOutcome::fate).filter(FileFate::counted).distinct().toList());
    assertEquals(14, result.units().size());
    assertEquals(
        GapAnalysis.analyse(ExampleFolder.reports(), config, ExampleFolder.YEAR, ExampleFolder.ADMINISTRATION),
        result.gaps());
  }
}
