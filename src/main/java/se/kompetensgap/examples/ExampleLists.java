package se.kompetensgap.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.ExpectedUnit;
import se.kompetensgap.model.FocusArea;

/**
 * HR's two lists for the example folder: every example unit plus one that has not returned its
 * workbook, and head counts "from Koll" a little above the mapped ones (seed 000: "Enligt Koll
 * har vi …" differs from the gap analysis), with one category clearly under-mapped.
 */
public final class ExampleLists {
  private ExampleLists() {}

  public static final String MISSING_UNIT = "Mottagningsenheten vuxna";

  public static List<ExpectedUnit> expectedUnits() {
    List<ExpectedUnit> out = new ArrayList<>();
    for (ExampleFolder.UnitSpec u : ExampleFolder.UNITS) {
      out.add(new ExpectedUnit(new FocusArea(u.area()), u.department(), u.unit(), u.manager(), email(u.manager())));
    }
    out.add(new ExpectedUnit(new FocusArea("Vuxna"), "Myndighet vuxna", MISSING_UNIT, "Nils Åberg", email("Nils Aberg")));
    return out;
  }

  public static Map<Category, Integer> headcounts() {
    Map<Category, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<String, int[][]> e : ExampleFolder.TOTALS.entrySet()) {
      int mapped = 0;
      for (int v : e.getValue()[0]) {
        mapped += v;
      }
      // Koll counts everyone employed; the mappings miss vacancies and new starters.
      int koll = e.getKey().equals("Socialsekreterare myndighet vuxna") ? mapped + 12 : (int) Math.round(mapped * 1.04);
      out.put(new Category(e.getKey()), koll);
    }
    return out;
  }

  private static String email(String name) {
    return name.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o').replace(' ', '.') + "@exempel.se";
  }
}
