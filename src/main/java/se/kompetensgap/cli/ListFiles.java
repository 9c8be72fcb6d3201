package se.kompetensgap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.examples.ExampleLists;
import se.kompetensgap.output.AtomicFile;
import se.kompetensgap.output.ListTemplates;

/** Writes HR's list templates ({@code mall --lista}) and the examples' lists. */
final class ListFiles {
  private ListFiles() {}

  static void write(String which, Path target, Configuration config) throws UsageException, IOException {
    switch (which) {
      case "enheter" -> save(target, ListTemplates.expectedUnits(List.of()));
      case "personal" -> save(target, ListTemplates.headcounts(config, Map.of()));
      default -> throw new UsageException("Okänd lista \"" + which + "\". Skriv enheter eller personal.");
    }
  }

  static void writeExamples(Path folder, Configuration config) throws IOException {
    Files.createDirectories(folder);
    save(folder.resolve("enheter.xlsx"), ListTemplates.expectedUnits(ExampleLists.expectedUnits()));
    save(folder.resolve("personal.xlsx"), ListTemplates.headcounts(config, ExampleLists.headcounts()));
  }

  private static void save(Path target, XSSFWorkbook wb) throws IOException {
    try (wb) {
      AtomicFile.write(target, wb::write);
    }
  }
}
