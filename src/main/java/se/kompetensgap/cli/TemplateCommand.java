package se.kompetensgap.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import se.kompetensgap.config.CategoryMatcher;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.output.AtomicFile;
import se.kompetensgap.output.template.TemplateWriter;

/** {@code mall -o FIL.xlsx}: the blank template the managers fill in, or one of HR's lists. */
final class TemplateCommand implements Command {

  @Override
  public String name() {
    return "mall";
  }

  @Override
  public String summary() {
    return "Skriv en tom kartläggningsmall som cheferna fyller i.";
  }

  @Override
  public String usage() {
    return "mall -o FIL.xlsx [--ar ÅR] [--sista-dag ÅÅÅÅ-MM-DD]";
  }

  @Override
  public String description() {
    return "Skriver den tomma kartläggningsmallen som cheferna fyller i.";
  }

  @Override
  public Options options() {
    Options o = new Options();
    o.addOption(Option.builder("o").longOpt("utfil").hasArg().argName("FIL").desc("mallen som ska skrivas (.xlsx)").build());
    o.addOption(Option.builder().longOpt("fokusomrade").hasArg().argName("NAMN")
        .desc("bara det här fokusområdets yrkeskategorier, och fokusområdet ifyllt").build());
    o.addOption(Option.builder().longOpt("ar").hasArg().argName("ÅR").desc("året, ifyllt i bladet Enhet").build());
    o.addOption(Option.builder().longOpt("sista-dag").hasArg().argName("ÅÅÅÅ-MM-DD")
        .desc("sista dag att skicka tillbaka arbetsboken, skrivs i instruktionerna").build());
    o.addOption(Option.builder().longOpt("lista").hasArg().argName("enheter|personal")
        .desc("skriv i stället HR:s lista över förväntade enheter (för --enheter) eller antal anställda (för --personal)").build());
    return o;
  }

  @Override
  public int run(CommandLine cl, Terminal t) throws Exception {
    Args.noPositional(cl);
    Path target = Args.outputFile(cl);
    Configuration config = Args.configuration(cl);
    if (cl.hasOption("lista")) {
      ListFiles.write(cl.getOptionValue("lista"), target, config);
      t.out().println("Listan skrevs till " + target + ".");
      return ExitCode.OK;
    }
    Optional<FocusArea> area = Optional.empty();
    if (cl.hasOption("fokusomrade")) {
      area = Optional.of(focusArea(cl.getOptionValue("fokusomrade"), config));
    }
    Optional<FocusArea> chosen = area;
    TemplateWriter.Edition edition = new TemplateWriter.Edition(
        MailingCommand.year(cl.getOptionValue("ar")), MailingCommand.lastDay(cl.getOptionValue("sista-dag")));
    AtomicFile.write(target, os -> TemplateWriter.write(config, chosen, edition, os));
    t.out().println("Mallen skrevs till " + target + ".");
    return ExitCode.OK;
  }

  static FocusArea focusArea(String typed, Configuration config) throws UsageException {
    CategoryMatcher matcher = new CategoryMatcher(config);
    Optional<FocusArea> area = matcher.focusArea(typed);
    if (area.isEmpty()) {
      throw new UsageException("Okänt fokusområde \"" + typed + "\". Menade du \"" + matcher.closestFocusArea(typed) + "\"?");
    }
    return area.get();
  }
}
