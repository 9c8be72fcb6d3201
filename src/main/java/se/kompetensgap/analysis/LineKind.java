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

  /**
   * Whether a line of kind {@code part} is summed by a total of this kind: an area total sums its
   * area's categories, the group total the area totals, the förvaltning the common categories and
   * the group. {@code sameArea}: the two lines are of the same fokusområde.
   */
  public boolean sums(LineKind part, boolean sameArea) {
    return switch (this) {
      case AREA_TOTAL -> part == CATEGORY && sameArea;
      case GROUP_TOTAL -> part == AREA_TOTAL;
      case ADMINISTRATION_TOTAL -> part == COMMON_CATEGORY || part == GROUP_TOTAL;
      default -> false;
    };
  }
}
