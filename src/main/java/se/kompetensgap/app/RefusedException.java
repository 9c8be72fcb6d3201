package se.kompetensgap.app;

import java.io.IOException;

/**
 * The run cannot go on and writes nothing (exit code 1): last year's workbook cannot be used,
 * or the folder mixes consolidated and manager workbooks. The message is Swedish and says
 * what to do.
 */
public final class RefusedException extends IOException {
  public RefusedException(String message) {
    super(message);
  }
}
