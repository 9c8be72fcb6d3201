package se.kompetensgap.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of a consolidated workbook's {@code Historik} table (issue 13, SPEC §8 "history
 * travels inside the workbook"): one year's supply, need and goals for one category, and the
 * head count HR's statistics (Koll) gave that year when it was known. Rows of earlier years are
 * copied as they stand, so a row HR corrected by hand is carried on as corrected.
 *
 * @param administration the förvaltning the row is about: a roll-up carries each förvaltning's
 *     own rows (issue 13 §5), and a year's figures for the whole are the sum over förvaltningar;
 *     blank in rows written before the column existed
 * @param area the focus area, empty for a common category (written "Alla fokusområden")
 * @param goal2 kvantitativt mål set that year for two years on; {@code goal5} for five
 * @param moves2 förflyttningar per level set that year for two years on; {@code moves5} for five
 * @param koll antal anställda enligt Koll that year, empty when not known
 */
public record HistoryRow(
    int year,
    String administration,
    Optional<FocusArea> area,
    Category category,
    LevelCounts supply,
    LevelCounts demand2,
    LevelCounts demand5,
    int goal2,
    LevelCounts moves2,
    int goal5,
    LevelCounts moves5,
    OptionalInt koll) {

  public HistoryRow {
    administration = administration == null ? "" : administration.strip();
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(supply, "supply");
    Objects.requireNonNull(demand2, "demand2");
    Objects.requireNonNull(demand5, "demand5");
    Objects.requireNonNull(moves2, "moves2");
    Objects.requireNonNull(moves5, "moves5");
    Objects.requireNonNull(koll, "koll");
    if (year < 1900 || year > 2999) {
      throw new IllegalArgumentException("implausible year " + year);
    }
  }

  /** A row of no named förvaltning (the whole workbook's). */
  public HistoryRow(int year, Optional<FocusArea> area, Category category, LevelCounts supply, LevelCounts demand2,
      LevelCounts demand5, int goal2, LevelCounts moves2, int goal5, LevelCounts moves5, OptionalInt koll) {
    this(year, "", area, category, supply, demand2, demand5, goal2, moves2, goal5, moves5, koll);
  }

  /** The same row for {@code name}. */
  public HistoryRow withAdministration(String name) {
    return new HistoryRow(year, name, area, category, supply, demand2, demand5, goal2, moves2, goal5, moves5, koll);
  }

  /** The same figures with other goals and Koll (a roll-up's own rows keep each förvaltning's). */
  public HistoryRow withGoals(int goal2, LevelCounts moves2, int goal5, LevelCounts moves5, OptionalInt koll) {
    return new HistoryRow(year, administration, area, category, supply, demand2, demand5, goal2, moves2, goal5, moves5, koll);
  }

  public LevelCounts demand(Horizon h) {
    return h == Horizon.TWO_YEARS ? demand2 : demand5;
  }

  public int goal(Horizon h) {
    return h == Horizon.TWO_YEARS ? goal2 : goal5;
  }

  public LevelCounts moves(Horizon h) {
    return h == Horizon.TWO_YEARS ? moves2 : moves5;
  }

  /** Same year, förvaltning, area and category: the row's place in the table. */
  public boolean sameLine(HistoryRow other) {
    return year == other.year && administration.equals(other.administration) && area.equals(other.area)
        && category.equals(other.category);
  }

  /** Same area and category, any year. */
  public boolean sameCategory(Optional<FocusArea> a, Category c) {
    return area.equals(a) && category.equals(c);
  }
}
