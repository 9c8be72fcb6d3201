package se.kompetensgap.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.intake.ConsolidatedWorkbookReader;
import se.kompetensgap.intake.FolderScanner;
import se.kompetensgap.intake.PoiWorkbookSource;
import se.kompetensgap.intake.UnreadableFileException;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.Severity;

/**
 * Roll-up (SPEC §1, §6): a folder of consolidated workbooks (several förvaltningar's, say)
 * consolidates through their Underlag tables, keeping each unit row, so the next level up gets
 * the same kind of workbook. A folder that mixes consolidated and manager workbooks is refused:
 * the units would be counted twice.
 */
final class RollUp {
  private RollUp() {}

  /** The outcomes with each consolidated workbook replaced by its units, or as they were. */
  static List<FileOutcome> resolve(
      List<FolderScanner.FoundFile> found, List<FileOutcome> outcomes, Configuration config) throws RefusedException {
    List<String> consolidated =
        outcomes.stream().filter(RollUp::isConsolidatedSkip).map(FileOutcome::file).toList();
    if (consolidated.isEmpty()) {
      return outcomes;
    }
    List<String> managers =
        outcomes.stream().filter(o -> o.fate().counted()).map(FileOutcome::file).toList();
    if (!managers.isEmpty()) {
      throw new RefusedException(
          "Mappen innehåller både konsoliderade arbetsböcker (" + list(consolidated) + ") och chefernas "
              + "kartläggningar (" + list(managers) + "). De kan inte sammanställas tillsammans, "
              + "för då räknas enheterna två gånger. Lägg de konsoliderade arbetsböckerna i en egen "
              + "mapp för att sammanställa dem (roll-up), eller ta bort dem ur mappen. Inget skrevs.");
    }
    Map<String, FolderScanner.FoundFile> byName =
        found.stream().collect(Collectors.toMap(FolderScanner.FoundFile::name, f -> f, (a, b) -> a));
    ConsolidatedWorkbookReader reader = new ConsolidatedWorkbookReader(config);
    List<FileOutcome> out = new ArrayList<>();
    for (FileOutcome o : outcomes) {
      if (!isConsolidatedSkip(o)) {
        out.add(o);
        continue;
      }
      out.addAll(readOne(reader, byName.get(o.file())));
    }
    return out;
  }

  private static List<FileOutcome> readOne(ConsolidatedWorkbookReader reader, FolderScanner.FoundFile f) {
    try (PoiWorkbookSource source = PoiWorkbookSource.openPreferringCachedValues(f.path().toFile())) {
      ConsolidatedWorkbookReader.Result r = reader.read(f.name(), source, f.name() + ": ");
      if (r.data().isEmpty()) {
        return List.of(FileOutcome.rejected(f.name(), r.findings()));
      }
      List<FileOutcome> units = new ArrayList<>();
      for (UnitReport u : r.data().get().units()) {
        units.add(
            FileOutcome.of(
                u.source(),
                Optional.of(u),
                List.of(
                    Finding.ofFile(
                        u.source(), Severity.NOTE,
                        "Enheten är inläst från tabellen Underlag i den konsoliderade arbetsboken "
                            + f.name() + " (sammanställning av sammanställningar)."))));
      }
      return units;
    } catch (UnreadableFileException e) {
      return List.of(FileOutcome.rejected(f.name(), List.of(Finding.ofFile(f.name(), Severity.ERROR, e.getMessage()))));
    }
  }

  private static boolean isConsolidatedSkip(FileOutcome o) {
    return o.fate() == FileFate.SKIPPED
        && o.findings().stream().anyMatch(x -> x.message().equals(Consolidation.CONSOLIDATED_SKIP));
  }

  private static String list(List<String> files) {
    return files.size() <= 3
        ? String.join(", ", files)
        : String.join(", ", files.subList(0, 3)) + " och " + (files.size() - 3) + " till";
  }
}
