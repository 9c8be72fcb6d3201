package se.kompetensgap.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;

/**
 * Lättversion (SPEC §5, seed 002): a unit that only revises its behov keeps last year's
 * tillgång, taken from last year's Underlag for the same Förvaltning, Avdelning and Enhet.
 * Whatever tillgång the light workbook holds is not used. A light workbook whose unit last year's
 * workbook does not have is rejected: there is no tillgång to keep.
 */
public final class LightMappingRule {
  private LightMappingRule() {}

  /** Outcomes in the same order, light ones given last year's supply or rejected. */
  public static List<FileOutcome> apply(List<FileOutcome> outcomes, List<UnitReport> previousUnits, int previousYear) {
    Map<String, Map<Category, LevelCounts>> supplyByUnit = new LinkedHashMap<>();
    for (UnitReport u : previousUnits) {
      Map<Category, LevelCounts> m = supplyByUnit.computeIfAbsent(FolderRules.unitKey(u.info()), k -> new LinkedHashMap<>());
      for (CategoryRow r : u.rows()) {
        m.merge(r.category(), r.supply(), LevelCounts::plus);
      }
    }
    List<FileOutcome> out = new ArrayList<>();
    for (FileOutcome o : outcomes) {
      if (o.report().isEmpty() || o.report().get().info().mappingType() != MappingType.LIGHT) {
        out.add(o);
        continue;
      }
      UnitReport light = o.report().get();
      Map<Category, LevelCounts> supply = supplyByUnit.get(FolderRules.unitKey(light.info()));
      if (supply == null) {
        out.add(
            o.reject(
                new Finding(
                    o.file(), "Enhet", "", FolderRules.describe(light.info()), Severity.ERROR,
                    "Arbetsboken är en Lättversion, men förra årets sammanställning (" + previousYear
                        + ") har ingen enhet med förvaltning \"" + light.info().administration()
                        + "\", avdelning \"" + light.info().department() + "\" och enhet \""
                        + light.info().unit() + "\", så det finns ingen tillgång att hämta. "
                        + "Stava enheten som i fjol, eller fyll i en fullständig kartläggning.")));
        continue;
      }
      out.add(withPreviousSupply(o, light, supply, previousYear));
    }
    return out;
  }

  private static FileOutcome withPreviousSupply(
      FileOutcome o, UnitReport light, Map<Category, LevelCounts> supply, int previousYear) {
    List<CategoryRow> rows = new ArrayList<>();
    List<Finding> notes = new ArrayList<>();
    for (CategoryRow r : light.rows()) {
      rows.add(new CategoryRow(r.category(), supply.getOrDefault(r.category(), LevelCounts.ZERO), r.demand2(), r.demand5()));
    }
    for (Map.Entry<Category, LevelCounts> e : supply.entrySet()) {
      boolean revised = light.rows().stream().anyMatch(r -> r.category().equals(e.getKey()));
      if (!revised && !e.getValue().isZero()) {
        rows.add(new CategoryRow(e.getKey(), e.getValue(), LevelCounts.ZERO, LevelCounts.ZERO));
        notes.add(
            new Finding(
                o.file(), "Kartläggning", "", e.getKey().name(), Severity.WARNING,
                "Yrkeskategorin " + e.getKey().name() + " hade tillgång " + e.getValue().total()
                    + " i fjol men inget behov anges i Lättversionen, så behovet räknas som 0. "
                    + "Fyll i behovet om yrkeskategorin finns kvar."));
      }
    }
    UnitInfo info = light.info();
    UnitReport kept = new UnitReport(light.source(), info, rows, light.risks(), light.activities());
    List<Finding> findings = new ArrayList<>(o.findings());
    findings.add(
        Finding.ofFile(
            o.file(), Severity.NOTE,
            "Lättversion: tillgången är hämtad från förra årets sammanställning (" + previousYear
                + ", " + FolderRules.describe(info) + "); bara behovet är från den här arbetsboken."));
    findings.addAll(notes);
    return FileOutcome.of(o.file(), java.util.Optional.of(kept), findings);
  }
}
