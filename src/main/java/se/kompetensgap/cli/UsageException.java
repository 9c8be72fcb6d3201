package se.kompetensgap.cli;

/** The command line is wrong; the message says how, in Swedish. Exit code {@link ExitCode#USAGE}. */
public class UsageException extends Exception {
  public UsageException(String message) {
    super(message);
  }
}
