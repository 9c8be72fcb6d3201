package se.kompetensgap.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import se.kompetensgap.app.Validation;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.FolderRules;

/** {@code validera MAPP}: every file's fate without consolidating; receipts for the managers. */
final class ValidateCommand implements Command {

  @Override
  public String name() {
    return "validera";
  }

  @Override
  public String summary() {
    return "Kontrollera en mapp utan att sammanställa; skriv kvitton till cheferna.";
  }

  @Override
  public String usage() {
    return "validera MAPP [--foregaende FJOL.xlsx] [--kvitton UTMAPP]";
  }

  @Override
  public String description() {
    return "Kontrollerar alla arbetsböcker i MAPP utan att sammanställa, och skriver vad som hände med varje fil.";
  }

  @Override
  public Options options() {
    Options o = new Options();
    o.addOption(Option.builder().longOpt("kvitton").hasArg().argName("UTMAPP")
        .desc("skriv ett kvitto (textfil) per chefs arbetsbok i UTMAPP, att mejla tillbaka").build());
    o.addOption(RequestOptions.previousOption());
    return o;
  }

  @Override
  public int run(CommandLine cl, Terminal t) throws Exception {
    Path folder = Args.existingFolder(cl);
    Configuration config = Args.configuration(cl);
    Validation.Result result = Validation.run(folder, config, Args.path(cl, RequestOptions.PREVIOUS));
    for (FileOutcome o : result.outcomes().stream().sorted(Comparator.comparing(FileOutcome::file)).toList()) {
      t.out().println(String.format("%-22s %s", o.fate().label(), o.file()));
      for (Finding f : o.findings()) {
        t.out().println("    " + f.severity().label() + ": " + (f.place().isEmpty() ? "" : f.place() + ": ") + f.message());
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
      int n = Validation.writeReceipts(result, dir).size();
      receipts = ", " + n + (n == 1 ? " kvitto → " : " kvitton → ") + dir;
    }
    int skipped = counts.getOrDefault(FileFate.SKIPPED, 0);
    t.out().println(read + (read == 1 ? " arbetsbok kan läsas in, " : " arbetsböcker kan läsas in, ")
        + rejected + " avvisas, " + skipped + " hoppas över" + receipts);
    if (FolderRules.needsPreviousYear(result.outcomes())) {
      t.out().println(FolderRules.PREVIOUS_YEAR_HINT);
    }
    return rejected > 0 ? ExitCode.SOME_REJECTED : ExitCode.OK;
  }
}
