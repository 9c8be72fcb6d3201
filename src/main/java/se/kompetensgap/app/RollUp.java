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
    Map<String, FolderScanner.FoundFile> byName =
        found.stream().collect(Collectors.toMap(FolderScanner.FoundFile::name, f -> f, (a, b) -> a));
    ConsolidatedWorkbookReader reader = new ConsolidatedWorkbookReader(config);
    if (!managers.isEmpty()) {
      // An earlier output of this same folder, whatever its name, is skipped as validera skips it
      // (issue 10 §4): it is a consolidation of the same förvaltning's managers, so reading it
      // would count them twice, and refusing the whole folder for it helps nobody.
      java.util.Set<String> administrations = outcomes.stream()
          .flatMap(o -> o.report().stream())
          .map(u -> se.kompetensgap.model.Labelled.normalise(u.info().administration()))
          .collect(Collectors.toSet());
      List<FileOutcome> kept = new ArrayList<>();
      List<String> foreign = new ArrayList<>();
      for (FileOutcome o : outcomes) {
        if (isConsolidatedSkip(o)) {
          Optional<se.kompetensgap.model.ConsolidatedData> data = data(reader, byName.get(o.file()));
          if (data.isPresent() && administrations.contains(se.kompetensgap.model.Labelled.normalise(data.get().administration()))) {
            kept.add(FileOutcome.skipped(o.file(), EARLIER_OUTPUT.formatted(data.get().administration(), data.get().year())));
            continue;
          }
          foreign.add(o.file());
        }
        kept.add(o);
      }
      if (foreign.isEmpty()) {
        return kept;
      }
      consolidated = foreign;
      throw new RefusedException(
          "Mappen innehåller både konsoliderade arbetsböcker (" + list(consolidated) + ") och chefernas "
              + "kartläggningar (" + list(managers) + "). De kan inte sammanställas tillsammans, "
              + "för då räknas enheterna två gånger. Lägg de konsoliderade arbetsböckerna i en egen "
              + "mapp för att sammanställa dem (roll-up), eller ta bort dem ur mappen. Inget skrevs.");
    }
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

  static final String EARLIER_OUTPUT =
      "Filen är en sammanställning av samma förvaltning (%s, år %d) som arbetsböckerna i mappen, "
          + "t.ex. en tidigare utfil eller förra årets sammanställning. Den hoppas över, så att inga enheter "
          + "räknas två gånger. Förra årets sammanställning anges separat när den ska jämföras med.";

  /** What a consolidated workbook holds, if it can be read. */
  private static Optional<se.kompetensgap.model.ConsolidatedData> data(ConsolidatedWorkbookReader reader, FolderScanner.FoundFile f) {
    if (f == null) {
      return Optional.empty();
    }
    try (PoiWorkbookSource source = PoiWorkbookSource.openPreferringCachedValues(f.path().toFile())) {
      return reader.read(f.name(), source, "").data().filter(d -> !d.administration().isBlank());
    } catch (UnreadableFileException | RuntimeException e) {
      return Optional.empty();
    }
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
