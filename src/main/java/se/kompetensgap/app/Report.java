package se.kompetensgap.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.intake.ReportWorkbookReader;
import se.kompetensgap.intake.UnreadableFileException;
import se.kompetensgap.model.report.ReportWorkbook;
import se.kompetensgap.output.AtomicFile;
import se.kompetensgap.output.report.ReportDocument;

/**
 * One run of {@code rapport} (issue 12): reads the consolidated workbook as HR left it and
 * writes the nämnd's Word report beside nothing else. The output is written atomically; a
 * workbook that cannot be read writes nothing.
 */
public final class Report {
  private Report() {}

  /** The file HR keeps beside the configuration for the report's Inledning. */
  public static final String INTRODUCTION_FILE = "rapport-inledning.txt";
  /** Configuration settings the report reads ([Inställningar]). */
  public static final String BOARD_SETTING = "Nämnd";
  public static final String ADMINISTRATION_SETTING = "Förvaltning";
  public static final String LARGE_GAP_SETTING = "Stort kvalitativt gap från andel av största";

  /**
   * @param configFile the configuration file given, if any: rapport-inledning.txt is looked for
   *     beside it
   * @param introduction an explicit Inledning file, overriding the one beside the configuration
   */
  public record Request(
      Path workbook, Path output, Configuration config, Optional<Path> configFile, Optional<Path> introduction, LocalDate date) {
    public Request {
      Objects.requireNonNull(workbook);
      Objects.requireNonNull(output);
      Objects.requireNonNull(config);
      Objects.requireNonNull(configFile);
      Objects.requireNonNull(introduction);
      Objects.requireNonNull(date);
    }
  }

  /**
   * What was written, for the console line; {@code notice}: what HR should check (the
   * configuration names another förvaltning than the workbook).
   */
  public record Result(int year, int categories, int activities, boolean evaluation, Optional<String> notice) {}

  public static Result run(Request r) throws IOException {
    if (!Files.isRegularFile(r.workbook())) {
      throw new RefusedException("Arbetsboken " + r.workbook() + " finns inte. Ange den konsoliderade arbetsboken "
          + "som kommandot konsolidera skrev.");
    }
    ReportWorkbook w;
    try {
      w = ReportWorkbookReader.read(r.workbook().toFile());
    } catch (UnreadableFileException e) {
      throw new RefusedException(e.getMessage() + " Ingen rapport skrevs.");
    }
    List<String> introduction = introduction(r);
    String configured = r.config().setting(ADMINISTRATION_SETTING, "");
    Optional<String> notice = otherAdministration(configured, w);
    ReportDocument.Front front = new ReportDocument.Front(
        r.config().setting(BOARD_SETTING, ""),
        // The workbook's förvaltning (with its "(exempel)" mark) over the configuration's default.
        w.administration().isBlank() ? configured : w.administration(),
        r.date(),
        introduction,
        share(r.config().setting(LARGE_GAP_SETTING, "25 %")));
    AtomicFile.write(r.output(), out -> ReportDocument.write(w, front, out));
    int categories = (int) w.goals().stream().map(g -> g.category()).distinct().count();
    return new Result(w.year(), categories, w.activities().size(), w.fulfilment().isPresent(), notice);
  }

  /**
   * When the configuration names a förvaltning the workbook is not about (the shipped
   * configuration on another förvaltning's workbook, say), the title page names the workbook's,
   * and HR hears that the Nämnd may be wrong too. A roll-up names its organisation either way.
   */
  static Optional<String> otherAdministration(String configured, ReportWorkbook w) {
    String own = w.administration().replace(se.kompetensgap.text.Contract.EXAMPLE_MARK, "");
    if (configured.isBlank() || own.isBlank() || w.scope().isRollUp()
        || se.kompetensgap.model.Labelled.normalise(configured).equals(se.kompetensgap.model.Labelled.normalise(own))) {
      return Optional.empty();
    }
    return Optional.of("Konfigurationen anger Förvaltning = " + configured + ", men arbetsboken gäller " + w.administration()
        + ". Titelsidan namnger " + w.administration() + ". Kontrollera också Nämnd i konfigurationen (--konfiguration).");
  }

  /** Paragraphs separated by blank lines; lines starting with # are comments. */
  static List<String> introduction(Request r) throws IOException {
    Optional<Path> file = r.introduction().or(() ->
        r.configFile().map(c -> c.toAbsolutePath().getParent().resolve(INTRODUCTION_FILE)).filter(Files::isRegularFile));
    String text;
    if (file.isPresent()) {
      if (!Files.isRegularFile(file.get())) {
        throw new RefusedException("Texten till Inledning, " + file.get() + ", finns inte. Ange en textfil (UTF-8) "
            + "eller utelämna flaggan, så används standardtexten.");
      }
      text = Files.readString(file.get(), StandardCharsets.UTF_8);
    } else {
      try (InputStream in = Report.class.getResourceAsStream("/se/kompetensgap/config/" + INTRODUCTION_FILE)) {
        text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return paragraphs(text);
  }

  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder p = new StringBuilder();
    for (String line : text.replace("\uFEFF", "").split("\\R", -1)) {
      String l = line.strip();
      if (l.startsWith("#")) {
        continue;
      }
      if (l.isEmpty()) {
        if (p.length() > 0) {
          out.add(p.toString());
          p.setLength(0);
        }
      } else {
        if (p.length() > 0) {
          p.append(' ');
        }
        p.append(l);
      }
    }
    if (p.length() > 0) {
      out.add(p.toString());
    }
    return out;
  }

  /** "25 %" → 0.25. */
  static double share(String setting) {
    try {
      return Double.parseDouble(setting.replace("%", "").replace(',', '.').strip()) / 100.0;
    } catch (NumberFormatException e) {
      return 0.25;
    }
  }
}
