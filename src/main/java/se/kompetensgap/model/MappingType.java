package se.kompetensgap.model;

/** Kartläggningstyp: a full mapping, or a light one that only revises demand (seed 002). */
public enum MappingType {
  FULL("Fullständig"),
  LIGHT("Lättversion");

  private final String label;

  MappingType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
