package se.kompetensgap.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import se.kompetensgap.app.Mailing;

/** {@code utskick}: next year's pre-filled workbooks, one per unit, and utskick.xlsx (issue 11). */
final class MailingCommand implements Command {

  @Override
  public String name() {
    return "utskick";
  }

  @Override
  public String summary() {
    return "Skriv nästa års arbetsbok till varje enhet, ifylld med förra årets kartläggning.";
  }

  @Override
  public String usage() {
    return "utskick --foregaende FJOL.xlsx -o MAPP";
  }

  @Override
  public String description() {
    return "Skriver en arbetsbok per enhet i en ny eller tom MAPP (en undermapp per fokusområde), ifylld med "
        + "förra årets tillgång, behov, risker och aktiviteter, och utskick.xlsx med chef, e-post och fil för "
        + "koppla dokument.";
  }

  @Override
  public Options options() {
    Options o = new Options();
    o.addOption(Option.builder().longOpt("foregaende").hasArg().argName("FJOL.xlsx")
        .desc("förra årets konsoliderade arbetsbok (krävs)").build());
    o.addOption(Option.builder("o").longOpt("utmapp").hasArg().argName("MAPP")
        .desc("ny eller tom mapp där arbetsböckerna skrivs").build());
    o.addOption(Option.builder().longOpt("enheter").hasArg().argName("FIL")
        .desc("lista över enheterna som ska få en arbetsbok (mall: workbook-templates/enheter.xlsx); chef och e-post hämtas därifrån").build());
    o.addOption(Option.builder().longOpt("ar").hasArg().argName("ÅR")
        .desc("året för kartläggningen (standard: förra årets år + 1)").build());
    o.addOption(Option.builder().longOpt("sista-dag").hasArg().argName("ÅÅÅÅ-MM-DD")
        .desc("sista dag att skicka tillbaka arbetsboken, skrivs i instruktionerna").build());
    o.addOption(Option.builder().longOpt("lattversion")
        .desc("Kartläggningstyp Lättversion: tillgången låses och hämtas från förra året, chefen reviderar behovet").build());
    return o;
  }

  @Override
  public int run(CommandLine cl, Terminal t) throws Exception {
    Args.noPositional(cl);
    if (!cl.hasOption("foregaende")) {
      throw new UsageException("Ange förra årets konsoliderade arbetsbok med --foregaende FJOL.xlsx.");
    }
    if (!cl.hasOption("utmapp")) {
      throw new UsageException("Ange mappen för utskicket med -o MAPP.");
    }
    Path folder = Path.of(cl.getOptionValue("utmapp"));
    Args.emptyTarget(folder);
    Mailing.Request request = new Mailing.Request(
        Path.of(cl.getOptionValue("foregaende")),
        folder,
        Args.configuration(cl),
        Args.path(cl, "enheter"),
        year(cl.getOptionValue("ar")),
        lastDay(cl.getOptionValue("sista-dag")),
        cl.hasOption("lattversion"));
    Mailing.Result r = Mailing.run(request);
    if (!r.notOnList().isEmpty()) {
      t.out().println(Messages.count(r.notOnList().size(), "enhet", "enheter") + " i förra årets sammanställning "
          + "finns inte i enhetslistan och fick ingen arbetsbok:");
      r.notOnList().forEach(u -> t.out().println("  " + u));
    }
    String blank = r.blank() == 0 ? "" : ", " + Messages.count(r.blank(), "ny enhet", "nya enheter") + " med tom mall";
    t.out().println(Messages.count(r.written(), "arbetsbok", "arbetsböcker") + " för " + r.year() + " → " + folder
        + " (" + r.prefilled() + " " + (r.prefilled() == 1 ? "ifylld" : "ifyllda") + " med förra årets kartläggning"
        + blank + "), lista för koppla dokument: " + Mailing.MAILING_LIST);
    return ExitCode.OK;
  }

  static Optional<Integer> year(String text) throws UsageException {
    if (text == null) {
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(text.strip());
      if (y >= 2000 && y <= 2100) {
        return Optional.of(y);
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new UsageException("--ar ska vara ett årtal, t.ex. 2027, inte \"" + text + "\".");
  }

  static Optional<LocalDate> lastDay(String text) throws UsageException {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      throw new UsageException("--sista-dag ska vara ett datum som ÅÅÅÅ-MM-DD, t.ex. 2027-03-15, inte \"" + text + "\".");
    }
  }
}
