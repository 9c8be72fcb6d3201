package se.kompetensgap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ARCHITECTURE.md: the pipeline's data flows one way, and POI stays in intake and output. */
class ArchitectureTest {

  static final Path MAIN = Path.of("src/main/java/se/kompetensgap");

  @ParameterizedTest(name = "{0} does not import {1}")
  @CsvSource({
    "model, org.apache.poi",
    "analysis, org.apache.poi",
    "config, org.apache.poi",
    "validation, org.apache.poi",
    "text, org.apache.poi",
    "model, se.kompetensgap.intake",
    "model, se.kompetensgap.output",
    "model, se.kompetensgap.analysis",
    "analysis, se.kompetensgap.intake",
    "analysis, se.kompetensgap.output",
    "intake, se.kompetensgap.output",
    "intake, se.kompetensgap.analysis",
    "output, se.kompetensgap.intake",
    "app, org.apache.poi",
    // Issue 14: the window is another front door to app, holding no rule and no POI.
    "gui, org.apache.poi",
    "gui, se.kompetensgap.intake",
    "gui, se.kompetensgap.output",
    "gui, se.kompetensgap.analysis",
    "app, se.kompetensgap.gui",
  })
  void packageDoesNotImport(String pkg, String forbidden) throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(f)) {
          String l = line.strip();
          if ((l.startsWith("import " + forbidden) || l.startsWith("import static " + forbidden))) {
            offenders.add(MAIN.relativize(f) + ": " + l);
          }
        }
      }
    }
    assertEquals(List.of(), offenders);
  }
}
