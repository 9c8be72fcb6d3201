package se.kompetensgap.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import se.kompetensgap.validation.FolderRules;
import se.kompetensgap.app.Consolidation;
import se.kompetensgap.app.NothingReadException;
import se.kompetensgap.app.RunSettings;

/** {@code konsolidera MAPP -o FIL.xlsx}: the folder of returned workbooks into one workbook. */
final class ConsolidateCommand implements Command {

  @Override
  public String name() {
    return "konsolidera";
  }

  @Override
  public String summary() {
    return "Sammanställ en mapp med ifyllda kartläggningar till en arbetsbok.";
  }

  @Override
  public String usage() {
    return "konsolidera MAPP -o FIL.xlsx [--foregaende FJOL.xlsx]";
  }

  @Override
  public String description() {
    return "Läser alla arbetsböcker i MAPP (även undermappar) och skriver en konsoliderad arbetsbok.";
  }

  @Override
  public Options options() {
    Options o = RequestOptions.addTo(new Options());
    o.addOption(quiet());
    return o;
  }

  static Option quiet() {
    return Option.builder("q").longOpt("tyst").desc("skriv bara sammanfattningsraden").build();
  }

  @Override
  public int run(CommandLine cl, Terminal t) throws Exception {
    Consolidation.Request request = RequestOptions.request(cl);
    ProgressLine progress = ProgressLine.forConsole(t.err(), cl.hasOption("tyst"));
    Consolidation.Result result;
    try {
      result = Consolidation.run(request, RunSettings.DEFAULT.withListener(progress));
    } catch (NothingReadException e) {
      progress.finish();
      Outcomes.report(e.outcomes(), t.err());
      t.err().println(Main.PROGRAM + ": " + e.getMessage());
      if (FolderRules.needsPreviousYear(e.outcomes())) {
        t.err().println(FolderRules.PREVIOUS_YEAR_HINT);
      }
      return ExitCode.ERROR;
    }
    progress.finish();
    SubmissionReport.print(result.submissions(), t.out());
    if (!cl.hasOption("tyst")) {
      Outcomes.report(result.outcomes(), t.err());
    }
    if (FolderRules.needsPreviousYear(result.outcomes())) {
      t.err().println(FolderRules.PREVIOUS_YEAR_HINT);
    }
    // --utan-enheter: what was replaced in free text, so that HR reviews it before sending (issue 10).
    result.replacementsMessage().ifPresent(t.out()::println);
    t.out().println(Outcomes.summary(result, request.output()));
    return Outcomes.exitCode(result.outcomes());
  }
}
