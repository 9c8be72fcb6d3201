package se.kompetensgap.output.template;

import static se.kompetensgap.output.template.SheetKit.cell;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.MappingType;

/**
 * The Instruktioner sheet: how to fill in and return the workbook, the level definitions from the
 * configuration and the risk scales. A two-column "document": terms left, text right.
 */
final class InstructionsSheet {
  private InstructionsSheet() {}

  private static final int TERM_WIDTH = 24;
  private static final int TEXT_WIDTH = 100;
  private static final float LINE_POINTS = 15f;

  /** Writes rows top to bottom; keeps the row counter out of every call site. */
  private static final class Writer {
    final XSSFSheet sheet;
    final TemplateStyles styles;
    int row;

    Writer(XSSFSheet sheet, TemplateStyles styles) {
      this.sheet = sheet;
      this.styles = styles;
    }

    void title(String text) {
      cell(sheet, row, 0, styles.title).setCellValue(text);
      SheetKit.row(sheet, row++).setHeightInPoints(26);
    }

    void heading(String text) {
      row++; // a blank line before every heading
      cell(sheet, row, 0, styles.heading).setCellValue(text);
      SheetKit.row(sheet, row++).setHeightInPoints(22);
    }

    /** A paragraph across both columns. */
    void paragraph(String text) {
      cell(sheet, row, 0, styles.body).setCellValue(text);
      cell(sheet, row, 1, styles.body);
      sheet.addMergedRegion(new CellRangeAddress(row, row, 0, 1));
      height(text, TERM_WIDTH + TEXT_WIDTH);
      row++;
    }

    void term(String term, String text) {
      term(term, styles.term, text);
    }

    void term(String term, XSSFCellStyle termStyle, String text) {
      cell(sheet, row, 0, termStyle).setCellValue(term);
      if (!text.isEmpty()) {
        cell(sheet, row, 1, styles.body).setCellValue(text);
      }
      height(text.isEmpty() ? term : text, TEXT_WIDTH);
      row++;
    }

    /**
     * Row heights are set, not left to the viewer: Excel does not grow rows with wrapped text in
     * merged cells, and an explicit height looks the same in every viewer. The estimate errs on the
     * tall side.
     */
    private void height(String text, int widthInCharacters) {
      // A column width counts digit widths; running Calibri text is about 10 % narrower.
      int lines = Math.max(1, (int) Math.ceil(text.length() / (widthInCharacters * 1.1)));
      SheetKit.row(sheet, row).setHeightInPoints(lines * LINE_POINTS + 4);
    }
  }

  static void write(
      XSSFSheet sheet,
      TemplateStyles styles,
      Configuration config,
      Optional<FocusArea> area,
      Optional<LocalDate> lastDay) {
    Writer w = new Writer(sheet, styles);
    w.title(TemplateText.INSTRUCTIONS_TITLE);
    w.paragraph(TemplateText.INTRO);
    area.ifPresent(a -> w.paragraph(String.format(TemplateText.AREA_NOTE, a.name())));

    w.heading(TemplateText.HOW_HEADING);
    w.term("Gul cell", styles.inputText, "Här skriver du.");
    w.term("Grå cell", styles.formulaCount, "Räknas ut automatiskt och är låst.");
    for (String[] how : TemplateText.HOW) {
      w.term(how[0], how[1]);
    }

    w.heading(TemplateText.LEVELS_HEADING);
    w.paragraph(TemplateText.LEVELS_INTRO);
    for (Level level : Level.values()) {
      w.term(level.label(), config.levelDefinitions().getOrDefault(level, ""));
    }

    w.heading(TemplateText.RISK_HEADING);
    w.paragraph(TemplateText.RISK_INTRO);
    w.term("Konsekvens", styles.heading, "");
    for (Consequence c : Consequence.values()) {
      w.term(c.label(), TemplateText.CONSEQUENCES.get(c));
    }
    w.term("Sannolikhet", styles.heading, "");
    for (Likelihood l : Likelihood.values()) {
      w.term(l.label(), TemplateText.LIKELIHOODS.get(l));
    }

    w.heading(TemplateText.TYPE_HEADING);
    for (MappingType t : MappingType.values()) {
      w.term(t.label(), TemplateText.MAPPING_TYPES.get(t));
    }

    w.heading(TemplateText.RETURN_HEADING);
    List<String> steps = TemplateText.returnSteps(lastDay);
    for (int i = 0; i < steps.size(); i++) {
      w.term((i + 1) + ".", steps.get(i));
    }

    SheetKit.width(sheet, 0, TERM_WIDTH);
    SheetKit.width(sheet, 1, TEXT_WIDTH);
    sheet.setDisplayGridlines(false);
    SheetKit.print(sheet, false, -1, -1);
  }
}
