package se.kompetensgap.intake;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which unit a rejected workbook was meant for: its Fokusområde, Avdelning and Enhet as typed in
 * the Enhet table, read leniently (a file is rejected whole, but HR still wants to know whose it
 * was, for Inlämning).
 */
public record UnitIdentity(String focusArea, String department, String unit) {

  public static Optional<UnitIdentity> read(Path file) {
    try (PoiWorkbookSource source = PoiWorkbookSource.open(file.toFile())) {
      // The same lenient reading of the Enhet sheet as a rejected workbook's receipt uses.
      return ManagerWorkbookReader.stated(source)
          .filter(i -> !i.unit().isEmpty())
          .map(i -> new UnitIdentity(i.focusArea(), i.department(), i.unit()));
    } catch (UnreadableFileException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
