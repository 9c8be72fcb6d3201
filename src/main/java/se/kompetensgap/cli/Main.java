package se.kompetensgap.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Options;
import se.kompetensgap.app.RefusedException;
import se.kompetensgap.config.ConfigurationException;
import se.kompetensgap.intake.ListFileException;

/**
 * The command line. {@code main} only exits with what {@link #run} returns, so the whole CLI is
 * testable with strings (after google-java-format's Main). Each command is its own class; this
 * one parses, dispatches and turns failures into messages and exit codes.
 */
public final class Main {

  static final String PROGRAM = "kompetensgap";

  /** Every command, in the order the overview lists them. */
  static final List<Command> COMMANDS =
      List.of(
          new TemplateCommand(),
          new ConsolidateCommand(),
          new ExampleCommand(),
          new WatchCommand(),
          new ValidateCommand(),
          new MailingCommand());

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    return new Main(out, err).run(args);
  }

  static Map<String, Command> commands() {
    Map<String, Command> byName = new LinkedHashMap<>();
    COMMANDS.forEach(c -> byName.put(c.name(), c));
    return byName;
  }

  static String overview() {
    StringBuilder s = new StringBuilder("Användning: kompetensgap <kommando> [flaggor]\n\nKommandon:\n");
    for (Command c : COMMANDS) {
      s.append(String.format("  %-13s %s%n", c.name(), c.summary()));
    }
    s.append(
        """

        Skriv "kompetensgap <kommando> --help" för kommandots flaggor.

        Slutkoder:
          0   allt som hittades lästes in (eller hoppades över som ovidkommande filer)
          2   arbetsboken skrevs, men minst en fil avvisades (se bladet Inläsning)
          1   fel: inget skrevs
          64  felaktigt kommando eller flagga
        """);
    return s.toString();
  }

  int run(String[] args) {
    Command command = null;
    try {
      if (args.length == 0) {
        throw new UsageException("Ange ett kommando.");
      }
      String name = args[0];
      if (List.of("-h", "--help", "--hjalp", "hjälp").contains(name)) {
        out.print(overview());
        return ExitCode.OK;
      }
      command = commands().get(name);
      if (command == null) {
        throw new UsageException("Okänt kommando \"" + name + "\".");
      }
      Options options = Args.common();
      command.options().getOptions().forEach(options::addOption);
      CommandLine line = Args.parse(options, Arrays.copyOfRange(args, 1, args.length));
      if (line.hasOption("help")) {
        help(command, options);
        return ExitCode.OK;
      }
      return command.run(line, new Terminal(out, err));
    } catch (UsageException e) {
      err.println(PROGRAM + ": " + e.getMessage());
      err.println("Skriv \"" + PROGRAM + (command == null ? "" : " " + command.name()) + " --help\" för hjälp.");
      return ExitCode.USAGE;
    } catch (ConfigurationException e) {
      err.println(PROGRAM + ": konfigurationen kan inte användas: " + e.getMessage());
      return ExitCode.ERROR;
    } catch (RefusedException | ListFileException | RefusedTargetException e) {
      err.println(PROGRAM + ": " + e.getMessage());
      return ExitCode.ERROR;
    } catch (IOException e) {
      err.println(PROGRAM + ": " + Messages.io(e));
      return ExitCode.ERROR;
    } catch (RuntimeException e) {
      // A bug must still be told in Swedish and exit 1, never as a bare stack trace.
      err.println(PROGRAM + ": ett oväntat fel inträffade (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Inget skrevs. Rapportera gärna felet.");
      return ExitCode.ERROR;
    } catch (Exception e) {
      err.println(PROGRAM + ": " + e.getMessage());
      return ExitCode.ERROR;
    }
  }

  private void help(Command command, Options options) {
    StringWriter sw = new StringWriter();
    HelpFormatter f = new HelpFormatter();
    f.setSyntaxPrefix("Användning: ");
    f.printHelp(new PrintWriter(sw), 90, PROGRAM + " " + command.usage(), command.description() + "\n\nFlaggor:", options, 2, 2, "");
    out.print(sw);
  }
}
