package se.kompetensgap.cli;

/** The documented exit codes (README, "Slutkoder"). */
public final class ExitCode {
  private ExitCode() {}

  /** Everything found was read (or skipped as noise). */
  public static final int OK = 0;

  /** Something went wrong and nothing was written. */
  public static final int ERROR = 1;

  /** The workbook was written, but at least one file was rejected. */
  public static final int SOME_REJECTED = 2;

  /** The command line was wrong (as sysexits' EX_USAGE). */
  public static final int USAGE = 64;
}
