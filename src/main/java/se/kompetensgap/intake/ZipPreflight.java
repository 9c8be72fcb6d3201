package se.kompetensgap.intake;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A cheap look at an .xlsx/.xlsm before any parser opens it (issue 5: hostile files rejected
 * quickly, in bounded memory). It reads the zip's central directory, then inflates each entry
 * into nothing with a byte cap, so a size the directory lies about is caught too. It rejects
 * what no manager's workbook ever is: a zip bomb, a sheet the size of a million rows, thousands
 * of entries, a DTD (the door for XML external entities, which Excel never writes), strict Open
 * XML, and a truncated zip. Files that are not zips (.xls, encrypted workbooks, which are OLE2
 * containers, empty files, text) pass through to the parser, which has its own messages.
 *
 * <p>POI's own guard ({@code ZipSecureFile}, minimum inflate ratio 1 %) still applies when POI
 * opens the file; this class makes the common cases fast and their messages Swedish.
 */
public final class ZipPreflight {

  /** More entries than any workbook of ours has (the template has about 40). */
  static final int MAX_ENTRIES = 2_000;

  /**
   * A worksheet part larger than this is not a mapping: a filled template sheet is about
   * 50 kB; 20 MB is roughly 200 000 rows of numbers.
   */
  static final long MAX_SHEET_BYTES = 20L * 1024 * 1024;

  /** No single part of a mapping (styles, shared strings, drawings) comes near this. */
  static final long MAX_PART_BYTES = 40L * 1024 * 1024;

  /** The sum over all parts; far above any workbook a manager fills in. */
  static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;

  /** Inflated/compressed above this, for a part of more than {@link #RATIO_FLOOR}, is a bomb. */
  static final long MAX_RATIO = 200;

  static final long RATIO_FLOOR = 1024 * 1024;

  /** How far into each XML part to look for a DTD: it can only stand before the root element. */
  static final int PROLOG_BYTES = 4096;

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private static final String STRICT = "purl.oclc.org/ooxml/officeDocument";

  private ZipPreflight() {}

  /** Throws with a Swedish message if the file must not be handed to a parser. */
  public static void check(File file) throws UnreadableFileException {
    if (!isZip(file)) {
      return;
    }
    try (ZipFile zip = new ZipFile(file)) {
      check(file, zip, null);
    } catch (IOException e) {
      throw damaged(e);
    }
  }

  /**
   * A package that passed the pre-flight, still open, with the parts it inflated on the way
   * kept (up to {@link #KEEP_BYTES} in all), so that a reader does not inflate them again
   * (issue 6: the pre-flight was a third of the read time when it was a pass of its own).
   * Closing it closes the zip.
   */
  public record Checked(ZipFile zip, Map<String, byte[]> parts) implements Closeable {
    @Override
    public void close() throws IOException {
      zip.close();
    }
  }

  /** What {@link Checked} keeps inflated at most: a filled mapping is about 60 kB. */
  static final long KEEP_BYTES = 4L * 1024 * 1024;

  /**
   * The same check as {@link #check(File)}, keeping the package open for the reader; empty if
   * the file is no zip at all (an .xls, an encrypted workbook, an empty file), which the
   * caller leaves to POI.
   */
  public static Optional<Checked> open(File file) throws UnreadableFileException {
    if (!isZip(file)) {
      return Optional.empty();
    }
    ZipFile zip = null;
    try {
      zip = new ZipFile(file);
      Map<String, byte[]> parts = new HashMap<>();
      check(file, zip, parts);
      return Optional.of(new Checked(zip, parts));
    } catch (IOException e) {
      closeQuietly(zip);
      throw damaged(e);
    } catch (UnreadableFileException | RuntimeException e) {
      closeQuietly(zip);
      throw e;
    }
  }

  private static boolean isZip(File file) throws UnreadableFileException {
    byte[] head = head(file);
    if (!Arrays.equals(Arrays.copyOf(head, 4), ZIP_MAGIC)) {
      notAWorkbook(head);
      return false;
    }
    return true;
  }

  /** Inflates every entry once; {@code keep}, if given, receives the parts small enough to keep. */
  private static void check(File file, ZipFile zip, Map<String, byte[]> keep)
      throws IOException, UnreadableFileException {
    if (zip.size() > MAX_ENTRIES) {
      throw reject(
          "Filen innehåller " + zip.size() + " delar, långt fler än en kartläggning har (högst "
              + MAX_ENTRIES + "). Den är inte en vanlig arbetsbok och läses inte. Be chefen "
              + "fylla i kartläggningsmallen och skicka den igen.");
    }
    long total = 0;
    long kept = 0;
    byte[] buf = new byte[16 * 1024];
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry e = entries.nextElement();
      if (e.isDirectory()) {
        continue;
      }
      long limit = limitFor(e.getName());
      long declared = e.getSize();
      if (declared > RATIO_FLOOR
          && e.getCompressedSize() > 0
          && declared / e.getCompressedSize() > MAX_RATIO) {
        throw bomb(e.getName(), declared, e.getCompressedSize());
      }
      if (declared > limit) {
        throw tooLarge(e.getName(), declared);
      }
      boolean keepThis = keep != null && declared >= 0 && kept + declared <= KEEP_BYTES;
      ByteArrayOutputStream into = keepThis ? new ByteArrayOutputStream((int) declared) : null;
      long actual = inflate(zip, e, limit, buf, into);
      if (actual > limit) {
        throw tooLarge(e.getName(), actual);
      }
      total += actual;
      if (total > MAX_TOTAL_BYTES) {
        throw bomb(e.getName(), total, file.length());
      }
      if (keepThis && actual == declared) {
        keep.put(e.getName(), into.toByteArray());
        kept += actual;
      }
    }
  }

  private static UnreadableFileException damaged(IOException e) {
    // ZipException, EOFException, a bad inflater stream: the zip itself is damaged.
    return reject(
        "Filen är skadad eller ofullständig (den slutar mitt i, eller innehållet stämmer inte). "
            + "Det händer när en bilaga inte laddats ned helt. Be chefen öppna arbetsboken i "
            + "Excel, spara den som .xlsx och skicka den igen.",
        e);
  }

  private static void closeQuietly(ZipFile zip) {
    if (zip != null) {
      try {
        zip.close();
      } catch (IOException ignored) {
        // opened read-only: nothing to save
      }
    }
  }

  private static byte[] head(File file) {
    try (InputStream in = Files.newInputStream(file.toPath())) {
      return in.readNBytes(8);
    } catch (IOException e) {
      return new byte[0]; // the parser will say what is wrong with the file
    }
  }

  /**
   * A file with an Excel name that is neither a zip nor an OLE2 container (.xls, or an
   * encrypted .xlsx) is not a workbook. Web systems often export HTML or XML named .xls.
   */
  private static void notAWorkbook(byte[] head) throws UnreadableFileException {
    if (head.length == 0 || Arrays.equals(Arrays.copyOf(head, 4), OLE2_MAGIC)) {
      return; // empty, .xls or encrypted: POI says which
    }
    String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    String what =
        start.startsWith("%pdf") ? " (den är en PDF)"
            : start.startsWith("<") || start.startsWith("\u00ef\u00bb\u00bf<") ? " (den är en webbsida eller XML-fil)"
            : start.startsWith("{\\rtf") ? " (den är ett RTF-dokument)"
            : "";
    throw reject(
        "Filen är inte en Excel-arbetsbok" + what + ", fast namnet slutar på en Excel-ändelse. "
            + "Den läses inte. Öppna den i Excel och spara som Excel-arbetsbok (.xlsx), eller be "
            + "chefen skicka kartläggningen som .xlsx.");
  }

  private static long limitFor(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith("xl/worksheets/") ? MAX_SHEET_BYTES : MAX_PART_BYTES;
  }

  /**
   * Inflates one entry into {@code into} (or nothing), stopping one byte past {@code limit}; on
   * the way looks at an XML part's prolog for a DTD and for strict Open XML.
   */
  private static long inflate(ZipFile zip, ZipEntry e, long limit, byte[] buf, ByteArrayOutputStream into)
      throws IOException, UnreadableFileException {
    String name = e.getName().toLowerCase(Locale.ROOT);
    boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
    long n = 0;
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    try (InputStream in = zip.getInputStream(e)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        crc.update(buf, 0, r);
        if (xml && n == 0) {
          prolog(e.getName(), name, new String(buf, 0, Math.min(r, PROLOG_BYTES), StandardCharsets.ISO_8859_1));
        }
        if (into != null) {
          into.write(buf, 0, r);
        }
        n += r;
        if (n > limit) {
          return n;
        }
      }
    }
    // POI's zip reader does not check the checksum: a damaged byte could change a number.
    if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) {
      throw new ZipException("CRC mismatch in " + e.getName());
    }
    return n;
  }

  private static void prolog(String entry, String lower, String head) throws UnreadableFileException {
    if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
      throw reject(
          "Filen innehåller en XML-definition (DOCTYPE/ENTITY) i delen " + entry + ". Det skriver "
              + "Excel aldrig; filen kan vara manipulerad och läses därför inte. Be chefen fylla "
              + "i kartläggningsmallen på nytt och skicka den igen.");
    }
    if ((lower.equals("_rels/.rels") || lower.equals("xl/workbook.xml")) && head.contains(STRICT)
        || lower.equals("xl/workbook.xml") && head.contains("purl.oclc.org/ooxml/spreadsheetml")) {
      throw reject(
          "Arbetsboken är sparad som \"Strikt Open XML-kalkylblad\", som programmet inte läser. "
              + "Öppna den i Excel och spara som vanlig .xlsx (Excel-arbetsbok), och skicka den "
              + "igen.");
    }
  }

  private static UnreadableFileException tooLarge(String entry, long bytes) {
    boolean sheet = entry.toLowerCase(Locale.ROOT).startsWith("xl/worksheets/");
    return reject(
        (sheet
                ? "Ett blad i arbetsboken (" + entry + ") är orimligt stort, minst " + mb(bytes)
                    + " MB, vilket motsvarar hundratusentals rader. En kartläggning har några "
                    + "tiotal rader. "
                : "En del av arbetsboken (" + entry + ") är orimligt stor, minst " + mb(bytes)
                    + " MB. ")
            + "Filen läses inte. Be chefen kopiera in uppgifterna i en ny kartläggningsmall "
            + "(utan tusentals tomma eller ifyllda rader) och skicka den igen.");
  }

  private static UnreadableFileException bomb(String entry, long inflated, long compressed) {
    return reject(
        "Filen packas upp till orimligt mycket data (" + entry + ": minst " + mb(inflated)
            + " MB ur " + Math.max(1, compressed / 1024) + " kB). Så ser en så kallad zip-bomb "
            + "ut, inte en kartläggning, och filen läses inte. Be chefen fylla i "
            + "kartläggningsmallen och skicka den igen.");
  }

  private static long mb(long bytes) {
    return Math.max(1, bytes / (1024 * 1024));
  }

  private static UnreadableFileException reject(String message) {
    return new UnreadableFileException(message, null);
  }

  private static UnreadableFileException reject(String message, Throwable cause) {
    return new UnreadableFileException(message, cause);
  }
}
