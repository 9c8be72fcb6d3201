package se.kompetensgap.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.template.TemplateFiller;
import se.kompetensgap.output.template.TemplateWriter;

/** Writes a unit's report through the real manager template, as a manager's filled workbook. */
public final class UnitWorkbooks {
  private UnitWorkbooks() {}

  public static Path write(Path file, Configuration config, UnitReport report) throws IOException {
    Files.createDirectories(file.getParent());
    try (XSSFWorkbook wb = TemplateWriter.build(config, Optional.of(report.info().focusArea()));
        OutputStream out = Files.newOutputStream(file)) {
      TemplateFiller.fill(wb, report);
      wb.write(out);
    }
    return file;
  }
}
