package se.kompetensgap.model;

import java.util.Objects;

/** One row of Kartläggning: supply today and demand at each horizon for one category. */
public record CategoryRow(
    Category category, LevelCounts supply, LevelCounts demand2, LevelCounts demand5, String comment) {

  /** A row without the manager's Kommentar (older templates have no such column). */
  public CategoryRow(Category category, LevelCounts supply, LevelCounts demand2, LevelCounts demand5) {
    this(category, supply, demand2, demand5, "");
  }

  public CategoryRow {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(supply, "supply");
    Objects.requireNonNull(demand2, "demand2");
    Objects.requireNonNull(demand5, "demand5");
    comment = comment == null ? "" : comment.strip();
  }

  /** The same figures without the comment: for the upward version, which carries no free text of units. */
  public CategoryRow withoutComment() {
    return comment.isEmpty() ? this : new CategoryRow(category, supply, demand2, demand5, "");
  }

  public LevelCounts demand(Horizon horizon) {
    return horizon == Horizon.TWO_YEARS ? demand2 : demand5;
  }

  public CategoryRow plus(CategoryRow other) {
    if (!category.equals(other.category)) {
      throw new IllegalArgumentException(category + " + " + other.category);
    }
    return new CategoryRow(
        category,
        supply.plus(other.supply),
        demand2.plus(other.demand2),
        demand5.plus(other.demand5),
        comment.isEmpty() ? other.comment : other.comment.isEmpty() || other.comment.equals(comment) ? comment
            : comment + "; " + other.comment);
  }
}
