package se.kompetensgap.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.UnitIdentity;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.Severity;

/**
 * A receipt for one manager's workbook ({@code validera --kvitton}, issue 5): what was read and
 * every problem with where and how to fix it, in plain Swedish, for HR to mail back as it is.
 *
 * <p>Plain text, not a workbook: it can be pasted into the body of a mail or attached, opens on
 * any phone or computer without Excel, carries no macros for a mail filter to stop, and shows in
 * the mail preview. Written as UTF-8 with a byte-order mark and Windows line endings so that
 * Notepad on a municipal Windows PC shows å, ä, ö and the line breaks right.
 */
public final class Receipts {
  private Receipts() {}

  static final int WIDTH = 78;
  static final String NL = "\r\n";

  /** "Vuxna/Vuxenenheten Syd.xlsx" → "Vuxna - Vuxenenheten Syd - kvitto.txt". */
  public static String fileName(String file) {
    String base = file.replaceAll("\\.(?i)(xlsx|xlsm|xls)$", "");
    return base.replace('/', '-').replace("-", " - ").replaceAll("\\s+", " ").replaceAll("[\\\\:*?\"<>|]", "_")
        .strip() + " - kvitto.txt";
  }

  static final String HEADING = "KVITTO PÅ INLÄMNAD KOMPETENSKARTLÄGGNING";

  /** Whether {@code file} is a receipt this tool wrote: its name and its first line say so. */
  public static boolean isReceipt(java.nio.file.Path file) {
    if (!file.getFileName().toString().endsWith(" - kvitto.txt")) {
      return false;
    }
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      byte[] head = in.readNBytes(3 + HEADING.getBytes(StandardCharsets.UTF_8).length);
      return new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").startsWith(HEADING);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  public static byte[] bytes(FileOutcome o, LocalDate checked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(text(o, checked).replace("\n", NL).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** The receipt with "\n" line ends. */
  public static String text(FileOutcome o, LocalDate checked) {
    StringBuilder sb = new StringBuilder();
    sb.append(HEADING).append("\n");
    sb.append("=".repeat(40)).append("\n\n");
    sb.append("Fil:          ").append(o.file().substring(o.file().lastIndexOf('/') + 1)).append('\n');
    sb.append("Kontrollerad: ").append(checked).append('\n');
    if (o.report().isPresent()) {
      unit(sb, o.report().get().info());
    } else {
      // Rejected or superseded: still say whose it is, as the Enhet sheet states it (issue 10 §4).
      o.identity().ifPresent(i -> stated(sb, i));
    }
    sb.append('\n');
    paragraph(sb, "Resultat: " + verdict(o), "");
    sb.append('\n');
    o.report().ifPresent(r -> read(sb, r));
    List<Finding> errors = of(o, Severity.ERROR);
    List<Finding> warnings = of(o, Severity.WARNING);
    List<Finding> notes = of(o, Severity.NOTE);
    section(sb, "ATT RÄTTA", "felen gör att kartläggningen inte kan räknas med", errors);
    // A superseded file has warnings too, but is not counted: the heading must not say it is.
    section(sb, "ATT KONTROLLERA",
        o.fate().counted() ? "varningar; kartläggningen räknas med, men titta på dem" : "varningar; titta på dem", warnings);
    section(sb, "BRA ATT VETA", "noteringar; inget behöver göras", notes);
    if (errors.isEmpty() && warnings.isEmpty() && notes.isEmpty()) {
      sb.append("Inga anmärkningar. Tack!\n\n");
    }
    paragraph(sb, "Frågor? Svara på det här mejlet. Kvittot skrevs av kompetensgap.", "");
    return sb.toString();
  }

  private static void unit(StringBuilder sb, UnitInfo i) {
    sb.append("Enhet:        ").append(i.unit()).append('\n');
    sb.append("Avdelning:    ").append(i.department()).append('\n');
    sb.append("Fokusområde:  ").append(i.focusArea().name()).append('\n');
    if (!i.manager().isEmpty()) {
      sb.append("Chef:         ").append(i.manager()).append('\n');
    }
    sb.append("År:           ").append(i.year());
    if (i.date() != null) {
      sb.append(" (ifylld ").append(i.date()).append(')');
    }
    sb.append('\n');
  }

  private static void stated(StringBuilder sb, UnitIdentity i) {
    line(sb, "Enhet:        ", i.unit());
    line(sb, "Avdelning:    ", i.department());
    line(sb, "Fokusområde:  ", i.focusArea());
    line(sb, "Chef:         ", i.manager());
  }

  private static void line(StringBuilder sb, String label, String value) {
    if (!value.isEmpty()) {
      sb.append(label).append(value).append('\n');
    }
  }

  static String verdict(FileOutcome o) {
    return switch (o.fate()) {
      case READ -> "INLÄST. Kartläggningen räknas med i sammanställningen.";
      case READ_WITH_WARNINGS ->
          "INLÄST MED VARNINGAR. Kartläggningen räknas med, men något ser ovanligt ut. "
              + "Kontrollera punkterna under \"Att kontrollera\" och skicka en rättad arbetsbok "
              + "om något är fel.";
      case REJECTED ->
          "AVVISAD. Kartläggningen räknas inte med förrän felen under \"Att rätta\" är rättade. "
              + "Rätta i arbetsboken och skicka den till HR igen.";
      case SKIPPED ->
          "RÄKNAS INTE. En annan arbetsbok för samma enhet räknas i stället (se nedan).";
    };
  }

  private static void read(StringBuilder sb, UnitReport r) {
    sb.append("DET HÄR LÄSTES IN (antal personer, alla kompetensnivåer)\n");
    int name = Math.max(14, r.rows().stream().mapToInt(c -> c.category().name().length()).max().orElse(0));
    String fmt = "  %-" + name + "s %9s %11s %11s\n";
    sb.append(String.format(fmt, "Yrkeskategori", "Tillgång", "Behov 2 år", "Behov 5 år"));
    int s = 0;
    int d2 = 0;
    int d5 = 0;
    for (CategoryRow c : r.rows()) {
      sb.append(String.format(fmt, c.category().name(), c.supply().total(),
          c.demand(Horizon.TWO_YEARS).total(), c.demand(Horizon.FIVE_YEARS).total()));
      s += c.supply().total();
      d2 += c.demand2().total();
      d5 += c.demand5().total();
    }
    sb.append(String.format(fmt, "Summa", s, d2, d5));
    sb.append("  Riskbedömningar: ").append(r.risks().size()).append(" yrkeskategorier. Aktiviteter: ")
        .append(r.activities().size()).append(".\n\n");
  }

  private static List<Finding> of(FileOutcome o, Severity s) {
    return o.findings().stream().filter(f -> f.severity() == s).toList();
  }

  private static void section(StringBuilder sb, String title, String what, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    sb.append(title).append(" (").append(findings.size()).append(") – ").append(what).append('\n');
    int k = 1;
    for (Finding f : findings) {
      String where = where(f);
      String head = k + ". ";
      paragraph(sb, head + (where.isEmpty() ? "" : where + ": ") + toManager(f.message()), " ".repeat(head.length()));
      k++;
    }
    sb.append('\n');
  }

  /**
   * The messages are written for HR ("Be chefen spara …"); the receipt goes to the manager, so
   * the request becomes an instruction ("Spara …").
   */
  static String toManager(String message) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Be chefen (\\p{L})(\\p{L}*)").matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String verb = m.group(1) + m.group(2);
      String imperative = verb.equals("fylla") ? "fyll" : verb; // -a verbs: infinitive = imperative
      m.appendReplacement(sb, Character.toUpperCase(imperative.charAt(0)) + imperative.substring(1));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** "Bladet Kartläggning, cell D7 (värde "ca 5")", in words rather than Excel's Blad!D7. */
  static String where(Finding f) {
    List<String> parts = new ArrayList<>();
    if (!f.sheet().isEmpty()) {
      parts.add("Bladet " + f.sheet());
    }
    if (!f.cell().isEmpty()) {
      parts.add((f.cell().contains(":") ? "cellerna " : "cell ") + f.cell());
    }
    String w = String.join(", ", parts);
    if (!f.value().isEmpty() && !w.isEmpty()) {
      w += " (värde \"" + f.value() + "\")";
    }
    return w;
  }

  /** Word-wraps {@code text} at {@link #WIDTH}, continuation lines indented. */
  static void paragraph(StringBuilder sb, String text, String indent) {
    int col = 0;
    boolean first = true;
    for (String word : text.split(" ")) {
      if (!first && col + 1 + word.length() > WIDTH) {
        sb.append('\n').append(indent);
        col = indent.length();
      } else if (!first) {
        sb.append(' ');
        col++;
      }
      sb.append(word);
      col += word.length();
      first = false;
    }
    sb.append('\n');
  }

  static boolean counted(FileOutcome o) {
    return o.fate() == FileFate.READ || o.fate() == FileFate.READ_WITH_WARNINGS;
  }
}
