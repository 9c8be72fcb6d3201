package se.kompetensgap.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import se.kompetensgap.app.Consolidation;
import se.kompetensgap.config.ConfigurationException;

/**
 * The one place where a consolidation's flags become a {@link Consolidation.Request}: every
 * command that consolidates ({@code konsolidera}, {@code bevaka}) adds these options and builds
 * its request here, so no command can accept a flag and then ignore it (issue 10 §4).
 */
final class RequestOptions {
  private RequestOptions() {}

  static final String PREVIOUS = "foregaende";
  static final String WITHOUT_UNITS = "utan-enheter";
  static final String EXPECTED_UNITS = "enheter";
  static final String HEADCOUNTS = "personal";

  /** Adds -o and the flags that shape what is consolidated. */
  static Options addTo(Options o) {
    o.addOption(Option.builder("o").longOpt("utfil").hasArg().argName("FIL")
        .desc("den konsoliderade arbetsboken som ska skrivas (.xlsx)").build());
    o.addOption(previousOption());
    o.addOption(Option.builder().longOpt(WITHOUT_UNITS)
        .desc("versionen att skicka uppåt: inga enheter, chefers namn, e-postadresser eller filnamn").build());
    o.addOption(Option.builder().longOpt(EXPECTED_UNITS).hasArg().argName("FIL")
        .desc("lista över enheter som ska lämna in (mall: workbook-templates/enheter.xlsx); saknade enheter skrivs ut").build());
    o.addOption(Option.builder().longOpt(HEADCOUNTS).hasArg().argName("FIL")
        .desc("antal anställda per yrkeskategori enligt personalstatistiken (mall: workbook-templates/personal.xlsx)").build());
    return o;
  }

  /** --foregaende, also for commands that only read (validera) or prepare the next round. */
  static Option previousOption() {
    return Option.builder().longOpt(PREVIOUS).hasArg().argName("FJOL.xlsx")
        .desc("förra årets konsoliderade arbetsbok: ger bladen Måluppfyllelse och Förändring, och tillgången för Lättversioner")
        .build();
  }

  /** The request the parsed line asks for: folder (MAPP), output (-o) and every flag above. */
  static Consolidation.Request request(CommandLine cl)
      throws UsageException, IOException, ConfigurationException {
    Path folder = Args.existingFolder(cl);
    Path output = Args.outputFile(cl);
    return Consolidation.Request.builder(folder, output, Args.configuration(cl))
        .previous(Args.path(cl, PREVIOUS))
        .withoutUnits(cl.hasOption(WITHOUT_UNITS))
        .expectedUnits(Args.path(cl, EXPECTED_UNITS))
        .headcounts(Args.path(cl, HEADCOUNTS))
        .build();
  }
}
