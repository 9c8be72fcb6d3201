package se.kompetensgap.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.Severity;

class ReceiptsTest {

  static final Finding WARNING =
      new Finding("a.xlsx", "Kartläggning", "F9:I9", "6", Severity.WARNING, "Behovet är mer än 3 gånger tillgången.");

  @Test
  void aSupersededFilesWarningsDoNotClaimItIsCounted() {
    FileOutcome superseded =
        FileOutcome.skipped("a.xlsx", "ersatt").note(WARNING).supersede(Finding.ofFile("a.xlsx", Severity.NOTE, "En nyare arbetsbok finns."));
    String text = Receipts.text(superseded, LocalDate.of(2026, 11, 24));
    assertTrue(text.contains("RÄKNAS INTE"), text);
    assertFalse(text.contains("räknas med"), text);
  }

  @Test
  void aCountedFilesWarningsSayItIsCounted() {
    FileOutcome read =
        FileOutcome.of("a.xlsx", java.util.Optional.of(se.kompetensgap.examples.ExampleFolder.reports().get(0)), List.of(WARNING));
    String text = Receipts.text(read, LocalDate.of(2026, 11, 24));
    assertTrue(text.contains("varningar; kartläggningen räknas med"), text);
  }
}
