package se.kompetensgap.intake;

import java.util.Optional;
import se.kompetensgap.model.Labelled;
import se.kompetensgap.text.Contract;

/**
 * Recognises the blank template sent back as it was (issue 5: "an unfilled template"). Without
 * this the manager would get a list of five errors (År, Avdelning, Enhet … missing) for what is
 * one mistake: the wrong file was attached.
 */
final class UnfilledTemplate {
  private UnfilledTemplate() {}

  static final String MESSAGE =
      "Arbetsboken är en tom kartläggningsmall: varken Avdelning, Enhet eller något antal i "
          + "bladet " + Contract.MAPPING_SHEET + " är ifyllt. Troligen bifogades fel fil. Be "
          + "chefen skicka den ifyllda arbetsboken.";

  /** True when the unit's identity and every head count are blank (prefilled År etc. aside). */
  static boolean isUnfilled(WorkbookSource source) {
    Optional<RawTable> unit = source.table(Contract.UNIT_TABLE, Contract.UNIT_SHEET, Contract.UNIT_KEY);
    Optional<RawTable> mapping =
        source.table(Contract.MAPPING_TABLE, Contract.MAPPING_SHEET, Contract.CATEGORY);
    if (unit.isEmpty() || mapping.isEmpty()) {
      return false;
    }
    Optional<Integer> key = unit.get().column(Contract.UNIT_KEY);
    Optional<Integer> value = unit.get().column(Contract.UNIT_VALUE);
    if (key.isEmpty() || value.isEmpty()) {
      return false;
    }
    for (RawTable.Row row : unit.get().rows()) {
      String k = Labelled.normalise(CellValues.text(row.cells().get(key.get())));
      boolean identity =
          k.equals(Labelled.normalise(Contract.KEY_UNIT))
              || k.equals(Labelled.normalise(Contract.KEY_DEPARTMENT));
      if (identity && !row.cells().get(value.get()).isBlank()) {
        return false;
      }
    }
    for (String h : Contract.numberHeaders()) {
      Optional<Integer> c = mapping.get().column(h);
      if (c.isPresent()
          && mapping.get().rows().stream().anyMatch(r -> !r.cells().get(c.get()).isBlank())) {
        return false;
      }
    }
    return true;
  }
}
