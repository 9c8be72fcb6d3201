package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;

/**
 * Sums the units' risk assessments per (fokusområde, yrkeskategori) and sets a gap-based
 * indicator beside them (issue 4), so HR sees where the managers' judgement and the numbers
 * disagree. Common categories are summed across areas, as on Kompetensgap.
 */
public final class RiskAnalysis {
  private RiskAnalysis() {}

  /** The summary lines in report order, and every assessment with its unit. */
  public record Result(List<RiskLine> lines, List<RiskComment> assessments) {
    public Result {
      lines = List.copyOf(lines);
      assessments = List.copyOf(assessments);
    }

    public Optional<RiskLine> line(Category category) {
      return lines.stream().filter(l -> l.category().equals(category)).findFirst();
    }
  }

  private static final class Counts {
    final Map<Consequence, Integer> op = new EnumMap<>(Consequence.class);
    final Map<Likelihood, Integer> opL = new EnumMap<>(Likelihood.class);
    final Map<Consequence, Integer> we = new EnumMap<>(Consequence.class);
    final Map<Likelihood, Integer> weL = new EnumMap<>(Likelihood.class);

    void add(RiskAssessment a) {
      if (a.operationalRisk() != null) {
        op.merge(a.operationalRisk(), 1, Integer::sum);
      }
      if (a.operationalLikelihood() != null) {
        opL.merge(a.operationalLikelihood(), 1, Integer::sum);
      }
      if (a.workEnvironmentRisk() != null) {
        we.merge(a.workEnvironmentRisk(), 1, Integer::sum);
      }
      if (a.workEnvironmentLikelihood() != null) {
        weL.merge(a.workEnvironmentLikelihood(), 1, Integer::sum);
      }
    }
  }

  public static Result analyse(List<UnitReport> units, GapReport gaps, Configuration config) {
    Thresholds t = Thresholds.of(config);
    Map<String, Counts> counts = new LinkedHashMap<>();
    List<RiskComment> all = new ArrayList<>();
    for (UnitReport u : units) {
      for (RiskAssessment a : u.risks()) {
        if (a.isEmpty()) {
          continue;
        }
        counts.computeIfAbsent(key(area(config, u.info().focusArea(), a.category()), a.category()), k -> new Counts()).add(a);
        UnitInfo i = u.info();
        // Riskbedömningar's Fokusområde is the area the row counts under (a category of another area counts there).
        FocusArea counted = config.countingArea(a.category(), i.focusArea());
        all.add(new RiskComment(counted.equals(i.focusArea()) ? i
            : new UnitInfo(i.year(), i.administration(), counted, i.department(), i.unit(), i.manager(), i.date(), i.mappingType()), a));
      }
    }
    List<RiskLine> lines = new ArrayList<>();
    for (GapLine g : gaps.lines()) {
      if (!g.kind().isCategory()) {
        continue;
      }
      Category c = g.category().orElseThrow();
      Counts n = counts.getOrDefault(key(g.area(), c), new Counts());
      lines.add(line(g, n, t));
    }
    // Assessments of categories no unit mapped still deserve a line (numbers absent).
    for (Category c : config.allCategories()) {
      Optional<FocusArea> area = config.isCommon(c) ? Optional.empty() : config.owningArea(c);
      Counts n = counts.get(key(area, c));
      if (n != null && lines.stream().noneMatch(l -> l.category().equals(c) && l.area().equals(area))) {
        lines.add(new RiskLine(area, c, n.op, n.opL, n.we, n.weL, OptionalDouble.empty(), false, RiskLevel.LOW));
      }
    }
    return new Result(lines, all);
  }

  private static Optional<FocusArea> area(Configuration config, FocusArea unitArea, Category c) {
    return config.isCommon(c) ? Optional.empty() : Optional.of(config.countingArea(c, unitArea));
  }

  private static String key(Optional<FocusArea> area, Category c) {
    return area.map(FocusArea::name).orElse("") + "\u0000" + c.name();
  }

  private static RiskLine line(GapLine g, Counts n, Thresholds t) {
    Horizon h = Horizon.TWO_YEARS;
    int need = g.demand(h).total();
    int shortage = g.moves(h).get(Level.HOG) + g.moves(h).get(Level.MYCKET_HOG);
    OptionalDouble share = need == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) shortage / need);
    int high = g.supply().get(Level.HOG) + g.supply().get(Level.MYCKET_HOG);
    int neededHigh = g.demand(h).get(Level.HOG) + g.demand(h).get(Level.MYCKET_HOG);
    boolean spof = high <= t.singlePointMax() && neededHigh > 0;
    RiskLevel indicator = t.indicatorLevel(share.orElse(0));
    return new RiskLine(g.area(), g.category().orElseThrow(), n.op, n.opL, n.we, n.weL, share, spof, indicator);
  }
}
