package se.kompetensgap.model;

/** The five areas of a kompetensförsörjningsplan (seed 002, Inledning). */
public enum ActivityArea {
  ATTRACT("Attrahera"),
  RECRUIT("Rekrytera"),
  INTRODUCE("Introducera"),
  DEVELOP("Utveckla och motivera"),
  PHASE_OUT("Avveckla");

  private final String label;

  ActivityArea(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
