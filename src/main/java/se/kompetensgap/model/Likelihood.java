package se.kompetensgap.model;

/** Sannolikhet, in rising order. */
public enum Likelihood {
  LOW("Låg"),
  MEDIUM("Medel"),
  HIGH("Hög");

  private final String label;

  Likelihood(String label) {
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
