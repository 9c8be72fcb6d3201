package se.kompetensgap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 13 §5: one place for the words naming the whole, a förvaltning's or a roll-up's. */
class ScopeTest {

  @Test
  void aSingleFörvaltningKeepsItsWords() {
    Scope s = Scope.ADMINISTRATION;
    assertFalse(s.isRollUp());
    assertEquals("Förvaltningen totalt", s.totalLabel());
    assertEquals("Förvaltningen", s.title());
    assertEquals("förvaltningen", s.name());
    assertEquals("Förvaltningen", s.subject());
    assertEquals("hela förvaltningen", s.whole());
    assertEquals(s, Scope.of(" "));
  }

  @Test
  void aNamedOrganisation() {
    Scope s = Scope.of("Malmö stad");
    assertTrue(s.isRollUp());
    assertEquals("Malmö stad totalt", s.totalLabel());
    assertEquals("Malmö stad", s.title());
    assertEquals("Malmö stad", s.name());
    assertEquals("Malmö stad", s.subject());
    assertEquals("hela Malmö stad", s.whole());
  }

  @Test
  void förvaltningarCountedWhenNoOrganisationIsConfigured() {
    Scope s = Scope.of("3 förvaltningar");
    assertEquals("3 förvaltningar totalt", s.totalLabel());
    assertEquals("3 förvaltningar", s.title());
    assertEquals("de 3 förvaltningarna", s.name());
    assertEquals("De 3 förvaltningarna", s.subject());
    assertEquals("de 3 förvaltningarna tillsammans", s.whole());
  }

  @Test
  void theReportReadsTheScopeBackFromTheTotalLabel() {
    for (Scope s : new Scope[] {Scope.ADMINISTRATION, Scope.of("Malmö stad"), Scope.of("2 förvaltningar")}) {
      assertEquals(s, Scope.ofTotalLabel(s.totalLabel()));
    }
    assertEquals(Scope.ADMINISTRATION, Scope.ofTotalLabel("förvaltningen totalt"));
    assertEquals(Scope.ADMINISTRATION, Scope.ofTotalLabel("Summa"));
  }
}
