package se.kompetensgap.output;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/**
 * The conditional formats of the consolidated workbook, in Excel's familiar colours. Colours are
 * 4-byte ARGB: POI writes a 3-byte colour without alpha, which Excel may read as transparent.
 */
final class ConditionalFormats {
  private ConditionalFormats() {}

  // Excel's "Light red fill with dark red text" and "Green fill with dark green text".
  static final byte[] RED_FILL = {(byte) 0xFF, (byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
  static final byte[] RED_TEXT = {(byte) 0xFF, (byte) 0x9C, (byte) 0x00, (byte) 0x06};
  static final byte[] GREEN_FILL = {(byte) 0xFF, (byte) 0xC6, (byte) 0xEF, (byte) 0xCE};
  static final byte[] GREEN_TEXT = {(byte) 0xFF, (byte) 0x00, (byte) 0x61, (byte) 0x00};
  static final byte[] YELLOW_FILL = {(byte) 0xFF, (byte) 0xFF, (byte) 0xEB, (byte) 0x9C};
  static final byte[] YELLOW_TEXT = {(byte) 0xFF, (byte) 0x9C, (byte) 0x57, (byte) 0x00};
  // Excel's light orange, for the 0–49 % fulfilment band.
  static final byte[] ORANGE_FILL = {(byte) 0xFF, (byte) 0xFC, (byte) 0xE4, (byte) 0xD6};
  static final byte[] ORANGE_TEXT = {(byte) 0xFF, (byte) 0x83, (byte) 0x3C, (byte) 0x0B};
  static final byte[] GREY_FILL = {(byte) 0xFF, (byte) 0xE7, (byte) 0xE6, (byte) 0xE6};

  /** Negative values red (shortage), positive green (surplus). */
  static void shortageAndSurplus(XSSFSheet sheet, CellRangeAddress[] ranges) {
    XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule shortage = cf.createConditionalFormattingRule(ComparisonOperator.LT, "0");
    colour(shortage, RED_FILL, RED_TEXT);
    XSSFConditionalFormattingRule surplus = cf.createConditionalFormattingRule(ComparisonOperator.GT, "0");
    colour(surplus, GREEN_FILL, GREEN_TEXT);
    cf.addConditionalFormatting(ranges, shortage, surplus);
  }

  /** A rule given by a formula relative to the top-left cell of the range. */
  static void whenFormula(XSSFSheet sheet, CellRangeAddress range, String formula, byte[] fill, byte[] text) {
    XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule = cf.createConditionalFormattingRule(formula);
    colour(rule, fill, text);
    cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }

  static void colour(XSSFConditionalFormattingRule rule, byte[] fill, byte[] text) {
    var pattern = rule.createPatternFormatting();
    pattern.setFillBackgroundColor(new XSSFColor(fill, null));
    pattern.setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
    if (text != null) {
      rule.createFontFormatting().setFontColor(new XSSFColor(text, null));
    }
  }
}
