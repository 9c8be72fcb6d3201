package se.kompetensgap.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import se.kompetensgap.app.Consolidation;
import se.kompetensgap.app.FolderWatch;

/** {@code bevaka MAPP -o FIL.xlsx}: consolidates again whenever the folder has settled. */
final class WatchCommand implements Command {

  @Override
  public String name() {
    return "bevaka";
  }

  @Override
  public String summary() {
    return "Bevaka en mapp och sammanställ på nytt när filerna har slutat ändras.";
  }

  @Override
  public String usage() {
    return "bevaka MAPP -o FIL.xlsx";
  }

  @Override
  public String description() {
    return "Bevakar MAPP (även undermappar) och skriver den konsoliderade arbetsboken på nytt några "
        + "sekunder efter att filerna har slutat ändras. Alla flaggor för konsolidera gäller. Avsluta med Ctrl-C.";
  }

  @Override
  public Options options() {
    Options o = RequestOptions.addTo(new Options());
    o.addOption(ConsolidateCommand.quiet());
    o.addOption(Option.builder().longOpt("vila").hasArg().argName("SEKUNDER")
        .desc("sammanställ när inget har ändrats på så här många sekunder (standard 3)").build());
    return o;
  }

  @Override
  public int run(CommandLine cl, Terminal t) throws Exception {
    Consolidation.Request request = RequestOptions.request(cl);
    Duration quiet = settle(cl.getOptionValue("vila", "3"));
    boolean quietOutput = cl.hasOption("tyst");
    FolderWatch watch =
        new FolderWatch(
            request,
            quiet,
            result -> {
              if (!quietOutput) {
                Outcomes.report(result.outcomes(), t.err());
              }
              result.replacementsMessage().ifPresent(m -> t.out().println(LocalDateTime.now().withNano(0) + " " + m));
              t.out().println(LocalDateTime.now().withNano(0) + " " + Outcomes.summary(result, request.output()));
            },
            problem -> t.err().println(LocalDateTime.now().withNano(0) + " " + problem));
    Thread hook = new Thread(() -> watch.stopAndWait(Duration.ofMinutes(2)), "kompetensgap-stopp");
    Runtime.getRuntime().addShutdownHook(hook);
    t.out().println("Bevakar " + request.folder() + " → " + request.output() + ". Avsluta med Ctrl-C.");
    watch.run();
    t.out().println("Bevakningen avslutades.");
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down (Ctrl-C): the hook is what stopped us
    }
    return ExitCode.OK;
  }

  static Duration settle(String typed) throws UsageException {
    try {
      double seconds = Double.parseDouble(typed.replace(',', '.'));
      if (!(seconds > 0 && seconds <= 3600)) {
        throw new NumberFormatException();
      }
      return Duration.ofMillis(Math.round(seconds * 1000));
    } catch (NumberFormatException e) {
      throw new UsageException("--vila ska vara ett antal sekunder mellan 0 och 3600, t.ex. 3.");
    }
  }
}
