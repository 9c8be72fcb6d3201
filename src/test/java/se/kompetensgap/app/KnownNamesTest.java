package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kompetensgap.analysis.Submissions;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.model.ExpectedUnit;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.UnitIdentity;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.Severity;

/** The upward version's free text loses names known from any source of the run, not only the units read. */
class KnownNamesTest {

  @Test
  void aRejectedWorkbooksStatedManagerAndHrsListAreKnownNames() {
    FileOutcome rejected = FileOutcome.rejected("Vuxna/Mottagningen.xlsx",
            List.of(Finding.ofFile("Vuxna/Mottagningen.xlsx", Severity.ERROR, "Fel.")))
        .withStated(Optional.of(new UnitIdentity("Förvaltningen", "Vuxna", "Myndighet vuxna", "Mottagningen", "Göran Ödmark")));
    var list = List.of(new ExpectedUnit(new FocusArea("Barn och unga"), "Familjehem och stöd", "Familjehemsteamet", "Siv Åhlén", "siv@x.se"));
    var scrubber = Consolidation.knownNames(List.of(rejected), Optional.empty(), Optional.of(list), new Submissions.Result(List.of(), true),
        ConfigurationParser.defaults()).build();
    assertEquals("[namn] på [enhet] och [namn]s kollegor på [enhet] i Myndighet vuxna och Familjehem och stöd.",
        scrubber.scrub("Göran Ödmark på Mottagningen och Sivs kollegor på Familjehemsteamet i Myndighet vuxna och Familjehem och stöd."));
  }
}
