package se.kompetensgap.intake;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import se.kompetensgap.model.Labelled;

/**
 * A {@link WorkbookSource} that reads an .xlsx package with a SAX parser instead of POI's user
 * model: workbook.xml for the sheets, the table parts for name, range and column names, shared
 * strings and styles (for the date-formatted flag), and of each sheet only the cells inside the
 * table asked for. It gives exactly the cells {@link PoiWorkbookSource} gives, ten times faster
 * (issue 6: the user model spends most of a run building objects the reader never looks at).
 *
 * <p>Whatever it cannot answer exactly it refuses with {@link NeedsUserModel}, and the caller
 * reads the file with {@link PoiWorkbookSource} instead:
 *
 * <ul>
 *   <li>a formula in a column the reader uses: input cells are evaluated, never read from their
 *       cached value (SPEC §4). Formula columns the reader does not use (the template's totals
 *       and gap preview) get their cached value, which nobody reads;
 *   <li>a table that is missing, so that the header row has to be searched for on the sheet;
 *   <li>anything unusual: no table parts where expected, cells without addresses, strict OOXML,
 *       parts larger than {@link #MAX_PART_BYTES}.
 * </ul>
 *
 * <p>The XML parser refuses DTDs and external entities, and every part is read through a bound,
 * so a hostile file costs at most that bound before it is handed to POI's own checks.
 */
public final class StreamingWorkbookSource implements WorkbookSource {

  /** Largest uncompressed part read; the template's largest is ~10 KB. */
  static final long MAX_PART_BYTES = 32L * 1024 * 1024;

  /** This file needs POI's user model; nothing about the file is wrong. */
  public static final class NeedsUserModel extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NeedsUserModel(String why) {
      super(why, null, false, false);
    }
  }

  private static final SAXParserFactory FACTORY = factory();
  private static final ThreadLocal<SAXParser> PARSER = new ThreadLocal<>();
  /** A relationship target with no "..", ".", escapes or scheme: resolved by joining. */
  private static final Pattern PLAIN_TARGET = Pattern.compile("/?(?:[A-Za-z0-9_\\-]+/)*[A-Za-z0-9_\\-]+(?:\\.[A-Za-z0-9_\\-]+)*");
  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
  private static final String REL_TABLE = "/table";
  private static final String REL_WORKSHEET = "/worksheet";
  private static final String REL_OFFICE_DOCUMENT = "/officeDocument";

  private record SheetInfo(String name, String part) {}

  private record TableInfo(
      String name, int sheet, int firstRow, int firstCol, int lastRow, int lastCol,
      int totalsRows, List<String> columnNames) {}

  /** A cell as it stands in the sheet XML, before it becomes a {@link RawCell}. */
  private record XmlCell(String type, int style, String value, String inline, boolean formula) {}

  private final ZipFile zip;
  /** Parts the pre-flight already inflated, by entry name (empty when opened on its own). */
  private final Map<String, byte[]> inflated;
  private final Map<String, Set<String>> wanted;
  private final List<SheetInfo> sheets = new ArrayList<>();
  private final List<TableInfo> tables = new ArrayList<>();
  private String workbookDir;
  private String sharedStringsPart;
  private String stylesPart;
  private List<String> sharedStrings;
  private int[] xfFormats;
  private Map<Integer, String> numberFormats;
  /** Per style index: a date format? (POI's test is a regular expression: asked once per style.) */
  private Boolean[] dateStyles;
  /** The tables already read, by name, sheet and key header. */
  private final Map<String, Optional<RawTable>> tablesRead = new HashMap<>();

  private StreamingWorkbookSource(ZipFile zip, Map<String, byte[]> inflated, Map<String, Set<String>> wanted) {
    this.zip = zip;
    this.inflated = inflated;
    this.wanted = wanted;
  }

  /**
   * Opens an .xlsx/.xlsm package.
   *
   * @param wanted for each table name (normalised), the normalised headers the reader uses; a
   *     formula in such a column sends the file to POI. A table not in the map is all wanted.
   */
  public static StreamingWorkbookSource open(Path file, Map<String, Set<String>> wanted) {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new NeedsUserModel("not a zip: " + e.getMessage());
    }
    return open(zip, Map.of(), wanted);
  }

  /**
   * Opens a package the pre-flight has passed, reading the parts it kept inflated from memory.
   * The source owns the package from here: closing the source closes it.
   */
  public static StreamingWorkbookSource open(ZipPreflight.Checked checked, Map<String, Set<String>> wanted) {
    return open(checked.zip(), checked.parts(), wanted);
  }

  private static StreamingWorkbookSource open(ZipFile zip, Map<String, byte[]> inflated, Map<String, Set<String>> wanted) {
    StreamingWorkbookSource source = new StreamingWorkbookSource(zip, inflated, wanted);
    try {
      source.readStructure();
      return source;
    } catch (IOException | SAXException | RuntimeException e) {
      source.close();
      if (e instanceof NeedsUserModel n) {
        throw n;
      }
      throw new NeedsUserModel("structure: " + e);
    }
  }

  // --- structure: workbook, relationships, tables ---

  private void readStructure() throws IOException, SAXException {
    Map<String, String[]> rootRels = relationships("_rels/.rels", "");
    String workbookPart = null;
    for (String[] rel : rootRels.values()) {
      if (rel[0].endsWith(REL_OFFICE_DOCUMENT) && !rel[0].contains("/strict")) {
        workbookPart = rel[1];
      }
    }
    if (workbookPart == null) {
      throw new NeedsUserModel("no transitional officeDocument relationship");
    }
    workbookDir = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
    Map<String, String[]> wbRels = relationships(relsOf(workbookPart), workbookDir);
    for (String[] rel : wbRels.values()) {
      if (rel[0].endsWith("/sharedStrings")) {
        sharedStringsPart = rel[1];
      } else if (rel[0].endsWith("/styles")) {
        stylesPart = rel[1];
      }
    }
    List<String[]> sheetRefs = new ArrayList<>();
    parse(workbookPart, new DefaultHandler() {
      @Override
      public void startElement(String uri, String local, String q, Attributes a) {
        if (local.equals("sheet")) {
          sheetRefs.add(new String[] {a.getValue("name"), relId(a)});
        }
      }
    });
    for (String[] ref : sheetRefs) {
      String[] rel = wbRels.get(ref[1]);
      if (ref[0] == null || rel == null || !rel[0].endsWith(REL_WORKSHEET)) {
        // A chart sheet or dialog sheet: POI lists it too, but it has no cells or tables.
        throw new NeedsUserModel("sheet without worksheet part: " + ref[0]);
      }
      sheets.add(new SheetInfo(ref[0], rel[1]));
    }
    for (int i = 0; i < sheets.size(); i++) {
      String part = sheets.get(i).part();
      if (zip.getEntry(relsOf(part)) == null) {
        continue;
      }
      String dir = part.substring(0, part.lastIndexOf('/') + 1);
      for (String[] rel : relationships(relsOf(part), dir).values()) {
        if (rel[0].endsWith(REL_TABLE)) {
          tables.add(table(rel[1], i));
        }
      }
    }
  }

  private static String relId(Attributes a) {
    for (int i = 0; i < a.getLength(); i++) {
      if (a.getLocalName(i).equals("id") && a.getURI(i).contains("relationships")) {
        return a.getValue(i);
      }
    }
    return null;
  }

  private static String relsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /** Relationship id → {type, resolved part name}; external targets are left out. */
  private Map<String, String[]> relationships(String relsPart, String baseDir) throws IOException, SAXException {
    Map<String, String[]> rels = new HashMap<>();
    parse(relsPart, new DefaultHandler() {
      @Override
      public void startElement(String uri, String local, String q, Attributes a) {
        if (local.equals("Relationship") && !"External".equals(a.getValue("TargetMode"))) {
          rels.put(a.getValue("Id"), new String[] {a.getValue("Type"), resolve(baseDir, a.getValue("Target"))});
        }
      }
    });
    return rels;
  }

  static String resolve(String baseDir, String target) {
    if (target == null) {
      throw new NeedsUserModel("relationship without target");
    }
    if (PLAIN_TARGET.matcher(target).matches()) {
      // "worksheets/sheet1.xml", "/xl/workbook.xml": as the URI below gives it, without one
      return target.startsWith("/") ? target.substring(1) : baseDir + target;
    }
    String resolved = URI.create("/" + baseDir).resolve(target.replace(" ", "%20")).getPath();
    return resolved.startsWith("/") ? resolved.substring(1) : resolved;
  }

  private TableInfo table(String part, int sheet) throws IOException, SAXException {
    String[] head = new String[3];
    List<String> columns = new ArrayList<>();
    parse(part, new DefaultHandler() {
      @Override
      public void startElement(String uri, String local, String q, Attributes a) {
        if (local.equals("table")) {
          head[0] = a.getValue("name");
          head[1] = a.getValue("ref");
          head[2] = a.getValue("totalsRowCount");
        } else if (local.equals("tableColumn")) {
          columns.add(a.getValue("name"));
        }
      }
    });
    if (head[1] == null) {
      throw new NeedsUserModel("table without ref: " + part);
    }
    String[] corners = head[1].split(":");
    int[] from = address(corners[0]);
    int[] to = address(corners[corners.length - 1]);
    int totals = head[2] == null ? 0 : Integer.parseInt(head[2]);
    return new TableInfo(head[0], sheet, from[0], from[1], to[0], to[1], totals, columns);
  }

  // --- WorkbookSource ---

  @Override
  public List<String> tableNames() {
    return tables.stream().map(TableInfo::name).toList();
  }

  @Override
  public Optional<RawTable> table(String tableName, String sheetName, String keyHeader) {
    // The reader asks for some tables twice (the unfilled-template check first): parse once.
    String key = tableName + '\u0000' + sheetName + '\u0000' + keyHeader;
    Optional<RawTable> known = tablesRead.get(key);
    if (known == null) {
      known = find(tableName, sheetName);
      tablesRead.put(key, known);
    }
    return known;
  }

  private Optional<RawTable> find(String tableName, String sheetName) {
    for (TableInfo t : tables) {
      if (t.name() != null && t.name().equalsIgnoreCase(tableName)) {
        try {
          return Optional.of(read(t));
        } catch (IOException | SAXException e) {
          throw new NeedsUserModel("sheet: " + e);
        }
      }
    }
    for (SheetInfo s : sheets) {
      String n = Labelled.normalise(s.name());
      if (n.equals(Labelled.normalise(sheetName)) || n.equals(Labelled.normalise(tableName))) {
        // The header row must be searched for on the sheet: rare (other programs), so POI.
        throw new NeedsUserModel("sheet fallback for " + tableName);
      }
    }
    return Optional.empty();
  }

  private RawTable read(TableInfo t) throws IOException, SAXException {
    int lastRow = t.lastRow() - Math.max(0, t.totalsRows());
    int width = t.lastCol() - t.firstCol() + 1;
    // Rows of the table range from the header row down: only these cells are kept.
    int height = Math.max(0, Math.max(lastRow, t.firstRow()) - t.firstRow() + 1);
    XmlCell[][] grid = new XmlCell[height][width];
    cells(sheets.get(t.sheet()).part(), t.firstRow(), t.firstRow() + height - 1, t.firstCol(), t.lastCol(), grid);

    Set<String> wantedHeaders = wanted.get(Labelled.normalise(t.name()));
    List<String> headers = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      XmlCell x = grid[0][c];
      if (x != null && x.formula()) {
        throw new NeedsUserModel("formula in header row");
      }
      RawCell cell = cell(x, t.firstRow(), t.firstCol() + c);
      headers.add(cell.isBlank() ? t.columnNames().get(c) : cell.text());
    }
    boolean[] evaluate = new boolean[width];
    for (int c = 0; c < width; c++) {
      evaluate[c] = wantedHeaders == null || wantedHeaders.contains(Labelled.normalise(headers.get(c)));
    }
    List<RawTable.Row> rows = new ArrayList<>();
    for (int r = t.firstRow() + 1; r <= lastRow; r++) {
      List<RawCell> cells = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        XmlCell x = grid[r - t.firstRow()][c];
        if (x != null && x.formula() && evaluate[c]) {
          throw new NeedsUserModel("formula in an input column");
        }
        cells.add(cell(x, r, t.firstCol() + c));
      }
      rows.add(new RawTable.Row(r + 1, cells));
    }
    return new RawTable(sheets.get(t.sheet()).name(), true, headers, rows);
  }

  /** Stops the sheet parse once the rows wanted have been seen. */
  private static final class Done extends SAXException {
    private static final long serialVersionUID = 1L;
  }

  /** Fills {@code grid} with the cells of rows first..last, columns firstCol..lastCol. */
  private void cells(String part, int first, int last, int firstCol, int lastCol, XmlCell[][] grid)
      throws IOException, SAXException {
    DefaultHandler h = new DefaultHandler() {
      int row = -1;
      boolean keep;
      int col;
      String type;
      int style;
      boolean formula;
      boolean inInline;
      StringBuilder text;
      StringBuilder value;
      StringBuilder inline;
      boolean anyRun;

      @Override
      public void startElement(String uri, String local, String q, Attributes a) throws SAXException {
        switch (local) {
          case "row" -> {
            String r = a.getValue("r");
            if (r == null) {
              throw new NeedsUserModel("row without r");
            }
            row = Integer.parseInt(r) - 1;
            if (row > last) {
              throw new Done();
            }
          }
          case "c" -> {
            String r = a.getValue("r");
            if (r == null) {
              throw new NeedsUserModel("cell without r");
            }
            int[] at = address(r);
            if (at[0] != row) {
              throw new NeedsUserModel("cell outside its row");
            }
            col = at[1];
            keep = row >= first && row <= last && col >= firstCol && col <= lastCol;
            type = a.getValue("t");
            String s = a.getValue("s");
            style = s == null ? 0 : Integer.parseInt(s);
            formula = false;
            value = null;
            inline = null;
            anyRun = false;
          }
          case "f" -> formula = true;
          case "v" -> {
            if (keep) {
              value = new StringBuilder();
              text = value;
            }
          }
          case "is" -> {
            if (keep) {
              inline = new StringBuilder();
              inInline = true;
            }
          }
          case "r" -> anyRun |= inInline;
          case "rPh" -> inInline = false; // phonetic guide text is not part of the string
          case "t" -> {
            if (keep && inInline) {
              text = inline;
            }
          }
          default -> {}
        }
      }

      @Override
      public void characters(char[] ch, int start, int length) {
        if (text != null) {
          text.append(ch, start, length);
        }
      }

      @Override
      public void endElement(String uri, String local, String q) {
        switch (local) {
          case "v", "t" -> text = null;
          case "is" -> inInline = false;
          case "rPh" -> inInline = inline != null;
          case "c" -> {
            if (keep) {
              grid[row - first][col - firstCol] =
                  new XmlCell(type, style, value == null ? null : value.toString(),
                      inline == null ? null : inline.toString(), formula);
            }
            keep = false;
          }
          default -> {}
        }
      }
    };
    try {
      parse(part, h);
    } catch (Done done) {
      // the rest of the sheet is not needed
    }
  }

  /** The cell exactly as {@link PoiWorkbookSource} would give it (formulas excepted). */
  private RawCell cell(XmlCell x, int r, int c) {
    String ref = ref(r, c);
    if (x == null) {
      return RawCell.blank(ref);
    }
    String t = x.type() == null ? "n" : x.type();
    switch (t) {
      case "s" -> {
        if (x.value() == null) {
          return RawCell.blank(ref);
        }
        String s = sharedStrings().get(Integer.parseInt(x.value().strip()));
        return RawCell.text(ref, s == null ? null : s.strip());
      }
      case "inlineStr" -> {
        return x.inline() == null ? RawCell.blank(ref) : RawCell.text(ref, decode(x.inline()).strip());
      }
      case "str" -> {
        return x.value() == null ? RawCell.blank(ref) : RawCell.text(ref, x.value().strip());
      }
      case "b" -> {
        if (x.value() == null) {
          return RawCell.blank(ref);
        }
        boolean v = x.value().strip().equals("1") || x.value().strip().equalsIgnoreCase("true");
        return new RawCell(ref, RawCell.Kind.BOOLEAN, v ? "SANT" : "FALSKT", 0, false);
      }
      case "e" -> {
        if (x.value() == null) {
          return RawCell.blank(ref);
        }
        return new RawCell(ref, RawCell.Kind.ERROR, FormulaError.forString(x.value()).getString(), 0, false);
      }
      case "n" -> {
        if (x.value() == null || x.value().isEmpty()) {
          return RawCell.blank(ref);
        }
        double v = Double.parseDouble(x.value());
        return RawCell.number(ref, v, DateUtil.isValidExcelDate(v) && isDateStyle(x.style()));
      }
      default -> throw new NeedsUserModel("cell type " + t);
    }
  }

  private boolean isDateStyle(int style) {
    if (xfFormats == null) {
      readStyles();
    }
    if (style < 0 || style >= xfFormats.length) {
      // POI falls back to the default style when s points nowhere
      style = 0;
      if (xfFormats.length == 0) {
        return false;
      }
    }
    if (dateStyles == null) {
      dateStyles = new Boolean[xfFormats.length];
    }
    if (dateStyles[style] == null) {
      int id = xfFormats[style];
      String format = numberFormats.containsKey(id) ? numberFormats.get(id) : BuiltinFormats.getBuiltinFormat(id);
      dateStyles[style] = DateUtil.isADateFormat(id, format);
    }
    return dateStyles[style];
  }

  private void readStyles() {
    List<Integer> xfs = new ArrayList<>();
    Map<Integer, String> formats = new HashMap<>();
    if (stylesPart != null) {
      try {
        parse(stylesPart, new DefaultHandler() {
          boolean inCellXfs;

          @Override
          public void startElement(String uri, String local, String q, Attributes a) {
            if (local.equals("numFmt")) {
              formats.put(Integer.parseInt(a.getValue("numFmtId")), a.getValue("formatCode"));
            } else if (local.equals("cellXfs")) {
              inCellXfs = true;
            } else if (local.equals("xf") && inCellXfs) {
              String id = a.getValue("numFmtId");
              xfs.add(id == null ? 0 : Integer.parseInt(id));
            }
          }

          @Override
          public void endElement(String uri, String local, String q) {
            if (local.equals("cellXfs")) {
              inCellXfs = false;
            }
          }
        });
      } catch (IOException | SAXException e) {
        throw new NeedsUserModel("styles: " + e);
      }
    }
    xfFormats = xfs.stream().mapToInt(Integer::intValue).toArray();
    numberFormats = formats;
  }

  private List<String> sharedStrings() {
    if (sharedStrings != null) {
      return sharedStrings;
    }
    List<String> strings = new ArrayList<>();
    if (sharedStringsPart != null) {
      try {
        parse(sharedStringsPart, new DefaultHandler() {
          StringBuilder plain;
          StringBuilder runs;
          StringBuilder text;
          boolean anyRun;
          boolean inRun;
          boolean inPhonetic;

          @Override
          public void startElement(String uri, String local, String q, Attributes a) {
            switch (local) {
              case "si" -> {
                plain = null;
                runs = new StringBuilder();
                anyRun = false;
              }
              case "r" -> {
                inRun = true;
                anyRun = true;
              }
              case "rPh" -> inPhonetic = true;
              case "t" -> {
                if (inPhonetic) {
                  text = null;
                } else if (inRun) {
                  text = runs;
                } else {
                  plain = new StringBuilder();
                  text = plain;
                }
              }
              default -> {}
            }
          }

          @Override
          public void characters(char[] ch, int start, int length) {
            if (text != null) {
              text.append(ch, start, length);
            }
          }

          @Override
          public void endElement(String uri, String local, String q) {
            switch (local) {
              case "t" -> text = null;
              case "r" -> inRun = false;
              case "rPh" -> inPhonetic = false;
              case "si" -> {
                // After XSSFRichTextString.getString(): the runs if there are any, else <t>.
                String s = anyRun ? runs.toString() : plain == null ? null : plain.toString();
                strings.add(s == null ? null : decode(s));
              }
              default -> {}
            }
          }
        });
      } catch (IOException | SAXException e) {
        throw new NeedsUserModel("shared strings: " + e);
      }
    }
    sharedStrings = strings;
    return strings;
  }

  /** Excel's escapes for characters XML cannot hold, as POI decodes them ("_x000D_"). */
  static String decode(String s) {
    if (s.indexOf("_x") < 0) {
      return s;
    }
    Matcher m = ESCAPE.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(b);
    return b.toString();
  }

  // --- XML plumbing ---

  private void parse(String part, DefaultHandler handler) throws IOException, SAXException {
    ZipEntry entry = zip.getEntry(part);
    if (entry == null) {
      throw new NeedsUserModel("missing part " + part);
    }
    byte[] bytes = inflated.get(entry.getName());
    try (InputStream in = bytes != null ? new ByteArrayInputStream(bytes) : new Bounded(zip.getInputStream(entry), MAX_PART_BYTES)) {
      SAXParser parser = parser();
      parser.parse(in, handler);
    }
  }

  private static SAXParser parser() throws SAXException {
    SAXParser p = PARSER.get();
    if (p == null) {
      try {
        synchronized (FACTORY) {
          p = FACTORY.newSAXParser();
        }
      } catch (ParserConfigurationException e) {
        throw new SAXException(e);
      }
      PARSER.set(p);
    } else {
      p.reset();
    }
    return p;
  }

  private static SAXParserFactory factory() {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("XML parser cannot be made safe", e);
    }
    return f;
  }

  /** Stops reading a part after {@code limit} bytes (a zip bomb costs at most that). */
  private static final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --left < 0) {
        throw new NeedsUserModel("part too large");
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0 && (left -= n) < 0) {
        throw new NeedsUserModel("part too large");
      }
      return n;
    }
  }

  /** "C7" → {6, 2}, zero-based row and column. */
  static int[] address(String a) {
    int col = 0;
    int i = a.startsWith("$") ? 1 : 0;
    int start = i;
    while (i < a.length() && Character.isLetter(a.charAt(i))) {
      col = col * 26 + (Character.toUpperCase(a.charAt(i)) - 'A' + 1);
      i++;
    }
    while (i < a.length() && a.charAt(i) == '$') {
      i++;
    }
    if (i == start || i == a.length()) {
      throw new NeedsUserModel("bad address " + a);
    }
    return new int[] {Integer.parseInt(a.substring(i)) - 1, col - 1};
  }

  /** Zero-based row and column → "C7", without a CellReference object per cell. */
  static String ref(int row, int col) {
    return CellReference.convertNumToColString(col) + (row + 1);
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      // opened read-only: nothing to save
    }
  }

  @Override
  public String toString() {
    return "StreamingWorkbookSource[" + zip.getName().toLowerCase(Locale.ROOT) + "]";
  }
}
