package se.kompetensgap.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of a consolidated workbook's {@code Kompetensmal} table as it stands (SPEC §6): the
 * goals a year set for one category and horizon, possibly edited by hand afterwards.
 *
 * @param area the focus area, empty for a common category (written "Alla fokusområden")
 * @param quantitative kvantitativt mål: positive = utökning
 * @param moves förflyttningar per level
 */
public record GoalRow(
    Optional<FocusArea> area, Category category, Horizon horizon, int quantitative, LevelCounts moves) {

  public GoalRow {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(horizon, "horizon");
    Objects.requireNonNull(moves, "moves");
  }
}
