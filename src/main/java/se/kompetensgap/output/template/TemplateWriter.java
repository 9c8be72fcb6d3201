package se.kompetensgap.output.template;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.output.StyleSheetSchema;
import se.kompetensgap.text.Contract;

/**
 * Builds the blank manager workbook, {@code kompetenskartlaggning.xlsx} (SPEC §4): Instruktioner,
 * then one sheet per input table (Enhet, Kartläggning, Risk, Aktiviteter) and a hidden Listor sheet
 * behind the drop-downs. Table names and headers come from {@link Contract}.
 *
 * <p>The result depends only on the configuration and the area, so the committed template can be
 * compared with a fresh build.
 */
public final class TemplateWriter {
  private TemplateWriter() {}

  /**
   * The template for every focus area ({@code area} empty: all categories, Fokusområde blank) or
   * for one ({@code area} given: its own and the common categories, Fokusområde filled in).
   *
   * @throws IllegalArgumentException if {@code area} is not a configured focus area
   */
  public static XSSFWorkbook build(Configuration config, Optional<FocusArea> area) {
    return build(config, area, Edition.UNDATED);
  }

  /**
   * One year's edition of the template: the year pre-filled in Enhet and the last day to send it
   * back in the instructions, each when given. {@link #UNDATED} is the committed template.
   */
  public record Edition(Optional<Integer> year, Optional<LocalDate> lastDay) {
    public static final Edition UNDATED = new Edition(Optional.empty(), Optional.empty());

    public Edition {
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(lastDay, "lastDay");
      year.ifPresent(y -> {
        if (y < 2000 || y > 2100) {
          throw new IllegalArgumentException("implausible year " + y);
        }
      });
    }
  }

  /** The template of {@link #build(Configuration, Optional)} for one year's round. */
  public static XSSFWorkbook build(Configuration config, Optional<FocusArea> area, Edition edition) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(area, "area");
    List<Category> categories = categories(config, area);
    XSSFWorkbook wb = new XSSFWorkbook();
    try {
      TemplateStyles styles = new TemplateStyles(wb);
      // Sheets first, in their final order: the named ranges need Listor to exist, and the
      // validations on the other sheets refer to the names.
      XSSFSheet instructions = wb.createSheet(TemplateText.INSTRUCTIONS_SHEET);
      XSSFSheet unit = wb.createSheet(Contract.UNIT_SHEET);
      XSSFSheet mapping = wb.createSheet(Contract.MAPPING_SHEET);
      XSSFSheet risk = wb.createSheet(Contract.RISK_SHEET);
      XSSFSheet activities = wb.createSheet(Contract.ACTIVITY_SHEET);
      XSSFSheet lists = wb.createSheet(TemplateText.LISTS_SHEET);

      ListsSheet.write(lists, styles, PickLists.all(config, categories));
      InstructionsSheet.write(instructions, styles, config, area, edition.lastDay());
      UnitSheet.write(unit, styles, config, area, edition.year());
      MappingSheet.write(mapping, styles, categories);
      RiskSheet.write(risk, styles, categories);
      ActivitySheet.write(activities, styles);

      wb.setSheetHidden(wb.getSheetIndex(lists), true);
      // Open on the instructions; a hidden sheet must never be the active or a selected one.
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        wb.getSheetAt(i).setSelected(i == 0);
      }
      wb.setActiveSheet(0);
      wb.setFirstVisibleTab(0);
      // Cached values are written for every formula, but Excel should still recompute them.
      wb.setForceFormulaRecalculation(true);
      POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
      core.setTitle(TemplateText.DOCUMENT_TITLE);
      core.setCreator(TemplateText.DOCUMENT_CREATOR);
      core.setSubjectProperty(TemplateText.DOCUMENT_SUBJECT);
      StyleSheetSchema.apply(wb);
      return wb;
    } catch (RuntimeException e) {
      try {
        wb.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Builds the template and writes it as .xlsx to {@code out} (which is left open). */
  public static void write(Configuration config, Optional<FocusArea> area, OutputStream out)
      throws IOException {
    write(config, area, Edition.UNDATED, out);
  }

  /** Builds one year's edition and writes it as .xlsx to {@code out} (which is left open). */
  public static void write(Configuration config, Optional<FocusArea> area, Edition edition, OutputStream out)
      throws IOException {
    try (XSSFWorkbook wb = build(config, area, edition)) {
      wb.write(out);
    }
  }

  private static List<Category> categories(Configuration config, Optional<FocusArea> area) {
    if (area.isEmpty()) {
      return config.allCategories();
    }
    if (!config.focusAreas().contains(area.get())) {
      throw new IllegalArgumentException(
          "unknown focus area " + area.get() + ", expected one of " + config.focusAreas());
    }
    return config.categoriesFor(area.get());
  }
}
