package se.kompetensgap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.template.TemplateWriter;
import se.kompetensgap.validation.FileOutcome;

/**
 * Issue 10 §6 without the validator: the written styles part has every font's children in
 * CT_Font's schema order and every colour as 8-digit ARGB (POI writes name before sz and 3-byte
 * conditional-format colours). {@code cli.OpenXmlValidityTest} runs the real validator.
 */
class StyleSheetSchemaTest {

  @Test
  void theConsolidatedWorkbooksStylesAreInSchemaOrderWithArgbColours() throws Exception {
    List<UnitReport> units = ExampleFolder.reports();
    GapReport gaps = GapAnalysis.analyse(units, ConfigurationParser.defaults(), 2026, ExampleFolder.ADMINISTRATION);
    List<FileOutcome> outcomes = units.stream().map(u -> FileOutcome.of(u.source(), Optional.of(u), List.of())).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsolidatedWorkbook.write(new ConsolidatedWorkbook.Contents(gaps, units, outcomes), out);
    assertSchemaOrder(styles(out.toByteArray()), 20);
  }

  @Test
  void theTemplatesStylesAreInSchemaOrderWithArgbColours() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TemplateWriter.write(ConfigurationParser.defaults(), Optional.empty(), out);
    assertSchemaOrder(styles(out.toByteArray()), 2);
  }

  private static void assertSchemaOrder(org.w3c.dom.Document styles, int minDxfColours) {
    NodeList fonts = styles.getElementsByTagNameNS("*", "font");
    assertTrue(fonts.getLength() > 3);
    for (int i = 0; i < fonts.getLength(); i++) {
      List<String> names = new ArrayList<>();
      for (Node c = fonts.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element e) {
          names.add(e.getLocalName());
        }
      }
      List<String> sorted = new ArrayList<>(names);
      sorted.sort((a, b) -> StyleSheetSchema.FONT_ORDER.indexOf(a) - StyleSheetSchema.FONT_ORDER.indexOf(b));
      assertEquals(sorted, names, "font " + (i + 1));
    }
    int dxfColours = 0;
    for (String tag : List.of("color", "fgColor", "bgColor")) {
      NodeList colours = styles.getElementsByTagNameNS("*", tag);
      for (int i = 0; i < colours.getLength(); i++) {
        Element c = (Element) colours.item(i);
        if (c.hasAttribute("rgb")) {
          assertTrue(c.getAttribute("rgb").matches("[0-9A-F]{8}"), tag + " rgb=" + c.getAttribute("rgb"));
          if (c.getParentNode().getParentNode().getLocalName().equals("dxf")) {
            dxfColours++;
          }
        }
      }
    }
    assertTrue(dxfColours >= minDxfColours, "conditional-format font colours checked: " + dxfColours);
  }

  private static org.w3c.dom.Document styles(byte[] xlsx) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
      PackagePart part = pkg.getPart(PackagingURIHelper.createPartName("/xl/styles.xml"));
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      try (var in = part.getInputStream()) {
        return f.newDocumentBuilder().parse(in);
      }
    }
  }
}
