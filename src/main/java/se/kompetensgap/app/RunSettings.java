package se.kompetensgap.app;

/**
 * How a run does its work, never what it computes: both settings give the same workbook (a
 * test compares them cell by cell).
 *
 * @param fastIntake read .xlsx files with the streaming source on all cores (POI's user model
 *     only for the files that need it); false: one file at a time through POI's user model
 * @param listener progress and phase times
 */
public record RunSettings(boolean fastIntake, RunListener listener) {

  public static final RunSettings DEFAULT = new RunSettings(true, RunListener.NONE);

  /** The straightforward path the fast one is checked against. */
  public static final RunSettings STRAIGHTFORWARD = new RunSettings(false, RunListener.NONE);

  public RunSettings withListener(RunListener l) {
    return new RunSettings(fastIntake, l);
  }
}
