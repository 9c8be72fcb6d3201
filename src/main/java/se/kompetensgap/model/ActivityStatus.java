package se.kompetensgap.model;

/** Status of a planned activity. */
public enum ActivityStatus {
  PLANNED("Planerad"),
  ONGOING("Pågående"),
  DONE("Klar");

  private final String label;

  ActivityStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
