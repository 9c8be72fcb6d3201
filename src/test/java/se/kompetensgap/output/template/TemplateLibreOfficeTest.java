package se.kompetensgap.output.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.text.Contract;

/**
 * A spreadsheet engine that is neither ours nor POI's recomputes a filled template: its results
 * must equal the values the filler cached. Skipped where LibreOffice is not installed.
 */
class TemplateLibreOfficeTest {

  @Test
  void libreOfficeComputesWhatTheFilledTemplateCaches(@TempDir Path dir) throws Exception {
    assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice is not installed");
    Path in = Files.createDirectories(dir.resolve("in")).resolve("Sektion Norr.xlsx");
    try (XSSFWorkbook wb =
            TemplateWriter.build(
                ConfigurationParser.defaults(), Optional.of(SampleReports.BARN_OCH_UNGA));
        OutputStream out = Files.newOutputStream(in)) {
      TemplateFiller.fill(wb, SampleReports.sektionNorr());
      wb.write(out);
    }
    Path recalculated = LibreOffice.recalculate(in, dir.resolve("ut"));
    assertEquals(List.of(), LibreOffice.compare(in, recalculated, 1e-9));

    // SPEC §4: a workbook a manager saved in LibreOffice is still read through its tables.
    try (XSSFWorkbook saved =
        new XSSFWorkbook(OPCPackage.open(recalculated.toFile(), PackageAccess.READ))) {
      try (XSSFWorkbook original =
          TemplateWriter.build(
              ConfigurationParser.defaults(), Optional.of(SampleReports.BARN_OCH_UNGA))) {
        for (String table :
            List.of(
                Contract.UNIT_TABLE,
                Contract.MAPPING_TABLE,
                Contract.RISK_TABLE,
                Contract.ACTIVITY_TABLE)) {
          assertEquals(
              columns(Workbooks.table(original, table)),
              columns(Workbooks.table(saved, table)),
              table);
        }
      }
      assertEquals(
          "Sektion Norr",
          Workbooks.cell(
                  Workbooks.table(saved, Contract.UNIT_TABLE),
                  Workbooks.row(
                      Workbooks.table(saved, Contract.UNIT_TABLE),
                      Contract.UNIT_KEY,
                      Contract.KEY_UNIT),
                  Contract.UNIT_VALUE)
              .getStringCellValue());
    }
  }

  private static List<String> columns(XSSFTable t) {
    return t.getColumns().stream().map(XSSFTableColumn::getName).toList();
  }
}
