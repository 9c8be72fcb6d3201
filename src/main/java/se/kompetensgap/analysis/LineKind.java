package se.kompetensgap.analysis;

/** What a line of the gap report sums. */
public enum LineKind {
  /** One of an area's own categories, summed over the area's units. */
  CATEGORY,
  /** All of an area's own categories (the common categories are reported across areas). */
  AREA_TOTAL,
  /** A category every area has (Sektionschef), summed over all units. */
  COMMON_CATEGORY,
  /** Every area's own categories together: "Socialsekreterare totalt" (seed 000, 2.1). */
  GROUP_TOTAL,
  /** Everything: the förvaltning. */
  ADMINISTRATION_TOTAL;

  /** Lines that stand for one category and get their moves from their own gaps. */
  public boolean isCategory() {
    return this == CATEGORY || this == COMMON_CATEGORY;
  }
}
