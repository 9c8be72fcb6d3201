package se.kompetensgap.intake;

/** The file cannot be opened as a workbook at all; the message is Swedish, for HR. */
public class UnreadableFileException extends Exception {
  public UnreadableFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
