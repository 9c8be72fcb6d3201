package se.kompetensgap.model;

/** Competence level, in rising order (SPEC §2: Viss < God < Hög < Mycket hög). */
public enum Level {
  VISS("Viss"),
  GOD("God"),
  HOG("Hög"),
  MYCKET_HOG("Mycket hög");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  /** The Swedish name as it appears in workbooks (glossary term). */
  public String label() {
    return label;
  }
}
