package se.kompetensgap.intake;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kompetensgap.config.CategoryMatcher;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.ExpectedUnit;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * Reads HR's two side lists: the expected units (--enheter) and the head count per category
 * (--personal). Every problem is collected, then all are reported at once.
 */
public final class ListReaders {
  private ListReaders() {}

  public static List<ExpectedUnit> expectedUnits(Path file, Configuration config) throws ListFileException, NoSuchFileException {
    RawTable t = open(file, ListContract.EXPECTED_TABLE, ListContract.EXPECTED_SHEET, Contract.UNIT);
    CategoryMatcher matcher = new CategoryMatcher(config);
    List<String> problems = new ArrayList<>();
    int area = column(file, t, Contract.FOCUS_AREA, problems);
    int dept = column(file, t, Contract.DEPARTMENT, problems);
    int unit = column(file, t, Contract.UNIT, problems);
    Optional<Integer> manager = t.column(ListContract.MANAGER);
    Optional<Integer> email = t.column(ListContract.EMAIL);
    fail(file, problems);
    List<ExpectedUnit> out = new ArrayList<>();
    for (RawTable.Row r : t.rows()) {
      if (r.isBlank() || r.cells().get(unit).isBlank()) {
        continue;
      }
      RawCell a = r.cells().get(area);
      Optional<FocusArea> fa = matcher.focusArea(a.display());
      if (fa.isEmpty()) {
        problems.add(t.sheet() + "!" + a.ref() + ": \"" + a.display() + "\" är inget känt fokusområde. Skriv t.ex. \""
            + matcher.closestFocusArea(a.display()) + "\".");
        continue;
      }
      out.add(new ExpectedUnit(fa.get(), r.cells().get(dept).display(), r.cells().get(unit).display(),
          manager.map(i -> r.cells().get(i).display()).orElse(""), email.map(i -> r.cells().get(i).display()).orElse("")));
    }
    fail(file, problems);
    if (out.isEmpty()) {
      throw new ListFileException(file + ": listan över förväntade enheter är tom. Fyll i en rad per enhet.");
    }
    return out;
  }

  public static Map<Category, Integer> headcounts(Path file, Configuration config) throws ListFileException, NoSuchFileException {
    RawTable t = open(file, ListContract.HEADCOUNT_TABLE, ListContract.HEADCOUNT_SHEET, Contract.CATEGORY);
    CategoryMatcher matcher = new CategoryMatcher(config);
    List<String> problems = new ArrayList<>();
    int cat = column(file, t, Contract.CATEGORY, problems);
    int count = column(file, t, ListContract.HEADCOUNT, problems);
    fail(file, problems);
    FocusArea any = config.focusAreas().get(0);
    Map<Category, Integer> out = new LinkedHashMap<>();
    for (RawTable.Row r : t.rows()) {
      RawCell name = r.cells().get(cat);
      RawCell n = r.cells().get(count);
      if (name.isBlank()) {
        continue;
      }
      CategoryMatcher.Match m = matcher.category(name.display(), any);
      Category c = null;
      if (m instanceof CategoryMatcher.Found f) {
        c = f.category();
      } else if (m instanceof CategoryMatcher.WrongArea w) {
        c = w.category();
      } else if (m instanceof CategoryMatcher.Unknown u) {
        problems.add(t.sheet() + "!" + name.ref() + ": \"" + name.display() + "\" är ingen känd yrkeskategori. Menade du \""
            + u.suggestion() + "\"?");
      }
      if (c == null || n.isBlank()) {
        continue;
      }
      if (n.kind() != RawCell.Kind.NUMBER || n.number() < 0 || n.number() != Math.rint(n.number())) {
        problems.add(t.sheet() + "!" + n.ref() + ": \"" + n.display() + "\" är inte ett antal anställda. Skriv ett heltal, t.ex. 12.");
        continue;
      }
      out.merge(c, (int) n.number(), Integer::sum);
    }
    fail(file, problems);
    return out;
  }

  private static RawTable open(Path file, String table, String sheet, String key) throws ListFileException, NoSuchFileException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    try (PoiWorkbookSource source = PoiWorkbookSource.open(file.toFile())) {
      return source.table(table, sheet, key).orElseThrow(() -> new ListFileException(
          file + ": tabellen " + table + " (eller bladet " + sheet + " med rubriken \"" + key
              + "\") finns inte. Utgå från mallen i workbook-templates/."));
    } catch (UnreadableFileException e) {
      throw new ListFileException(file + ": " + e.getMessage());
    }
  }

  private static int column(Path file, RawTable t, String header, List<String> problems) {
    Optional<Integer> c = t.column(header);
    if (c.isEmpty()) {
      problems.add(t.sheet() + ": kolumnen \"" + header + "\" saknas. Rubrikerna ska vara " + t.headers() + " plus \"" + header + "\".");
      return -1;
    }
    return c.get();
  }

  private static void fail(Path file, List<String> problems) throws ListFileException {
    if (!problems.isEmpty()) {
      throw new ListFileException(file + " kan inte användas:\n  " + String.join("\n  ", problems));
    }
  }
}
