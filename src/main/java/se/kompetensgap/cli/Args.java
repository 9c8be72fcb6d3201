package se.kompetensgap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationException;
import se.kompetensgap.config.ConfigurationParser;

/** The arguments every command reads the same way: parsing, the folder, the output, the configuration. */
final class Args {
  private Args() {}

  /** The flags every command has. */
  static Options common() {
    Options o = new Options();
    o.addOption(Option.builder("h").longOpt("help").desc("visa den här hjälpen").build());
    o.addOption(Option.builder().longOpt("konfiguration").hasArg().argName("FIL")
        .desc("konfigurationsfil (standard: den inbyggda, se workbook-templates/konfiguration.txt)").build());
    return o;
  }

  /**
   * Parses the flags; a flag's name may be spelt with å, ä and ö ({@code --foregående}), and a
   * misspelt one gets "Menade du …?".
   */
  static CommandLine parse(Options options, String[] args) throws UsageException {
    String[] plain = java.util.Arrays.stream(args).map(DidYouMean::plainFlag).toArray(String[]::new);
    try {
      return DefaultParser.builder().build().parse(options, plain);
    } catch (org.apache.commons.cli.UnrecognizedOptionException e) {
      List<String> known = new java.util.ArrayList<>();
      for (Option o : options.getOptions()) {
        if (o.getLongOpt() != null) {
          known.add("--" + o.getLongOpt());
        }
        if (o.getOpt() != null) {
          known.add("-" + o.getOpt());
        }
      }
      String typed = e.getOption();
      String flag = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
      throw new UsageException(Messages.parse(e)
          + DidYouMean.closest(flag, known).map(k -> " Menade du \"" + k + "\"?").orElse(""));
    } catch (ParseException e) {
      throw new UsageException(Messages.parse(e));
    }
  }

  static void noPositional(CommandLine cl) throws UsageException {
    if (!cl.getArgList().isEmpty()) {
      throw new UsageException("Oväntat argument \"" + cl.getArgList().get(0) + "\".");
    }
  }

  /** The one MAPP argument, which must be an existing folder. */
  static Path existingFolder(CommandLine cl) throws UsageException {
    List<String> rest = cl.getArgList();
    if (rest.size() != 1) {
      throw new UsageException(rest.isEmpty() ? "Ange MAPP." : "Ange bara en MAPP.");
    }
    Path folder = Path.of(rest.get(0));
    if (Files.isRegularFile(folder)) {
      throw new UsageException("\"" + folder + "\" är en fil, inte en mapp. Ange mappen där arbetsböckerna ligger.");
    }
    if (!Files.isDirectory(folder)) {
      throw new UsageException("Mappen \"" + folder + "\" finns inte.");
    }
    return folder;
  }

  /** The -o file, which must end in .xlsx and stand in an existing folder. */
  static Path outputFile(CommandLine cl) throws UsageException {
    return outputFile(cl, ".xlsx");
  }

  static Path outputFile(CommandLine cl, String suffix) throws UsageException {
    if (!cl.hasOption("utfil")) {
      throw new UsageException("Ange utfilen med -o FIL" + suffix + ".");
    }
    Path target = Path.of(cl.getOptionValue("utfil"));
    if (Files.isDirectory(target)) {
      throw new UsageException("\"" + target + "\" är en mapp. Ange en fil med -o, t.ex. -o "
          + target.resolve("sammanstallning" + suffix) + ".");
    }
    if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix)) {
      throw new UsageException("Utfilen ska sluta på " + suffix + ": \"" + target + "\".");
    }
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException("Mappen för utfilen finns inte: \"" + dir + "\".");
    }
    return target;
  }

  /**
   * A folder the command fills with files of its own must be new or empty: made-up or generated
   * workbooks never land beside a manager's real ones (issue 10 §3). Exit 1, nothing written.
   */
  static void emptyTarget(Path folder) throws RefusedTargetException, java.io.IOException {
    if (Files.isRegularFile(folder)) {
      throw new RefusedTargetException("\"" + folder + "\" är en fil, inte en mapp. Ange en ny eller tom mapp. Inget skrevs.");
    }
    if (Files.isDirectory(folder)) {
      try (var entries = Files.list(folder)) {
        long n = entries.count();
        if (n > 0) {
          throw new RefusedTargetException("Mappen \"" + folder + "\" är inte tom (" + n + (n == 1 ? " fil eller mapp" : " filer eller mappar")
              + " finns där redan). Ange en ny eller tom mapp, så att inga påhittade eller genererade filer hamnar bland "
              + "riktiga arbetsböcker. Inget skrevs.");
        }
      }
    }
  }

  /** A file flag's value as a path, when given. */
  static Optional<Path> path(CommandLine cl, String option) {
    return Optional.ofNullable(cl.getOptionValue(option)).map(Path::of);
  }

  static Configuration configuration(CommandLine cl) throws IOException, ConfigurationException {
    return cl.hasOption("konfiguration")
        ? ConfigurationParser.read(Path.of(cl.getOptionValue("konfiguration")))
        : ConfigurationParser.defaults();
  }
}
