package se.kompetensgap.intake;

import java.util.List;
import java.util.Optional;
import se.kompetensgap.model.Labelled;

/**
 * A block of rows under a header row, found either as an Excel table by name or as a sheet
 * whose header row was found in its first rows. Readers find columns by header text only.
 *
 * @param sheet the sheet it was found on, for messages
 * @param asTable whether it was an Excel table (false: the sheet fallback)
 * @param headers the header texts, as written
 * @param rows the data rows, each with one cell per header
 */
public record RawTable(String sheet, boolean asTable, List<String> headers, List<Row> rows) {

  public RawTable {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }

  /** One data row; {@code number} is the 1-based row number as Excel shows it. */
  public record Row(int number, List<RawCell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    public boolean isBlank() {
      return cells.stream().allMatch(RawCell::isBlank);
    }
  }

  /** The index of the column whose header matches, ignoring case and spacing. */
  public Optional<Integer> column(String header) {
    String wanted = Labelled.normalise(header);
    for (int i = 0; i < headers.size(); i++) {
      if (Labelled.normalise(headers.get(i)).equals(wanted)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
