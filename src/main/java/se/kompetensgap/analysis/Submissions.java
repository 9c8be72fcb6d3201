package se.kompetensgap.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.ExpectedUnit;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;

/**
 * Who has returned a readable workbook, who has not, and who was rejected (issue 4,
 * Inlämning). Units are matched on the Enhet name, ignoring case, spacing and punctuation, and
 * on Avdelning too where two expected units share a name.
 */
public final class Submissions {
  private Submissions() {}

  /** What became of one unit. */
  public enum Status {
    RETURNED("Inkommen"),
    REJECTED("Avvisad"),
    MISSING("Saknas"),
    UNEXPECTED("Inkommen, ej i listan");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The status a cell of Inlämning names, ignoring case and spacing. */
    public static Optional<Status> of(String label) {
      return se.kompetensgap.model.Labelled.byLabel(Status.class, Status::label, label);
    }
  }

  /** A workbook found in the folder that was read or rejected, with the unit it names (if known). */
  public record Submitted(String file, boolean counted, String focusArea, String department, String unit, String administration) {
    public Submitted(String file, boolean counted, String focusArea, String department, String unit) {
      this(file, counted, focusArea, department, unit, "");
    }
  }

  /**
   * Inlämning of the upward version: how many units of one avdelning returned a readable
   * workbook, were rejected or are missing, and how many returned one without being on HR's list.
   */
  public record DepartmentCount(String administration, String focusArea, String department, long returned, long rejected, long missing,
      long unexpected) {
    /** As the full version counts them: every unit returned, rejected or missing. */
    public long expected() {
      return returned + rejected + missing;
    }
  }

  /** One row of Inlämning; Förvaltning tells a roll-up's förvaltningar apart (issue 10 §5). */
  public record Line(String focusArea, String department, String unit, String manager, String email, Status status, String file,
      String administration) {
    public Line(String focusArea, String department, String unit, String manager, String email, Status status, String file) {
      this(focusArea, department, unit, manager, email, status, file, "");
    }
  }

  /**
   * The rows, and whether HR gave a list (without it, nothing can be missing). {@code countsOnly}:
   * the upward version (--utan-enheter), whose lines carry no unit, manager, e-mail or file and
   * whose Inlämning shows counts per fokusområde and avdelning only. {@code perAdministration}: a
   * roll-up's, whose lines are the förvaltningar's own (issue 13 §5) and keep their Förvaltning,
   * counts included.
   */
  public record Result(List<Line> lines, boolean withList, boolean countsOnly, boolean perAdministration) {
    public Result {
      lines = List.copyOf(lines);
    }

    public Result(List<Line> lines, boolean withList) {
      this(lines, withList, false, false);
    }

    public Result(List<Line> lines, boolean withList, boolean countsOnly) {
      this(lines, withList, countsOnly, false);
    }

    /**
     * The same statuses without the unit, manager, e-mail and file of any line (issue 10); a
     * roll-up's keep their Förvaltning.
     */
    public Result withoutNames() {
      return new Result(
          lines.stream().map(l -> new Line(l.focusArea(), l.department(), "", "", "", l.status(), "",
              perAdministration ? l.administration() : "")).toList(), withList, true, perAdministration);
    }

    /** The lines counted per förvaltning (a roll-up's), fokusområde and avdelning, in the order first met. */
    public List<DepartmentCount> byDepartment() {
      Map<List<String>, long[]> counts = new LinkedHashMap<>();
      for (Line l : lines) {
        List<String> key = List.of(perAdministration ? l.administration() : "", l.focusArea(), l.department());
        long[] c = counts.computeIfAbsent(key, k -> new long[Status.values().length]);
        c[l.status().ordinal()]++;
      }
      List<DepartmentCount> out = new ArrayList<>();
      counts.forEach((k, c) -> out.add(new DepartmentCount(k.get(0), k.get(1), k.get(2), c[Status.RETURNED.ordinal()],
          c[Status.REJECTED.ordinal()], c[Status.MISSING.ordinal()], c[Status.UNEXPECTED.ordinal()])));
      return out;
    }

    /** How many lines of {@code administration} have {@code s}. */
    public long countIn(String administration, Status s) {
      return lines.stream().filter(l -> l.status() == s && l.administration().equals(administration)).count();
    }

    public List<Line> missing() {
      return lines.stream().filter(l -> l.status() == Status.MISSING).toList();
    }

    public long count(Status s) {
      return lines.stream().filter(l -> l.status() == s).count();
    }

    public long count(String area, Status s) {
      return lines.stream().filter(l -> l.status() == s && l.focusArea().equals(area)).count();
    }
  }

  /**
   * Who submitted, from every file's fate: the units read, and the rejected files with the unit
   * {@code rejectedUnit} can name for them (with a list of expected units, the app reads a
   * rejected file's Enhet sheet leniently; without one, no unit is needed).
   */
  public static Result of(
      List<FileOutcome> outcomes,
      Function<String, Submitted> rejectedUnit,
      Optional<List<ExpectedUnit>> expected,
      Configuration config) {
    List<Submitted> s = new ArrayList<>();
    for (FileOutcome o : outcomes) {
      if (o.fate().counted()) {
        var info = o.report().get().info();
        s.add(new Submitted(o.file(), true, info.focusArea().name(), info.department(), info.unit(), info.administration()));
      } else if (o.fate() == FileFate.REJECTED) {
        s.add(rejectedUnit.apply(o.file()));
      }
    }
    return check(expected, s, config);
  }

  /** A rejected file whose unit is not known. */
  public static Submitted unknownUnit(String file) {
    return new Submitted(file, false, "", "", "");
  }

  public static Result check(Optional<List<ExpectedUnit>> expected, List<Submitted> submitted, Configuration config) {
    List<Line> lines = new ArrayList<>();
    List<Submitted> left = new ArrayList<>(submitted);
    if (expected.isPresent()) {
      for (ExpectedUnit e : expected.get()) {
        boolean ambiguous = expected.get().stream().filter(o -> key(o.unit()).equals(key(e.unit()))).count() > 1;
        List<Submitted> mine = left.stream()
            .filter(s -> key(s.unit()).equals(key(e.unit()))
                || (s.unit().isBlank() && key(fileStem(s.file())).contains(key(e.unit()))))
            .filter(s -> !ambiguous || key(s.department()).equals(key(e.department())))
            .toList();
        left.removeAll(mine);
        Optional<Submitted> counted = mine.stream().filter(Submitted::counted).findFirst();
        Status status = counted.isPresent() ? Status.RETURNED : mine.isEmpty() ? Status.MISSING : Status.REJECTED;
        String file = counted.or(() -> mine.stream().findFirst()).map(Submitted::file).orElse("");
        String administration = counted.or(() -> mine.stream().findFirst()).map(Submitted::administration).orElse("");
        lines.add(new Line(e.focusArea().name(), e.department(), e.unit(), e.manager(), e.email(), status, file, administration));
      }
    }
    for (Submitted s : left) {
      Status status = !s.counted() ? Status.REJECTED : expected.isPresent() ? Status.UNEXPECTED : Status.RETURNED;
      lines.add(new Line(canonicalArea(s.focusArea(), config), s.department(), s.unit(), "", "", status, s.file(), s.administration()));
    }
    return new Result(lines, expected.isPresent());
  }

  private static String canonicalArea(String typed, Configuration config) {
    for (FocusArea a : config.focusAreas()) {
      if (key(a.name()).equals(key(typed))) {
        return a.name();
      }
    }
    return typed;
  }

  private static String fileStem(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  static String key(String s) {
    return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Completeness per fokusområde: returned units as a share of expected ones. */
  public static Map<String, double[]> completeness(Result r, Configuration config) {
    Map<String, double[]> out = new LinkedHashMap<>();
    for (FocusArea a : config.focusAreas()) {
      long expected = r.lines().stream().filter(l -> l.focusArea().equals(a.name()) && l.status() != Status.UNEXPECTED).count();
      long returned = r.count(a.name(), Status.RETURNED);
      out.put(a.name(), new double[] {expected, returned});
    }
    return out;
  }
}
