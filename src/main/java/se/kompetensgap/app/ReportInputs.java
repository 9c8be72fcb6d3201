package se.kompetensgap.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kompetensgap.analysis.Submissions;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.intake.ListReaders;
import se.kompetensgap.intake.UnitIdentity;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.ExpectedUnit;
import se.kompetensgap.validation.FileOutcome;

/** Wires HR's side lists (--enheter, --personal) into a run: read them, match the units. */
final class ReportInputs {
  private ReportInputs() {}

  static Optional<List<ExpectedUnit>> expected(Consolidation.Request r) throws IOException {
    return r.expectedUnits().isPresent()
        ? Optional.of(ListReaders.expectedUnits(r.expectedUnits().get(), r.config()))
        : Optional.empty();
  }

  static Optional<Map<Category, Integer>> headcounts(Consolidation.Request r) throws IOException {
    return r.headcounts().isPresent()
        ? Optional.of(ListReaders.headcounts(r.headcounts().get(), r.config()))
        : Optional.empty();
  }

  /** The units read, and the rejected files with the unit their Enhet sheet names, matched to the list. */
  static Submissions.Result submissions(Path folder, List<FileOutcome> outcomes, Optional<List<ExpectedUnit>> expected, Configuration config) {
    return Submissions.of(outcomes, file -> {
      Optional<UnitIdentity> id = UnitIdentity.read(folder.resolve(file));
      return new Submissions.Submitted(file, false, id.map(UnitIdentity::focusArea).orElse(""),
          id.map(UnitIdentity::department).orElse(""), id.map(UnitIdentity::unit).orElse(""));
    }, expected, config);
  }
}
