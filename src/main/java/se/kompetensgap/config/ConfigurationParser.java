package se.kompetensgap.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Labelled;
import se.kompetensgap.model.Level;

/**
 * Reads {@code konfiguration.txt}: a UTF-8 text file with [sections], one entry per line, that
 * HR edits in Notepad. Every mistake is reported with its line number, in Swedish.
 */
public final class ConfigurationParser {

  static final String AREAS = "fokusområden";
  static final String COMMON = "alla fokusområden";
  static final String ALIASES = "alias";
  static final String LEVELS = "kompetensnivåer";
  static final String SETTINGS = "inställningar";

  private ConfigurationParser() {}

  /** The defaults shipped in {@code workbook-templates/konfiguration.txt}. */
  public static Configuration defaults() {
    try (InputStream in = ConfigurationParser.class.getResourceAsStream("konfiguration.txt")) {
      if (in == null) {
        throw new IllegalStateException("konfiguration.txt is missing from the jar");
      }
      return parse(decode(in.readAllBytes(), "konfiguration.txt"), "konfiguration.txt");
    } catch (IOException | ConfigurationException e) {
      throw new IllegalStateException("shipped configuration is broken: " + e.getMessage(), e);
    }
  }

  public static Configuration read(Path file) throws IOException, ConfigurationException {
    String name = file.getFileName().toString();
    return parse(decode(Files.readAllBytes(file), name), name);
  }

  private static String decode(byte[] bytes, String name) throws ConfigurationException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString()
          .replace("\uFEFF", "");
    } catch (CharacterCodingException e) {
      throw new ConfigurationException(
          name + ": filen är inte sparad som UTF-8. Spara den som UTF-8 (i Anteckningar: "
              + "Spara som → Kodning: UTF-8) och försök igen.");
    }
  }

  public static Configuration parse(String text, String name) throws ConfigurationException {
    Map<FocusArea, List<Category>> areas = new LinkedHashMap<>();
    List<Category> common = new ArrayList<>();
    Map<String, String> rawAliases = new LinkedHashMap<>();
    Map<Level, String> levels = new LinkedHashMap<>();
    Map<String, String> settings = new LinkedHashMap<>();
    String section = null;
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String where = name + " rad " + (i + 1);
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        section = Labelled.normalise(line.substring(1, line.length() - 1));
        if (!List.of(AREAS, COMMON, ALIASES, LEVELS, SETTINGS).contains(section)) {
          throw new ConfigurationException(
              where + ": okänt avsnitt " + line + ". Tillåtna avsnitt är [Fokusområden], "
                  + "[Alla fokusområden], [Alias], [Kompetensnivåer] och [Inställningar].");
        }
        continue;
      }
      if (section == null) {
        throw new ConfigurationException(
            where + ": raden står före första avsnittet. Börja med t.ex. [Fokusområden].");
      }
      switch (section) {
        case AREAS -> {
          int colon = line.indexOf(':');
          if (colon <= 0) {
            throw new ConfigurationException(
                where + ": \"" + line + "\" saknar kolon. Skriv fokusområde: yrkeskategori; "
                    + "yrkeskategori.");
          }
          FocusArea area = new FocusArea(line.substring(0, colon));
          List<Category> cats = new ArrayList<>();
          for (String c : line.substring(colon + 1).split(";")) {
            if (!c.isBlank()) {
              cats.add(new Category(c));
            }
          }
          if (cats.isEmpty()) {
            throw new ConfigurationException(
                where + ": fokusområdet " + area.name() + " har inga yrkeskategorier.");
          }
          if (areas.put(area, cats) != null) {
            throw new ConfigurationException(
                where + ": fokusområdet " + area.name() + " står två gånger.");
          }
        }
        case COMMON -> common.add(new Category(line));
        case ALIASES, LEVELS, SETTINGS -> {
          int eq = line.indexOf('=');
          if (eq <= 0) {
            throw new ConfigurationException(
                where + ": \"" + line + "\" saknar likhetstecken. Skriv namn = värde.");
          }
          String key = line.substring(0, eq).strip();
          String value = line.substring(eq + 1).strip();
          if (section.equals(ALIASES)) {
            rawAliases.put(key, value);
          } else if (section.equals(LEVELS)) {
            Level level =
                Labelled.byLabel(Level.class, Level::label, key)
                    .orElseThrow(
                        () ->
                            new ConfigurationException(
                                where + ": okänd kompetensnivå \"" + key
                                    + "\". Nivåerna heter Viss, God, Hög och Mycket hög."));
            levels.put(level, value);
          } else {
            settings.put(key, value);
          }
        }
        default -> throw new IllegalStateException(section);
      }
    }
    if (areas.isEmpty()) {
      throw new ConfigurationException(name + ": avsnittet [Fokusområden] saknas eller är tomt.");
    }
    List<Category> known = new ArrayList<>();
    areas.values().forEach(known::addAll);
    known.addAll(common);
    Map<String, Category> aliases = new LinkedHashMap<>();
    for (Map.Entry<String, String> a : rawAliases.entrySet()) {
      Category target =
          known.stream()
              .filter(c -> CategoryMatcher.key(c.name()).equals(CategoryMatcher.key(a.getValue())))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ConfigurationException(
                          name + ": aliaset \"" + a.getKey() + "\" pekar på \"" + a.getValue()
                              + "\", som inte är en yrkeskategori i [Fokusområden] eller "
                              + "[Alla fokusområden]."));
      aliases.put(CategoryMatcher.key(a.getKey()), target);
    }
    for (Level level : Level.values()) {
      levels.putIfAbsent(level, "");
    }
    try {
      return new Configuration(areas, common, aliases, levels, settings);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(name + ": " + swedish(e.getMessage()));
    }
  }

  private static String swedish(String message) {
    return message.startsWith("category listed twice: ")
        ? "yrkeskategorin \"" + message.substring(23) + "\" står på två ställen. Varje "
            + "yrkeskategori får bara stå en gång."
        : message;
  }
}
