package se.kompetensgap.validation;

/** What became of one file found in the folder (SPEC §6, Inläsning). */
public enum FileFate {
  READ("inläst"),
  READ_WITH_WARNINGS("inläst med varningar"),
  REJECTED("avvisad"),
  SKIPPED("hoppades över");

  private final String label;

  FileFate(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean counted() {
    return this == READ || this == READ_WITH_WARNINGS;
  }
}
