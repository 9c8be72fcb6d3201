package se.kompetensgap.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.FolderRules;

/**
 * Not one workbook of the folder could be read, so there is nothing to consolidate and nothing
 * is written (exit code 1): a workbook of empty tables and charts would only look like a result.
 * The outcomes travel along, so that the caller can still say why each file was rejected.
 */
public final class NothingReadException extends IOException {
  private final transient List<FileOutcome> outcomes;

  NothingReadException(Path folder, List<FileOutcome> outcomes) {
    super(message(folder, outcomes));
    this.outcomes = List.copyOf(outcomes);
  }

  public List<FileOutcome> outcomes() {
    return outcomes;
  }

  private static String message(Path folder, List<FileOutcome> outcomes) {
    Map<FileFate, Integer> counts = FolderRules.counts(outcomes);
    int rejected = counts.getOrDefault(FileFate.REJECTED, 0);
    int skipped = counts.getOrDefault(FileFate.SKIPPED, 0);
    if (rejected == 0) {
      return "Mappen " + folder + " innehåller inga arbetsböcker att sammanställa (.xlsx, .xlsm "
          + "eller .xls), även undermapparna räknade"
          + (skipped > 0 ? "; " + skipped + (skipped == 1 ? " annan fil hoppades över" : " andra filer hoppades över") : "")
          + ". Ingen sammanställning skrevs. Kontrollera att du angav rätt mapp.";
    }
    return "Ingen arbetsbok i " + folder + " kunde läsas (" + rejected + (rejected == 1 ? " avvisad, " : " avvisade, ") + skipped
        + " hoppades över), så ingen sammanställning skrevs. Rätta de avvisade filerna enligt "
        + "meddelandena och kör igen.";
  }
}
