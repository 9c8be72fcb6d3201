package se.kompetensgap.model;

/** A fokusområde, e.g. "Barn och unga". */
public record FocusArea(String name) {
  public FocusArea {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("focus area name is blank");
    }
    name = name.strip();
  }

  @Override
  public String toString() {
    return name;
  }
}
