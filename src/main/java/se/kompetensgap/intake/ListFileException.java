package se.kompetensgap.intake;

import java.io.IOException;

/**
 * HR's list of expected units or head counts cannot be used; the message (Swedish) names the
 * file, the cell and what to do. Nothing is written then: a run with a wrong list would report
 * wrong gaps in the lists' sheets without anyone noticing.
 */
public class ListFileException extends IOException {
  public ListFileException(String message) {
    super(message);
  }
}
