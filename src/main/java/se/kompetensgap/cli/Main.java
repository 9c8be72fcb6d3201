package se.kompetensgap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import se.kompetensgap.app.Consolidation;
import se.kompetensgap.app.NothingReadException;
import se.kompetensgap.app.FolderWatch;
import se.kompetensgap.app.RunSettings;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.config.CategoryMatcher;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationException;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.output.AtomicFile;
import se.kompetensgap.output.template.TemplateWriter;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.FolderRules;
import se.kompetensgap.validation.Severity;

/**
 * The command line. {@code main} only exits with what {@link #run} returns, so the whole CLI is
 * testable with strings (after google-java-format's Main).
 */
public final class Main {

  static final String PROGRAM = "kompetensgap";

  static final String OVERVIEW =
      """
      Användning: kompetensgap <kommando> [flaggor]

      Kommandon:
        mall          Skriv en tom kartläggningsmall som cheferna fyller i.
        konsolidera   Sammanställ en mapp med ifyllda kartläggningar till en arbetsbok.
        exempel       Skriv en mapp med påhittade, ifyllda kartläggningar (för att prova).
        bevaka        Bevaka en mapp och sammanställ på nytt när filerna har slutat ändras.
        utskick       Skriv nästa års arbetsbok till varje enhet, ifylld med förra årets kartläggning.
        validera      Kontrollera en mapp utan att sammanställa; skriv kvitton till cheferna.

      Skriv "kompetensgap <kommando> --help" för kommandots flaggor.

      Slutkoder:
        0   allt som hittades lästes in (eller hoppades över som ovidkommande filer)
        2   arbetsboken skrevs, men minst en fil avvisades (se bladet Inläsning)
        1   fel: inget skrevs
        64  felaktigt kommando eller flagga
      """;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    return new Main(out, err).run(args);
  }

  int run(String[] args) {
    try {
      if (args.length == 0) {
        throw new UsageException("Ange ett kommando.");
      }
      String command = args[0];
      String[] rest = Arrays.copyOfRange(args, 1, args.length);
      return switch (command) {
        case "-h", "--help", "--hjalp", "hjälp" -> {
          out.print(OVERVIEW);
          yield ExitCode.OK;
        }
        case "mall" -> template(rest);
        case "konsolidera" -> consolidate(rest);
        case "exempel" -> examples(rest);
        case "bevaka" -> watch(rest);
        case "validera" -> validate(rest);
        case "utskick" -> new MailingCommand(out).run(rest);
        default -> throw new UsageException("Okänt kommando \"" + command + "\".");
      };
    } catch (UsageException e) {
      err.println(PROGRAM + ": " + e.getMessage());
      err.println("Skriv \"" + PROGRAM + " --help\" för hjälp.");
      return ExitCode.USAGE;
    } catch (ConfigurationException e) {
      err.println(PROGRAM + ": konfigurationen kan inte användas: " + e.getMessage());
      return ExitCode.ERROR;
    } catch (se.kompetensgap.app.RefusedException | se.kompetensgap.intake.ListFileException e) {
      err.println(PROGRAM + ": " + e.getMessage());
      return ExitCode.ERROR;
    } catch (IOException e) {
      err.println(PROGRAM + ": " + Messages.io(e));
      return ExitCode.ERROR;
    }
  }

  // --- mall ---

  private static Options templateOptions() {
    Options o = common();
    o.addOption(Option.builder("o").longOpt("utfil").hasArg().argName("FIL").desc("mallen som ska skrivas (.xlsx)").build());
    o.addOption(Option.builder().longOpt("fokusomrade").hasArg().argName("NAMN").desc("bara det här fokusområdets yrkeskategorier, och fokusområdet ifyllt").build());
    o.addOption(Option.builder().longOpt("ar").hasArg().argName("ÅR").desc("året, ifyllt i bladet Enhet").build());
    o.addOption(Option.builder().longOpt("sista-dag").hasArg().argName("ÅÅÅÅ-MM-DD").desc("sista dag att skicka tillbaka arbetsboken, skrivs i instruktionerna").build());
    o.addOption(Option.builder().longOpt("lista").hasArg().argName("enheter|personal").desc("skriv i stället HR:s lista över förväntade enheter (för --enheter) eller antal anställda (för --personal)").build());
    return o;
  }

  private int template(String[] args) throws UsageException, IOException, ConfigurationException {
    Options options = templateOptions();
    CommandLine cl = parse(options, args);
    if (cl.hasOption("help")) {
      help("mall -o FIL.xlsx", "Skriver den tomma kartläggningsmallen som cheferna fyller i.", options);
      return ExitCode.OK;
    }
    noPositional(cl);
    Path target = outputFile(cl);
    Configuration config = configuration(cl);
    if (cl.hasOption("lista")) {
      ListFiles.write(cl.getOptionValue("lista"), target, config);
      out.println("Listan skrevs till " + target + ".");
      return ExitCode.OK;
    }
    Optional<FocusArea> area = Optional.empty();
    if (cl.hasOption("fokusomrade")) {
      CategoryMatcher matcher = new CategoryMatcher(config);
      String typed = cl.getOptionValue("fokusomrade");
      area = Optional.of(
          matcher.focusArea(typed).orElseThrow(() -> new UsageException(
              "Okänt fokusområde \"" + typed + "\". Menade du \"" + matcher.closestFocusArea(typed) + "\"?")));
    }
    Optional<FocusArea> chosen = area;
    TemplateWriter.Edition edition = new TemplateWriter.Edition(
        MailingCommand.year(cl.getOptionValue("ar")), MailingCommand.lastDay(cl.getOptionValue("sista-dag")));
    AtomicFile.write(target, os -> TemplateWriter.write(config, chosen, edition, os));
    out.println("Mallen skrevs till " + target + ".");
    return ExitCode.OK;
  }

  // --- konsolidera ---

  private static Options consolidateOptions() {
    Options o = common();
    o.addOption(Option.builder("o").longOpt("utfil").hasArg().argName("FIL").desc("den konsoliderade arbetsboken som ska skrivas (.xlsx)").build());
    o.addOption(Option.builder("q").longOpt("tyst").desc("skriv bara sammanfattningsraden").build());
    o.addOption(Option.builder().longOpt("foregaende").hasArg().argName("FJOL.xlsx")
        .desc("förra årets konsoliderade arbetsbok: ger bladen Måluppfyllelse och Förändring, och tillgången för Lättversioner").build());
    o.addOption(Option.builder().longOpt("utan-enheter").desc("versionen att skicka uppåt: Underlag per fokusområde och avdelning, inga enheter eller chefers namn").build());
    o.addOption(Option.builder().longOpt("enheter").hasArg().argName("FIL").desc("lista över enheter som ska lämna in (mall: workbook-templates/enheter.xlsx); saknade enheter skrivs ut").build());
    o.addOption(Option.builder().longOpt("personal").hasArg().argName("FIL").desc("antal anställda per yrkeskategori enligt personalstatistiken (mall: workbook-templates/personal.xlsx)").build());
    return o;
  }

  private int consolidate(String[] args) throws UsageException, IOException, ConfigurationException {
    Options options = consolidateOptions();
    CommandLine cl = parse(options, args);
    if (cl.hasOption("help")) {
      help("konsolidera MAPP -o FIL.xlsx [--foregaende FJOL.xlsx]",
          "Läser alla arbetsböcker i MAPP (även undermappar) och skriver en konsoliderad arbetsbok.", options);
      return ExitCode.OK;
    }
    Path folder = existingFolder(cl);
    Path target = outputFile(cl);
    Configuration config = configuration(cl);
    Optional<Path> previous = Optional.ofNullable(cl.getOptionValue("foregaende")).map(Path::of);
    ProgressLine progress = ProgressLine.forConsole(err, cl.hasOption("tyst"));
    Consolidation.Result result;
    try {
      result = Consolidation.run(
            new Consolidation.Request(
                folder,
                target,
                config,
                previous,
                cl.hasOption("utan-enheter"),
                Optional.ofNullable(cl.getOptionValue("enheter")).map(Path::of),
                Optional.ofNullable(cl.getOptionValue("personal")).map(Path::of)),
            RunSettings.DEFAULT.withListener(progress));
    } catch (NothingReadException e) {
      progress.finish();
      report(e.outcomes());
      err.println(PROGRAM + ": " + e.getMessage());
      return ExitCode.ERROR;
    }
    progress.finish();
    SubmissionReport.print(result.submissions(), out);
    Map<FileFate, Integer> counts = FolderRules.counts(result.outcomes());
    int rejected = counts.getOrDefault(FileFate.REJECTED, 0);
    if (!cl.hasOption("tyst")) {
      report(result.outcomes());
    }
    out.println(summary(result, target));
    return rejected > 0 ? ExitCode.SOME_REJECTED : ExitCode.OK;
  }

  /** Rejected files and their errors on stderr, sorted by file; warnings counted. */
  private void report(List<FileOutcome> outcomes) {
    List<FileOutcome> rejected = outcomes.stream().filter(o -> o.fate() == FileFate.REJECTED)
        .sorted(java.util.Comparator.comparing(FileOutcome::file)).toList();
    if (!rejected.isEmpty()) {
      err.println("Avvisade filer (räknas inte; rätta och kör igen):");
      for (FileOutcome o : rejected) {
        for (Finding f : o.findings()) {
          if (f.severity() == Severity.ERROR) {
            err.println("  " + f.describe());
          }
        }
      }
    }
    long warnings = outcomes.stream().flatMap(o -> o.findings().stream())
        .filter(f -> f.severity() == Severity.WARNING).count();
    if (warnings > 0) {
      err.println(warnings + (warnings == 1 ? " varning" : " varningar") + "; se bladet Inläsning.");
    }
  }

  // --- bevaka ---

  private static Options watchOptions() {
    Options o = consolidateOptions();
    o.addOption(Option.builder().longOpt("vila").hasArg().argName("SEKUNDER").desc("sammanställ när inget har ändrats på så här många sekunder (standard 3)").build());
    return o;
  }

  private int watch(String[] args) throws UsageException, IOException, ConfigurationException {
    Options options = watchOptions();
    CommandLine cl = parse(options, args);
    if (cl.hasOption("help")) {
      help("bevaka MAPP -o FIL.xlsx",
          "Bevakar MAPP (även undermappar) och skriver den konsoliderade arbetsboken på nytt några "
              + "sekunder efter att filerna har slutat ändras. Avsluta med Ctrl-C.", options);
      return ExitCode.OK;
    }
    Path folder = existingFolder(cl);
    Path target = outputFile(cl);
    Configuration config = configuration(cl);
    java.time.Duration quiet;
    try {
      double seconds = Double.parseDouble(cl.getOptionValue("vila", "3").replace(',', '.'));
      if (!(seconds > 0 && seconds <= 3600)) {
        throw new NumberFormatException();
      }
      quiet = java.time.Duration.ofMillis(Math.round(seconds * 1000));
    } catch (NumberFormatException e) {
      throw new UsageException("--vila ska vara ett antal sekunder mellan 0 och 3600, t.ex. 3.");
    }
    boolean quietOutput = cl.hasOption("tyst");
    FolderWatch watch =
        new FolderWatch(
            new Consolidation.Request(folder, target, config, Optional.ofNullable(cl.getOptionValue("foregaende")).map(Path::of)),
            quiet,
            result -> {
              if (!quietOutput) {
                report(result.outcomes());
              }
              out.println(java.time.LocalDateTime.now().withNano(0) + " " + summary(result, target));
            },
            problem -> err.println(java.time.LocalDateTime.now().withNano(0) + " " + problem));
    Thread hook = new Thread(() -> watch.stopAndWait(java.time.Duration.ofMinutes(2)), "kompetensgap-stopp");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("Bevakar " + folder + " → " + target + ". Avsluta med Ctrl-C.");
    watch.run();
    out.println("Bevakningen avslutades.");
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down (Ctrl-C): the hook is what stopped us
    }
    return ExitCode.OK;
  }

  private static String summary(Consolidation.Result result, Path target) {
    Map<FileFate, Integer> counts = FolderRules.counts(result.outcomes());
    int read = counts.getOrDefault(FileFate.READ, 0) + counts.getOrDefault(FileFate.READ_WITH_WARNINGS, 0);
    int rejected = counts.getOrDefault(FileFate.REJECTED, 0);
    return read + (read == 1 ? " arbetsbok inläst, " : " arbetsböcker inlästa, ")
        + rejected + (rejected == 1 ? " avvisad, " : " avvisade, ")
        + counts.getOrDefault(FileFate.SKIPPED, 0) + " hoppades över → " + target;
  }

  // --- validera ---

  private static Options validateOptions() {
    Options o = common();
    o.addOption(Option.builder().longOpt("kvitton").hasArg().argName("UTMAPP").desc("skriv ett kvitto (textfil) per chefs arbetsbok i UTMAPP, att mejla tillbaka").build());
    return o;
  }

  private int validate(String[] args) throws UsageException, IOException, ConfigurationException {
    Options options = validateOptions();
    CommandLine cl = parse(options, args);
    if (cl.hasOption("help")) {
      help("validera MAPP [--kvitton UTMAPP]",
          "Kontrollerar alla arbetsböcker i MAPP utan att sammanställa, och skriver vad som hände med varje fil.", options);
      return ExitCode.OK;
    }
    Path folder = existingFolder(cl);
    Configuration config = configuration(cl);
    se.kompetensgap.app.Validation.Result result = se.kompetensgap.app.Validation.run(folder, config);
    for (FileOutcome o : result.outcomes().stream().sorted(java.util.Comparator.comparing(FileOutcome::file)).toList()) {
      out.println(String.format("%-22s %s", o.fate().label(), o.file()));
      for (Finding f : o.findings()) {
        out.println("    " + f.severity().label() + ": " + (f.place().isEmpty() ? "" : f.place() + ": ") + f.message());
      }
    }
    Map<FileFate, Integer> counts = FolderRules.counts(result.outcomes());
    int rejected = counts.getOrDefault(FileFate.REJECTED, 0);
    int read = counts.getOrDefault(FileFate.READ, 0) + counts.getOrDefault(FileFate.READ_WITH_WARNINGS, 0);
    String receipts = "";
    if (cl.hasOption("kvitton")) {
      Path dir = Path.of(cl.getOptionValue("kvitton"));
      if (dir.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize())) {
        throw new UsageException("Kvittomappen får inte ligga i mappen som kontrolleras: \"" + dir + "\".");
      }
      int n = se.kompetensgap.app.Validation.writeReceipts(result, dir).size();
      receipts = ", " + n + " kvitton → " + dir;
    }
    out.println(read + " arbetsböcker kan läsas in, " + rejected + " avvisas, "
        + counts.getOrDefault(FileFate.SKIPPED, 0) + " hoppas över" + receipts);
    return rejected > 0 ? ExitCode.SOME_REJECTED : ExitCode.OK;
  }

  // --- exempel ---

  private static Options exampleOptions() {
    Options o = common();
    o.addOption(Option.builder("o").longOpt("utmapp").hasArg().argName("MAPP").desc("mappen där exemplen skrivs").build());
    o.addOption(Option.builder().longOpt("listor").hasArg().argName("MAPP").desc("skriv också exemplens enheter.xlsx och personal.xlsx (för --enheter och --personal) i MAPP").build());
    return o;
  }

  private int examples(String[] args) throws UsageException, IOException, ConfigurationException {
    Options options = exampleOptions();
    CommandLine cl = parse(options, args);
    if (cl.hasOption("help")) {
      help("exempel -o MAPP",
          "Skriver påhittade men realistiska kartläggningar (samma totaler som rapporten 2019).", options);
      return ExitCode.OK;
    }
    noPositional(cl);
    if (!cl.hasOption("utmapp")) {
      throw new UsageException("Ange mappen med -o MAPP.");
    }
    Path folder = Path.of(cl.getOptionValue("utmapp"));
    int n = ExampleFolder.write(folder, configuration(cl));
    out.println(n + " filer skrevs till " + folder + ".");
    if (cl.hasOption("listor")) {
      Path lists = Path.of(cl.getOptionValue("listor"));
      ListFiles.writeExamples(lists, configuration(cl));
      out.println("Exemplens listor skrevs till " + lists + ".");
    }
    return ExitCode.OK;
  }

  // --- shared ---

  static Options common() {
    Options o = new Options();
    o.addOption(Option.builder("h").longOpt("help").desc("visa den här hjälpen").build());
    o.addOption(Option.builder().longOpt("konfiguration").hasArg().argName("FIL").desc("konfigurationsfil (standard: den inbyggda, se workbook-templates/konfiguration.txt)").build());
    return o;
  }

  static CommandLine parse(Options options, String[] args) throws UsageException {
    try {
      return DefaultParser.builder().build().parse(options, args);
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
  private static Path existingFolder(CommandLine cl) throws UsageException {
    Path folder = folderArgument(cl, "MAPP");
    if (!Files.isDirectory(folder)) {
      throw new UsageException("Mappen \"" + folder + "\" finns inte.");
    }
    return folder;
  }

  private static Path folderArgument(CommandLine cl, String name) throws UsageException {
    List<String> rest = cl.getArgList();
    if (rest.size() != 1) {
      throw new UsageException(rest.isEmpty() ? "Ange " + name + "." : "Ange bara en " + name + ".");
    }
    return Path.of(rest.get(0));
  }

  private static Path outputFile(CommandLine cl) throws UsageException {
    if (!cl.hasOption("utfil")) {
      throw new UsageException("Ange utfilen med -o FIL.xlsx.");
    }
    Path target = Path.of(cl.getOptionValue("utfil"));
    if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
      throw new UsageException("Utfilen ska sluta på .xlsx: \"" + target + "\".");
    }
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException("Mappen för utfilen finns inte: \"" + dir + "\".");
    }
    return target;
  }

  static Configuration configuration(CommandLine cl) throws IOException, ConfigurationException {
    return cl.hasOption("konfiguration")
        ? ConfigurationParser.read(Path.of(cl.getOptionValue("konfiguration")))
        : ConfigurationParser.defaults();
  }

  private void help(String usage, String what, Options options) {
    help(out, usage, what, options);
  }

  static void help(PrintStream out, String usage, String what, Options options) {
    StringWriter sw = new StringWriter();
    HelpFormatter f = new HelpFormatter();
    f.setSyntaxPrefix("Användning: ");
    f.printHelp(new PrintWriter(sw), 90, PROGRAM + " " + usage, what + "\n\nFlaggor:", options, 2, 2, "");
    out.print(sw);
  }
}
