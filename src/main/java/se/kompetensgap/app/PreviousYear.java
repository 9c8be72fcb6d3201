package se.kompetensgap.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.intake.ConsolidatedWorkbookReader;
import se.kompetensgap.intake.PoiWorkbookSource;
import se.kompetensgap.intake.UnreadableFileException;
import se.kompetensgap.model.ConsolidatedData;
import se.kompetensgap.validation.Finding;

/**
 * Last year's consolidated workbook (FJOL, {@code --foregaende}): read with cached values
 * preferred, so goals HR edited by hand are the goals used, and checked before anything is
 * written.
 */
final class PreviousYear {
  private PreviousYear() {}

  static ConsolidatedData read(Path file, Configuration config) throws RefusedException {
    String name = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw new RefusedException("Förra årets arbetsbok \"" + file + "\" finns inte. Ange sökvägen till förra "
          + "årets konsoliderade arbetsbok med --foregaende. Inget skrevs.");
    }
    try (PoiWorkbookSource source = PoiWorkbookSource.openPreferringCachedValues(file.toFile())) {
      ConsolidatedWorkbookReader.Result r = new ConsolidatedWorkbookReader(config).read(name, source, "");
      if (r.data().isEmpty()) {
        throw new RefusedException(
            "Förra årets arbetsbok (--foregaende " + name + ") kan inte användas:\n  "
                + r.findings().stream().filter(Finding::isError).map(Finding::describe).collect(Collectors.joining("\n  "))
                + "\nInget skrevs.");
      }
      return r.data().get();
    } catch (UnreadableFileException e) {
      throw new RefusedException("Förra årets arbetsbok (--foregaende " + name + ") kan inte öppnas: "
          + e.getMessage() + " Inget skrevs.");
    }
  }

  /** FJOL inside the folder is skipped, and says why (not as "the program's own output"). */
  static java.util.List<se.kompetensgap.intake.FolderScanner.FoundFile> relabel(
      java.util.List<se.kompetensgap.intake.FolderScanner.FoundFile> found, java.util.Optional<Path> previous) {
    if (previous.isEmpty()) {
      return found;
    }
    Path fjol = previous.get().toAbsolutePath().normalize();
    return found.stream()
        .map(f -> f.path().toAbsolutePath().normalize().equals(fjol)
            ? new se.kompetensgap.intake.FolderScanner.FoundFile(f.path(), f.name(), java.util.Optional.of(
                "Förra årets sammanställning (--foregaende): den jämförs med, men läses inte in som indata."))
            : f)
        .toList();
  }

  /** FJOL must be of an earlier year than the folder, or the comparison means nothing. */
  static void checkYear(ConsolidatedData previous, int year, Path file) throws RefusedException {
    if (previous.year() >= year) {
      throw new RefusedException(
          "Förra årets arbetsbok (--foregaende " + file.getFileName() + ") gäller år " + previous.year()
              + (previous.year() == year
                  ? ", samma år som mappen"
                  : ", ett senare år än mappens kartläggningar (" + year + ")")
              + ". Ange sammanställningen från ett "
              + "tidigare år (oftast " + (year - 1) + "). Inget skrevs.");
    }
  }
}
