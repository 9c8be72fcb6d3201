package se.kompetensgap.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DateUtil;
import se.kompetensgap.model.Labelled;

/**
 * Turns raw cells into typed values, reporting every cell it cannot use with a message that
 * quotes the value and says what to type instead (after Commons CSV's messages).
 */
final class CellValues {
  private static final Pattern WHOLE_NUMBER_TEXT = Pattern.compile("\\d{1,9}([.,]0+)?");

  private final FindingSink sink;

  CellValues(FindingSink sink) {
    this.sink = sink;
  }

  /** A head count: blank is 0; "5" typed as text is accepted with a note. */
  Optional<Integer> headCount(String sheet, RawCell cell, String what) {
    switch (cell.kind()) {
      case BLANK:
        return Optional.of(0);
      case NUMBER:
        {
          double v = cell.number();
          if (v != Math.rint(v)) {
            sink.error(
                sheet,
                cell,
                "\"" + cell.display() + "\" är inte ett heltal (" + what + "). Skriv antal "
                    + "personer som ett heltal, t.ex. " + Math.max(0, Math.round(v)) + ".");
            return Optional.empty();
          }
          if (v < 0) {
            sink.error(
                sheet,
                cell,
                "\"" + cell.display() + "\" är negativt (" + what + "). Antal personer kan inte "
                    + "vara mindre än 0; skriv 0 om det inte finns någon.");
            return Optional.empty();
          }
          if (v > 1_000_000) {
            sink.error(
                sheet,
                cell,
                "\"" + cell.display() + "\" är orimligt stort (" + what + "). Skriv antal "
                    + "personer.");
            return Optional.empty();
          }
          return Optional.of((int) v);
        }
      case TEXT:
        {
          String t = cell.text().strip().replace("\u00a0", "").replace(" ", "");
          if (WHOLE_NUMBER_TEXT.matcher(t).matches()) {
            int v = Integer.parseInt(t.split("[.,]")[0]);
            sink.note(
                sheet,
                cell,
                "\"" + cell.text() + "\" var lagrat som text och lästes som talet " + v + ". "
                    + "Inget att åtgärda, men skriv gärna in talet på nytt som ett tal.");
            return Optional.of(v);
          }
          sink.error(
              sheet,
              cell,
              "\"" + cell.text() + "\" är inte ett heltal (" + what + "). Skriv antal personer "
                  + "som ett heltal, t.ex. 5, eller lämna cellen tom för 0.");
          return Optional.empty();
        }
      default:
        sink.error(
            sheet,
            cell,
            "\"" + cell.display() + "\" är inte ett heltal (" + what + "). Skriv antal personer "
                + "som ett heltal, t.ex. 5.");
        return Optional.empty();
    }
  }

  /**
   * The 12 head counts of a Kartlaggning or Underlag row. Every unusable cell is reported (not
   * only the first), then the row is empty.
   */
  Optional<int[]> headCounts(String sheet, List<RawCell> cells, IntFunction<String> what) {
    int[] n = new int[cells.size()];
    boolean ok = true;
    for (int i = 0; i < n.length; i++) {
      Optional<Integer> v = headCount(sheet, cells.get(i), what.apply(i));
      if (v.isPresent()) {
        n[i] = v.get();
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(n) : Optional.empty();
  }

  /** A year such as 2019, as a number or as text. */
  Optional<Integer> year(String sheet, RawCell cell) {
    String t = cell.kind() == RawCell.Kind.NUMBER ? cell.display() : cell.text().strip();
    if (t.matches("\\d{4}")) {
      int y = Integer.parseInt(t);
      if (y >= 2000 && y <= 2100) {
        return Optional.of(y);
      }
    }
    if (cell.isBlank()) {
      sink.error(sheet, cell, "År saknas. Skriv kartläggningens år med fyra siffror, t.ex. 2025.");
    } else {
      sink.error(
          sheet,
          cell,
          "\"" + cell.display() + "\" är inte ett årtal. Skriv kartläggningens år med fyra "
              + "siffror, t.ex. 2025.");
    }
    return Optional.empty();
  }

  private static final DateTimeFormatter[] DATE_FORMATS = {
    DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/yyyy"),
    DateTimeFormatter.ofPattern("d.M.yyyy"), DateTimeFormatter.ofPattern("yyyy/M/d")
  };

  /** Text that is a date in one of the accepted forms, e.g. 2025-03-31; empty otherwise. */
  static Optional<LocalDate> dateText(String text) {
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return Optional.of(LocalDate.parse(text.strip(), f));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }

  /** A date: an Excel date, or text like 2025-03-31. Blank gives empty without a finding. */
  Optional<LocalDate> date(String sheet, RawCell cell, String what) {
    if (cell.isBlank()) {
      return Optional.empty();
    }
    if (cell.kind() == RawCell.Kind.NUMBER && cell.number() > 0 && cell.number() < 2958466) {
      return Optional.of(DateUtil.getLocalDateTime(cell.number()).toLocalDate());
    }
    if (cell.kind() == RawCell.Kind.TEXT) {
      for (DateTimeFormatter f : DATE_FORMATS) {
        try {
          return Optional.of(LocalDate.parse(cell.text().strip(), f));
        } catch (DateTimeParseException e) {
          // try the next format
        }
      }
    }
    sink.warning(
        sheet,
        cell,
        "\"" + cell.display() + "\" är inte ett datum (" + what + ") och lämnades därför tomt. "
            + "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2025-12-31.");
    return Optional.empty();
  }

  /** A value from a fixed list (an enum with Swedish labels); blank gives empty. */
  <E extends Enum<E>> Optional<E> choice(
      String sheet, RawCell cell, Class<E> type, Function<E, String> label, String what) {
    if (cell.isBlank()) {
      return Optional.empty();
    }
    Optional<E> e = Labelled.byLabel(type, label, cell.display());
    if (e.isEmpty()) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(label).collect(Collectors.joining(", "));
      sink.error(
          sheet,
          cell,
          "\"" + cell.display() + "\" är inte ett tillåtet värde för " + what + ". Välj ett av: "
              + allowed + ".");
    }
    return e;
  }

  /** The date a number cell holds as an Excel date serial, else null (text, blank, out of range). */
  static java.time.LocalDate date(RawCell c) {
    if (c.kind() == RawCell.Kind.NUMBER && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(c.number())) {
      return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(c.number()).toLocalDate();
    }
    return null;
  }

  static String text(RawCell cell) {
    return cell.isBlank() ? "" : cell.display().strip();
  }
}
