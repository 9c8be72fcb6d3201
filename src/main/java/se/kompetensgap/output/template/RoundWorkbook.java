package se.kompetensgap.output.template;

import static se.kompetensgap.output.template.SheetKit.GROUP_ROW;
import static se.kompetensgap.output.template.SheetKit.HEADER_ROW;
import static se.kompetensgap.output.template.SheetKit.NOTE_ROW;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.text.Contract;

/**
 * One unit's workbook for next year's round ({@code utskick}): the real template, with the
 * unit's identity and this year's År, last year's supply and need in the yellow cells to revise,
 * a locked grey "Förra året" block beside them with last year's totals and gaps, last year's risk
 * assessments and last year's activities (Klar ones marked green) to follow up.
 *
 * <p>With Lättversion the supply cells are locked and grey: the supply is carried from last year
 * at consolidation, whatever the cells say.
 */
public final class RoundWorkbook {
  private RoundWorkbook() {}

  /** The label above the block. */
  static final String PREVIOUS_GROUP = "Förra året (%d) – låst, för jämförelse";

  /** The block's columns: last year's totals and total gaps, as the template's own formulas had them. */
  record BlockColumn(String header, ToIntFunction<CategoryRow> value, boolean gap) {}

  static final List<BlockColumn> BLOCK =
      List.of(
          new BlockColumn("Tillgång", r -> r.supply().total(), false),
          new BlockColumn("Behov " + Horizon.TWO_YEARS.label(), r -> r.demand(Horizon.TWO_YEARS).total(), false),
          new BlockColumn("Behov " + Horizon.FIVE_YEARS.label(), r -> r.demand(Horizon.FIVE_YEARS).total(), false),
          new BlockColumn("Gap " + Horizon.TWO_YEARS.label(), r -> r.supply().total() - r.demand(Horizon.TWO_YEARS).total(), true),
          new BlockColumn("Gap " + Horizon.FIVE_YEARS.label(), r -> r.supply().total() - r.demand(Horizon.FIVE_YEARS).total(), true));

  /**
   * What one unit gets.
   *
   * @param info this year's identity: År, Förvaltning, Fokusområde, Avdelning, Enhet, Ansvarig chef
   *     and Kartläggningstyp (Datum is left for the manager)
   * @param lastYear the unit's rows in last year's Underlag and that year; empty for a unit new on
   *     the list (it gets the blank template with its identity)
   */
  public record Unit(
      UnitInfo info,
      Optional<LastYear> lastYear,
      List<RiskAssessment> risks,
      List<Activity> activities) {
    public Unit {
      Objects.requireNonNull(info, "info");
      Objects.requireNonNull(lastYear, "lastYear");
      risks = List.copyOf(risks);
      activities = List.copyOf(activities);
    }
  }

  /** Last year's figures of one unit. */
  public record LastYear(int year, List<CategoryRow> rows) {
    public LastYear {
      rows = List.copyOf(rows);
    }
  }

  /** Builds the unit's workbook; the caller writes and closes it. */
  public static XSSFWorkbook build(Configuration config, Unit unit, Optional<LocalDate> lastDay) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(unit, "unit");
    List<CategoryRow> rows = unit.lastYear().map(LastYear::rows).orElse(List.of());
    // The area's own template when every category fits it; a unit that also maps another area's
    // categories (seed 000: "både stöd och råd för vuxna och barn och unga") gets all categories.
    Set<Category> own = new HashSet<>(config.categoriesFor(unit.info().focusArea()));
    boolean fits = rows.stream().allMatch(r -> own.contains(r.category()));
    Optional<se.kompetensgap.model.FocusArea> area =
        fits ? Optional.of(unit.info().focusArea()) : Optional.empty();
    Set<Category> offered = new HashSet<>(fits ? own : config.allCategories());
    XSSFWorkbook wb =
        TemplateWriter.build(
            config, area, new TemplateWriter.Edition(Optional.of(unit.info().year()), lastDay));
    try {
      List<RiskAssessment> risks =
          unit.risks().stream().filter(r -> offered.contains(r.category())).toList();
      TemplateFiller.fill(
          wb, new UnitReport("", unit.info(), rows, risks, unit.activities()));
      unit.lastYear().ifPresent(last -> previousBlock(wb, last));
      if (unit.info().mappingType() == MappingType.LIGHT) {
        lockSupply(wb, unit.lastYear().isPresent());
      }
      if (!unit.activities().isEmpty()) {
        markDone(wb);
      }
      return wb;
    } catch (RuntimeException e) {
      try {
        wb.close();
      } catch (java.io.IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Builds the unit's workbook and writes it as .xlsx to {@code out} (which is left open). */
  public static void write(Configuration config, Unit unit, Optional<LocalDate> lastDay, java.io.OutputStream out)
      throws java.io.IOException {
    try (XSSFWorkbook wb = build(config, unit, lastDay)) {
      // Its own conditional formats (the Förra året gaps) come after the template's: schema order last.
      se.kompetensgap.output.StyleSheetSchema.apply(wb);
      wb.write(out);
    }
  }

  /** The locked grey block right of the Kartlaggning table, one blank column apart. */
  private static void previousBlock(XSSFWorkbook wb, LastYear last) {
    XSSFTable table = TableLookup.table(wb, Contract.MAPPING_TABLE);
    XSSFSheet sheet = table.getXSSFSheet();
    int categories = TableLookup.column(table, Contract.CATEGORY);
    int first = table.getEndColIndex() + 2;
    XSSFCellStyle group = SheetKit.cell(sheet, GROUP_ROW, table.getEndColIndex()).getCellStyle();
    XSSFCellStyle header = SheetKit.cell(sheet, HEADER_ROW, table.getEndColIndex()).getCellStyle();
    int anyRow = TableLookup.firstDataRow(table);
    XSSFCellStyle count =
        SheetKit.cell(sheet, anyRow, TableLookup.column(table, MappingFormulas.SUPPLY_TOTAL)).getCellStyle();
    XSSFCellStyle gap =
        SheetKit.cell(sheet, anyRow, TableLookup.column(table, MappingFormulas.gapTotal(Horizon.TWO_YEARS)))
            .getCellStyle();
    for (int i = 0; i < BLOCK.size(); i++) {
      SheetKit.cell(sheet, GROUP_ROW, first + i, group);
      SheetKit.cell(sheet, HEADER_ROW, first + i, header).setCellValue(BLOCK.get(i).header());
      SheetKit.width(sheet, first + i, 10);
    }
    SheetKit.width(sheet, first - 1, 3);
    SheetKit.cell(sheet, GROUP_ROW, first).setCellValue(String.format(PREVIOUS_GROUP, last.year()));
    sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, first, first + BLOCK.size() - 1));
    for (int r = TableLookup.firstDataRow(table); r <= TableLookup.lastDataRow(table); r++) {
      XSSFCell name = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(categories);
      if (name == null) {
        continue;
      }
      String category = name.getStringCellValue();
      Optional<CategoryRow> row =
          last.rows().stream().filter(x -> x.category().name().equals(category)).findFirst();
      for (int i = 0; i < BLOCK.size(); i++) {
        BlockColumn b = BLOCK.get(i);
        XSSFCell c = SheetKit.cell(sheet, r, first + i, b.gap() ? gap : count);
        if (row.isPresent()) {
          c.setCellValue(b.value().applyAsInt(row.get()));
        }
      }
    }
    // The template's note gets what this workbook is.
    SheetKit.cell(sheet, NOTE_ROW, 0)
        .setCellValue(
            TemplateText.MAPPING_NOTE
                + " Ifyllt med förra årets kartläggning ("
                + last.year()
                + "): revidera siffrorna och skriv i Kommentar varför behovet ändras. "
                + "Förra årets summor och gap står låsta till höger.");
  }

  /** Lättversion: supply is carried at consolidation, so its cells are locked and say so. */
  private static void lockSupply(XSSFWorkbook wb, boolean hasLastYear) {
    XSSFTable table = TableLookup.table(wb, Contract.MAPPING_TABLE);
    XSSFSheet sheet = table.getXSSFSheet();
    int anyRow = TableLookup.firstDataRow(table);
    XSSFCellStyle locked =
        SheetKit.cell(sheet, anyRow, TableLookup.column(table, MappingFormulas.SUPPLY_TOTAL)).getCellStyle();
    for (Level l : Level.values()) {
      int c = TableLookup.column(table, Contract.supplyHeader(l));
      for (int r = anyRow; r <= TableLookup.lastDataRow(table); r++) {
        SheetKit.cell(sheet, r, c).setCellStyle(locked);
      }
    }
    int firstSupply = TableLookup.column(table, Contract.supplyHeader(Level.values()[0]));
    SheetKit.cell(sheet, GROUP_ROW, firstSupply)
        .setCellValue(hasLastYear ? TemplateText.SUPPLY_GROUP + " – från förra året (låst)" : TemplateText.SUPPLY_GROUP
            + " – hämtas från förra året (låst)");
  }

  /** Klar activities stay in the plan, green, so the manager sees what was done. */
  private static void markDone(XSSFWorkbook wb) {
    XSSFTable table = TableLookup.table(wb, Contract.ACTIVITY_TABLE);
    XSSFSheet sheet = table.getXSSFSheet();
    int status = TableLookup.column(table, Contract.STATUS);
    int first = TableLookup.firstDataRow(table);
    String ref = "$" + org.apache.poi.ss.util.CellReference.convertNumToColString(status) + (first + 1);
    XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule done =
        cf.createConditionalFormattingRule(ref + "=\"" + ActivityStatus.DONE.label() + "\"");
    done.createPatternFormatting().setFillBackgroundColor(new XSSFColor(TemplateStyles.SURPLUS_FILL, null));
    done.createFontFormatting().setFontColor(new XSSFColor(TemplateStyles.SURPLUS_TEXT, null));
    cf.addConditionalFormatting(
        new CellRangeAddress[] {
          new CellRangeAddress(first, TableLookup.lastDataRow(table), table.getStartColIndex(), table.getEndColIndex())
        },
        done);
  }
}
