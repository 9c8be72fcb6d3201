package se.kompetensgap.model;

/** Risk för verksamheten / arbetsmiljön, in rising order of seriousness. */
public enum Consequence {
  NOT_SERIOUS("Inte allvarlig"),
  LESS_SERIOUS("Mindre allvarlig"),
  SERIOUS("Allvarlig");

  private final String label;

  Consequence(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** 1 to 3, for the likelihood × consequence score. */
  public int score() {
    return ordinal() + 1;
  }
}
