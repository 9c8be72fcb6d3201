package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.HistoryRow;

/**
 * The mapping's change of supply beside Koll's change of head count since last year (issue 13
 * §3). Seed 000: "Enligt gapanalys utökat med 61. Enligt Koll … minskning med −16. Det saknas ca
 * 80 på tillgång i gapanalysen 2017": when the two disagree, units are usually missing from one
 * of the years. Only categories with a Koll figure in both years are compared. Pure Java.
 *
 * @param limit a difference larger than this many people is flagged
 */
public record KollComparison(int year, int previousYear, int limit, List<Line> lines) {

  /** The setting in [Inställningar]: "Koll avvikelse = 10". */
  public static final String LIMIT_SETTING = "Koll avvikelse";
  public static final int DEFAULT_LIMIT = 10;
  public static final String FLAG = "Kartläggningen och Koll skiljer sig åt; kontrollera att alla enheter har lämnat in";

  public KollComparison {
    lines = List.copyOf(lines);
  }

  /** One category (or the total): supply in the mapping and head count in Koll, both years. */
  public record Line(LineKind kind, Optional<FocusArea> area, Optional<Category> category, String label,
      int mappedBefore, int mappedNow, int kollBefore, int kollNow) {
    public int mappedChange() {
      return mappedNow - mappedBefore;
    }

    public int kollChange() {
      return kollNow - kollBefore;
    }

    /** The mapping's change less Koll's. */
    public int difference() {
      return mappedChange() - kollChange();
    }
  }

  public boolean flagged(Line line) {
    return Math.abs(line.difference()) > limit;
  }

  public static int limit(Configuration config) {
    return (int) Math.round(Thresholds.number(config, LIMIT_SETTING, DEFAULT_LIMIT));
  }

  /** Empty when no category has a Koll figure in both years. */
  public static Optional<KollComparison> analyse(List<HistoryRow> history, int year, int previousYear, Configuration config) {
    List<Line> lines = new ArrayList<>();
    // One line per category, summed over the förvaltningar of a roll-up.
    List<HistoryRow> lines0 = new ArrayList<>();
    for (HistoryRow r : history) {
      if (r.year() == year && r.koll().isPresent() && lines0.stream().noneMatch(o -> o.sameCategory(r.area(), r.category()))) {
        lines0.add(History.find(history, year, r.area(), r.category()).orElseThrow());
      }
    }
    for (HistoryRow now : lines0) {
      Optional<HistoryRow> before = History.find(history, previousYear, now.area(), now.category());
      if (before.isEmpty() || before.get().koll().isEmpty()) {
        continue;
      }
      lines.add(new Line(config.isCommon(now.category()) ? LineKind.COMMON_CATEGORY : LineKind.CATEGORY, now.area(),
          Optional.of(now.category()), now.category().name(), before.get().supply().total(), now.supply().total(),
          before.get().koll().getAsInt(), now.koll().getAsInt()));
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    lines.add(new Line(LineKind.ADMINISTRATION_TOTAL, Optional.empty(), Optional.empty(), "Totalt för jämförda yrkeskategorier",
        lines.stream().mapToInt(Line::mappedBefore).sum(), lines.stream().mapToInt(Line::mappedNow).sum(),
        lines.stream().mapToInt(Line::kollBefore).sum(), lines.stream().mapToInt(Line::kollNow).sum()));
    return Optional.of(new KollComparison(year, previousYear, limit(config), lines));
  }
}
