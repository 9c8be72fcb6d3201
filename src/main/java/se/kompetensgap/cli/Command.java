package se.kompetensgap.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * One command of the command line. Option parsing is kept apart from the work (as in
 * google-java-format): {@link Main} parses {@link #options()} once, answers {@code --help} from
 * {@link #usage()} and {@link #description()}, and hands the parsed line to {@link #run}.
 */
interface Command {

  /** The word typed after {@code kompetensgap}. */
  String name();

  /** One line for the command overview. */
  String summary();

  /** The synopsis after "Användning: kompetensgap ", e.g. {@code konsolidera MAPP -o FIL.xlsx}. */
  String usage();

  /** What the command does, for its own {@code --help}. */
  String description();

  /** Its flags; {@link Args#common()} is added by {@link Main}. */
  Options options();

  /** Does the work; returns the exit code ({@link ExitCode}). */
  int run(CommandLine line, Terminal terminal) throws Exception;
}
