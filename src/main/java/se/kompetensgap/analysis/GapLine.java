package se.kompetensgap.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.LevelCounts;

/**
 * One line of the gap report: supply today, demand at each horizon, and the moves it asks for.
 * Gaps, goals and distributions are derived (SPEC §5); moves are stored because for totals they
 * are the sum of the categories' moves, not the shortfall of the summed gap (a surplus of one
 * category does not fill another's shortage — seed 000: 260 moves is the sum per category).
 *
 * @param area the focus area, empty for lines across areas
 * @param category the category, empty for totals
 * @param label what the line is called in the workbook
 */
public record GapLine(
    LineKind kind,
    Optional<FocusArea> area,
    Optional<Category> category,
    String label,
    LevelCounts supply,
    Map<Horizon, LevelCounts> demand,
    Map<Horizon, LevelCounts> moves) {

  public GapLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(supply, "supply");
    demand = Map.copyOf(demand);
    moves = Map.copyOf(moves);
    for (Horizon h : Horizon.values()) {
      if (!demand.containsKey(h) || !moves.containsKey(h)) {
        throw new IllegalArgumentException("missing horizon " + h + " in " + label);
      }
    }
  }

  /** A line for one category: its moves are the shortfall of its own gaps. */
  static GapLine forCategory(
      LineKind kind, Optional<FocusArea> area, Category category, LevelCounts supply, Map<Horizon, LevelCounts> demand) {
    Map<Horizon, LevelCounts> moves = new EnumMap<>(Horizon.class);
    for (Horizon h : Horizon.values()) {
      moves.put(h, supply.minus(demand.get(h)).shortfall());
    }
    return new GapLine(kind, area, Optional.of(category), category.name(), supply, demand, moves);
  }

  public LevelCounts demand(Horizon h) {
    return demand.get(h);
  }

  public LevelCounts moves(Horizon h) {
    return moves.get(h);
  }

  /** Gap per level: tillgång − behov; negative is a shortage. */
  public LevelCounts gap(Horizon h) {
    return supply.minus(demand.get(h));
  }

  public int gapTotal(Horizon h) {
    return gap(h).total();
  }

  /** Kvantitativt mål: −(total gap); positive means the staff must grow (seed 002). */
  public int quantitativeGoal(Horizon h) {
    return -gapTotal(h);
  }

  /** Bedömd fördelning: behov at the level as a share of all behov; empty when there is none. */
  public OptionalDouble distribution(Horizon h, Level level) {
    int total = demand.get(h).total();
    return total == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) demand.get(h).get(level) / total);
  }

  /** Sums lines into a total of the given kind; moves add up line by line. */
  static GapLine total(LineKind kind, Optional<FocusArea> area, String label, Iterable<GapLine> parts) {
    LevelCounts supply = LevelCounts.ZERO;
    Map<Horizon, LevelCounts> demand = new EnumMap<>(Horizon.class);
    Map<Horizon, LevelCounts> moves = new EnumMap<>(Horizon.class);
    for (Horizon h : Horizon.values()) {
      demand.put(h, LevelCounts.ZERO);
      moves.put(h, LevelCounts.ZERO);
    }
    for (GapLine p : parts) {
      supply = supply.plus(p.supply);
      for (Horizon h : Horizon.values()) {
        demand.merge(h, p.demand(h), LevelCounts::plus);
        moves.merge(h, p.moves(h), LevelCounts::plus);
      }
    }
    return new GapLine(kind, area, Optional.empty(), label, supply, demand, moves);
  }
}
