package se.kompetensgap.analysis;

import java.util.List;
import java.util.Optional;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Scope;

/**
 * The consolidated gaps of one year, in report order: for each area its categories and its
 * total, then the common categories across areas, the group total and the förvaltning total.
 *
 * @param scope whom the last total line speaks of: the förvaltning, or in a roll-up the
 *     organisation (its label is {@code scope.totalLabel()})
 */
public record GapReport(int year, String administration, Scope scope, List<GapLine> lines) {

  public GapReport {
    java.util.Objects.requireNonNull(scope, "scope");
    lines = List.copyOf(lines);
  }

  public List<GapLine> lines(LineKind kind) {
    return lines.stream().filter(l -> l.kind() == kind).toList();
  }

  public Optional<GapLine> category(FocusArea area, Category category) {
    return lines.stream()
        .filter(l -> l.kind() == LineKind.CATEGORY)
        .filter(l -> l.area().equals(Optional.of(area)) && l.category().equals(Optional.of(category)))
        .findFirst();
  }

  public Optional<GapLine> common(Category category) {
    return lines.stream()
        .filter(l -> l.kind() == LineKind.COMMON_CATEGORY)
        .filter(l -> l.category().equals(Optional.of(category)))
        .findFirst();
  }

  public Optional<GapLine> areaTotal(FocusArea area) {
    return lines.stream()
        .filter(l -> l.kind() == LineKind.AREA_TOTAL && l.area().equals(Optional.of(area)))
        .findFirst();
  }

  public GapLine groupTotal() {
    return lines(LineKind.GROUP_TOTAL).get(0);
  }

  public GapLine administrationTotal() {
    return lines(LineKind.ADMINISTRATION_TOTAL).get(0);
  }
}
