package se.kompetensgap.output.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.testing.WorkbookDump;

/**
 * The committed template is exactly what {@code mall} writes, in content (zip entry times and
 * the creation date differ on every build, so bytes are not compared). When this fails after a
 * deliberate change: {@code java -jar target/kompetensgap.jar mall -o
 * workbook-templates/kompetenskartlaggning.xlsx}.
 */
class TemplateFileTest {

  @Test
  void committedTemplateIsWhatMallWrites() throws Exception {
    Path committed = Path.of("workbook-templates/kompetenskartlaggning.xlsx");
    try (XSSFWorkbook built = TemplateWriter.build(ConfigurationParser.defaults(), Optional.empty())) {
      assertEquals(WorkbookDump.dump(built), WorkbookDump.dump(committed));
    }
  }
}
