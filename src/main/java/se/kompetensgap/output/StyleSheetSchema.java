package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDxf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFont;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts a workbook's {@code xl/styles.xml} in the form the Open XML schema (and so Excel's and the
 * Open XML SDK's validator) requires, whatever order the writers set font properties in.
 *
 * <p>Two things POI 5.5.1 leaves wrong (issue 10 §6): XMLBeans appends a font's children in the
 * order the setters are called ({@code <name/><sz/><b/>}) while CT_Font's children have a fixed
 * order (b, i, strike, condense, extend, outline, shadow, u, vertAlign, sz, color, name, family,
 * charset, scheme); and {@code XSSFFontFormatting.setFontColor} (conditional formats) writes the
 * three RGB bytes it is given as {@code rgb="9C0006"}, where ST_UnsignedIntHex needs four (ARGB,
 * {@code FF9C0006}). Gnumeric drops such colours ("Invalid color"). Every writer calls
 * {@link #apply} on its finished workbook, so a font added by any sheet is covered.
 */
public final class StyleSheetSchema {
  private StyleSheetSchema() {}

  /** CT_Font's child elements in schema order (ECMA-376 Part 1, §18.8.22; SDK's Font class). */
  static final List<String> FONT_ORDER = List.of("b", "i", "strike", "condense", "extend", "outline",
      "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme");

  /** Colour elements whose {@code rgb} attribute is an ARGB value. */
  private static final List<String> COLOURS = List.of("color", "fgColor", "bgColor");

  /** Orders every font's children and widens every RGB colour of the styles part to ARGB. */
  public static void apply(XSSFWorkbook wb) {
    StylesTable styles = wb.getStylesSource();
    for (XSSFFont font : styles.getFonts()) {
      tidy(font.getCTFont());
    }
    for (int i = 0; i < styles._getDXfsSize(); i++) {
      CTDxf dxf = styles.getDxfAt(i);
      if (dxf.isSetFont()) {
        tidy(dxf.getFont());
      }
      if (dxf.isSetFill()) {
        widenColours(dxf.getFill().getDomNode());
      }
      if (dxf.isSetBorder()) {
        widenColours(dxf.getBorder().getDomNode());
      }
    }
  }

  private static void tidy(CTFont font) {
    Node node = font.getDomNode();
    for (String name : FONT_ORDER) {
      for (Element child : children(node, name)) {
        node.removeChild(child);
        node.appendChild(child);
      }
    }
    widenColours(node);
  }

  /** {@code rgb="RRGGBB"} → {@code rgb="FFRRGGBB"} (opaque), on the node and below it. */
  private static void widenColours(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        if (COLOURS.contains(e.getLocalName()) && e.getAttribute("rgb").length() == 6) {
          e.setAttribute("rgb", "FF" + e.getAttribute("rgb"));
        }
        widenColours(e);
      }
    }
  }

  private static List<Element> children(Node node, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }
}
