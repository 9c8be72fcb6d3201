package se.kompetensgap.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds every file under HR's folder, sub-folders included, and says which are workbooks to
 * read and which are noise to skip (SPEC §1: lock files, PDFs, e-mails …). Every file found
 * is returned, so that every one can be accounted for in Inläsning.
 */
public final class FolderScanner {

  /** A file found, with its path relative to the folder (with forward slashes) for messages. */
  public record FoundFile(Path path, String name, Optional<String> skipReason) {}

  private FolderScanner() {}

  public static List<FoundFile> scan(Path folder, List<Path> excluded) throws IOException {
    List<Path> ownOutputs = new ArrayList<>();
    for (Path p : excluded) {
      ownOutputs.add(p.toAbsolutePath().normalize());
    }
    List<FoundFile> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files =
          walk.filter(p -> Files.isRegularFile(p) || isEmptyFolder(folder, p))
              .sorted(Comparator.comparing(Path::toString))
              .toList();
      for (Path p : files) {
        String name = folder.relativize(p).toString().replace('\\', '/');
        Optional<String> reason =
            name.equalsIgnoreCase(se.kompetensgap.text.ListContract.MAILING_LIST_FILE)
                ? Optional.of(MAILING_LIST_SKIPPED)
                : skipReason(p, ownOutputs);
        found.add(new FoundFile(p, name, reason));
      }
    }
    return found;
  }

  /** An empty sub-folder is listed too, so that HR sees it was looked in (issue 5). */
  private static boolean isEmptyFolder(Path folder, Path p) {
    if (p.equals(folder) || !Files.isDirectory(p)) {
      return false;
    }
    try (Stream<Path> children = Files.list(p)) {
      return children.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  static final String MAILING_LIST_SKIPPED =
      "Utskickslistan från kommandot utskick (för koppla dokument), ingen kartläggning. Inget att åtgärda.";

  static Optional<String> skipReason(Path p, List<Path> ownOutputs) {
    if (Files.isDirectory(p)) {
      return Optional.of("Tom mapp. Inget att åtgärda.");
    }
    String file = p.getFileName().toString();
    String lower = file.toLowerCase(Locale.ROOT);
    if (ownOutputs.contains(p.toAbsolutePath().normalize())) {
      return Optional.of("Programmets egen utfil läses aldrig in.");
    }
    if (file.startsWith("~$")) {
      return Optional.of(
          "Excel-låsfil (skapas när någon har arbetsboken öppen). Inget att åtgärda.");
    }
    if (file.startsWith(".~lock.")) {
      return Optional.of(
          "LibreOffice-låsfil (skapas när någon har arbetsboken öppen). Inget att åtgärda.");
    }
    if (lower.equals("thumbs.db") || lower.equals(".ds_store") || lower.equals("desktop.ini")) {
      return Optional.of("Systemfil från Windows eller macOS. Inget att åtgärda.");
    }
    if (file.startsWith(".")) {
      return Optional.of("Dold fil. Inget att åtgärda.");
    }
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
      return Optional.empty();
    }
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 ? "utan ändelse" : lower.substring(dot);
    String kind =
        switch (ext) {
          case ".pdf" -> "en PDF";
          case ".msg", ".eml" -> "ett sparat e-postmeddelande";
          case ".doc", ".docx" -> "ett Word-dokument";
          case ".txt" -> "en textfil";
          case ".csv" -> "en CSV-fil";
          case ".ods" -> "ett LibreOffice-kalkylark (.ods)";
          default -> "inte en Excel-arbetsbok (" + ext + ")";
        };
    String hint =
        ext.equals(".ods") || ext.equals(".csv")
            ? " Öppna den och spara som Excel-arbetsbok (.xlsx) om den är en kartläggning."
            : " Om den innehåller en kartläggning: be chefen skicka arbetsboken som .xlsx.";
    return Optional.of("Filen är " + kind + " och läses inte." + hint);
  }
}
