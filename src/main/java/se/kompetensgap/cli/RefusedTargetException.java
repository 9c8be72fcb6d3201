package se.kompetensgap.cli;

/** The target of a command may not be written (e.g. a folder that is not empty): exit 1, nothing written. */
final class RefusedTargetException extends Exception {
  RefusedTargetException(String message) {
    super(message);
  }
}
