package se.kompetensgap.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.kompetensgap.model.Labelled;
import se.kompetensgap.text.Contract;

/**
 * The columns {@link ManagerWorkbookReader} reads, per table, normalised. The streaming source
 * uses it to tell an input column (a formula there must be evaluated, so POI reads the file)
 * from one of the template's own formula columns (never read, so its formulas can be left
 * alone). A table missing here counts as wholly read; a reader that starts using another
 * column of a listed table must add it here.
 */
public final class ReaderColumns {
  private ReaderColumns() {}

  public static Map<String, Set<String>> managerWorkbook() {
    List<String> mapping = new ArrayList<>();
    mapping.add(Contract.CATEGORY);
    mapping.addAll(Contract.numberHeaders());
    return Map.of(
        Labelled.normalise(Contract.UNIT_TABLE), normalised(List.of(Contract.UNIT_KEY, Contract.UNIT_VALUE)),
        Labelled.normalise(Contract.MAPPING_TABLE), normalised(mapping),
        Labelled.normalise(Contract.RISK_TABLE), normalised(Contract.RISK_HEADERS),
        Labelled.normalise(Contract.ACTIVITY_TABLE), normalised(Contract.ACTIVITY_HEADERS));
  }

  private static Set<String> normalised(List<String> headers) {
    return headers.stream().map(Labelled::normalise).collect(Collectors.toUnmodifiableSet());
  }
}
