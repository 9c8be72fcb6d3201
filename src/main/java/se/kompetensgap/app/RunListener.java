package se.kompetensgap.app;

/**
 * Hears how a consolidation run proceeds: for the progress line on a terminal and for the
 * benchmark's time per phase. Called from the reading threads, so implementations are
 * thread-safe.
 */
public interface RunListener {

  /** The phases of a run, in order (ARCHITECTURE: find → read → analyse → write). */
  enum Phase {
    FIND,
    READ,
    ANALYSE,
    WRITE
  }

  RunListener NONE = new RunListener() {};

  /** {@code total} workbooks are about to be read (files skipped by name not counted). */
  default void reading(int total) {}

  /** One more workbook has been read; {@code done} of {@code total}. */
  default void read(int done, int total) {}

  /** A phase ended after {@code nanos}. */
  default void phaseEnded(Phase phase, long nanos) {}
}
