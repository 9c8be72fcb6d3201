package se.kompetensgap.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import se.kompetensgap.examples.ExampleFolder;

/** {@code exempel -o MAPP}: made-up filled workbooks, to try the tool with. */
final class ExampleCommand implements Command {

  @Override
  public String name() {
    return "exempel";
  }

  @Override
  public String summary() {
    return "Skriv en mapp med påhittade, ifyllda kartläggningar (för att prova).";
  }

  @Override
  public String usage() {
    return "exempel -o MAPP";
  }

  @Override
  public String description() {
    return "Skriver påhittade men realistiska kartläggningar (samma totaler som rapporten 2019) i en ny eller tom MAPP.";
  }

  @Override
  public Options options() {
    Options o = new Options();
    o.addOption(Option.builder("o").longOpt("utmapp").hasArg().argName("MAPP").desc("mappen där exemplen skrivs (ny eller tom)").build());
    o.addOption(Option.builder().longOpt("listor").hasArg().argName("MAPP")
        .desc("skriv också exemplens enheter.xlsx och personal.xlsx (för --enheter och --personal) i MAPP").build());
    return o;
  }

  @Override
  public int run(CommandLine cl, Terminal t) throws Exception {
    Args.noPositional(cl);
    if (!cl.hasOption("utmapp")) {
      throw new UsageException("Ange mappen med -o MAPP.");
    }
    Path folder = Path.of(cl.getOptionValue("utmapp"));
    Args.emptyTarget(folder);
    // The lists are refused up front too: nothing is written unless everything may be.
    if (cl.hasOption("listor") && !Path.of(cl.getOptionValue("listor")).toAbsolutePath().normalize()
        .equals(folder.toAbsolutePath().normalize())) {
      Args.emptyTarget(Path.of(cl.getOptionValue("listor")));
    }
    int n = ExampleFolder.write(folder, Args.configuration(cl));
    t.out().println(n + (n == 1 ? " fil skrevs till " : " filer skrevs till ") + folder + ".");
    if (cl.hasOption("listor")) {
      Path lists = Path.of(cl.getOptionValue("listor"));
      ListFiles.writeExamples(lists, Args.configuration(cl));
      t.out().println("Exemplens listor skrevs till " + lists + ".");
    }
    return ExitCode.OK;
  }
}
