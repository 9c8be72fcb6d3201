package se.kompetensgap.validation;

/** How bad a finding is: an error rejects the file, a warning or note does not. */
public enum Severity {
  ERROR("Fel"),
  WARNING("Varning"),
  NOTE("Notering");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
