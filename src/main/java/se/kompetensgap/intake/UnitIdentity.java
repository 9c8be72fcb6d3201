package se.kompetensgap.intake;

import java.nio.file.Path;
import java.util.Optional;
import se.kompetensgap.model.Labelled;
import se.kompetensgap.text.Contract;

/**
 * Which unit a rejected workbook was meant for: its Fokusområde, Avdelning and Enhet as typed in
 * the Enhet table, read leniently (a file is rejected whole, but HR still wants to know whose it
 * was, for Inlämning).
 */
public record UnitIdentity(String focusArea, String department, String unit) {

  public static Optional<UnitIdentity> read(Path file) {
    try (PoiWorkbookSource source = PoiWorkbookSource.open(file.toFile())) {
      Optional<RawTable> t = source.table(Contract.UNIT_TABLE, Contract.UNIT_SHEET, Contract.UNIT_KEY);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      Optional<Integer> key = t.get().column(Contract.UNIT_KEY);
      Optional<Integer> value = t.get().column(Contract.UNIT_VALUE);
      if (key.isEmpty() || value.isEmpty()) {
        return Optional.empty();
      }
      String area = "";
      String dept = "";
      String unit = "";
      for (RawTable.Row r : t.get().rows()) {
        String k = Labelled.normalise(r.cells().get(key.get()).display());
        String v = r.cells().get(value.get()).display().strip();
        if (k.equals(Labelled.normalise(Contract.KEY_FOCUS_AREA))) {
          area = v;
        } else if (k.equals(Labelled.normalise(Contract.KEY_DEPARTMENT))) {
          dept = v;
        } else if (k.equals(Labelled.normalise(Contract.KEY_UNIT))) {
          unit = v;
        }
      }
      return unit.isEmpty() ? Optional.empty() : Optional.of(new UnitIdentity(area, dept, unit));
    } catch (UnreadableFileException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
