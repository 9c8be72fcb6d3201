package se.kompetensgap.model;

/** A yrkeskategori by its canonical name from the configuration. */
public record Category(String name) {
  public Category {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("category name is blank");
    }
    name = name.strip();
  }

  @Override
  public String toString() {
    return name;
  }
}
