package se.kompetensgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.UnitWorkbooks;

/** The console tells HR how much free text the upward version changed, so that they review it. */
class UpwardConsoleTest {

  @Test
  void konsolideraUtanEnheterSaysHowManyNamesWereReplaced(@TempDir Path dir) throws Exception {
    UnitReport u = ExampleFolder.reports().get(0);
    List<RiskAssessment> risks = new ArrayList<>(u.risks());
    RiskAssessment r = risks.get(0);
    risks.set(0, new RiskAssessment(r.category(), r.operationalRisk(), r.operationalLikelihood(), r.workEnvironmentRisk(),
        r.workEnvironmentLikelihood(), "Fråga Anna Lindqvist, 070-123 45 67."));
    Path in = dir.resolve("in");
    UnitWorkbooks.write(in.resolve(u.source()), ConfigurationParser.defaults(),
        new UnitReport(u.source(), u.info(), u.rows(), risks, u.activities()));

    MainTest.Run upward = MainTest.run("konsolidera", in.toString(), "-o", dir.resolve("uppat.xlsx").toString(), "--utan-enheter", "-q");
    assertEquals(ExitCode.OK, upward.code(), upward.err());
    List<String> lines = upward.out().lines().toList();
    assertTrue(lines.get(lines.size() - 2).startsWith("2 namn och kontaktuppgifter ersattes i fritexten"), upward.out());
    assertTrue(lines.get(lines.size() - 1).startsWith("1 arbetsbok inläst"), upward.out());

    MainTest.Run fullVersion = MainTest.run("konsolidera", in.toString(), "-o", dir.resolve("full.xlsx").toString(), "-q");
    assertFalse(fullVersion.out().contains("ersattes"), fullVersion.out());
  }
}
