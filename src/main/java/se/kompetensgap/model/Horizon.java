package se.kompetensgap.model;

/** How far ahead demand is assessed (SPEC §2: kort och lång sikt). */
public enum Horizon {
  TWO_YEARS(2, "2 år"),
  FIVE_YEARS(5, "5 år");

  private final int years;
  private final String label;

  Horizon(int years, String label) {
    this.years = years;
    this.label = label;
  }

  public int years() {
    return years;
  }

  /** The Swedish name as it appears in workbooks, e.g. "2 år". */
  public String label() {
    return label;
  }

  /** The calendar year a mapping made in {@code mappingYear} looks ahead to. */
  public int targetYear(int mappingYear) {
    return mappingYear + years;
  }
}
