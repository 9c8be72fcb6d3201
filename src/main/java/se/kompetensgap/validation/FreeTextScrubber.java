package se.kompetensgap.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces known names and contact details in managers' free text with a neutral mark, for the
 * upward version ({@code --utan-enheter}, issue 10, SPEC §8 "the upward version holds no
 * person"). The text keeps its meaning: "Anna Lindqvists grupp behöver stöd, ring 070-123 45 67"
 * becomes "[namn]s grupp behöver stöd, ring [telefon]".
 *
 * <p>What is replaced, and why:
 *
 * <ul>
 *   <li>E-mail addresses, Swedish phone numbers and personnummer, by pattern ("[e-post]",
 *       "[telefon]", "[personnummer]"), whoever they belong to.
 *   <li>Every known person ("Ansvarig chef" of the workbooks, Chef of HR's list): the full name in
 *       any case, and each part of it (first name, surname) where it is written with a capital,
 *       as Swedish writes names: "Anna", "Annas", "Lindqvist". A lower-case "berg" or "ek" is a
 *       word, not Mikael Berg or Johan Ek. → "[namn]".
 *   <li>Every known unit (Enhet of the workbooks and of the list): a name with a capital beyond
 *       its first word in any case ("barn och unga norr" for "Barn och unga Norr"); any other
 *       name where it starts with a capital ("Boendeenheten", "Boendeenhetens", "Stöd och råd"),
 *       so that a unit called "Vuxna" does not eat the word in "stöd till vuxna", nor a unit
 *       "Stöd och råd" the phrase in "vi ger stöd och råd". → "[enhet]".
 * </ul>
 *
 * <p>Kept: the vocabulary the upward version shows anyway (yrkeskategorier, fokusområden,
 * avdelningar) and role words ("HR-avd", "Sektionschefer"), which name no one. Where a unit's
 * name is part of a longer kept term (the unit "Stöd och råd vuxna" in the category
 * "Socialsekreterare stöd och råd vuxna") the longer term wins; words are matched whole, so the
 * unit "Syd" never touches "Sydöstra".
 *
 * <p>Matching works on words (letters and digits), looked up by their first word, so its cost
 * grows with the text, not with the number of names (15,000 units have 45,000 names).
 */
public final class FreeTextScrubber {

  public static final String NAME = "[namn]";
  public static final String UNIT = "[enhet]";
  public static final String EMAIL = "[e-post]";
  public static final String PHONE = "[telefon]";
  public static final String PERSONAL_NUMBER = "[personnummer]";

  /** Collects the names to replace and the vocabulary to keep, from wherever they are known. */
  public static final class Builder {
    private final java.util.Set<String> persons = new java.util.LinkedHashSet<>();
    private final java.util.Set<String> units = new java.util.LinkedHashSet<>();
    private final java.util.Set<String> kept = new java.util.LinkedHashSet<>();

    public Builder person(String name) {
      if (name != null && !name.isBlank()) {
        persons.add(name.strip());
      }
      return this;
    }

    public Builder unit(String name) {
      if (name != null && !name.isBlank()) {
        units.add(name.strip());
      }
      return this;
    }

    public Builder keep(String term) {
      if (term != null && !term.isBlank()) {
        kept.add(term.strip());
      }
      return this;
    }

    public FreeTextScrubber build() {
      return new FreeTextScrubber(persons, units, kept);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Replaces nothing but contact details (no names known). */
  public static FreeTextScrubber contactDetailsOnly() {
    return new FreeTextScrubber(List.of(), List.of(), List.of());
  }

  static final Pattern EMAIL_PATTERN =
      Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
  /** 12 digits (ÅÅÅÅMMDD-NNNN, with or without the dash) or 10 with the dash or plus (ÅÅMMDD-NNNN). */
  static final Pattern PERSONAL_NUMBER_PATTERN =
      Pattern.compile("(?<![\\p{N}+-])(?:(?:19|20)\\d{6}[-+]?|\\d{6}[-+])\\d{4}(?![\\p{N}])");
  /**
   * A Swedish phone number: 0 or +46 and then 7 to 10 more digits, with spaces, dashes or
   * parentheses between ("070-123 45 67", "08-123 456 78", "+46 (0)70 123 45 67", "0701234567").
   * A year range ("2019-2020") or an amount does not begin with 0.
   */
  static final Pattern PHONE_PATTERN =
      Pattern.compile("(?<![\\p{N}\\p{L}+])(?:\\+46|0046|0)(?:[ \\u00a0-]?(?:\\(0\\))?[ \\u00a0-]?\\d){7,10}(?![\\p{N}])");

  private enum Kind {
    KEEP(null),
    UNIT(FreeTextScrubber.UNIT),
    PERSON(NAME);

    final String mark;

    Kind(String mark) {
      this.mark = mark;
    }
  }

  /** One known name, and whether it counts only where it starts with a capital. */
  private record Term(Kind kind, boolean capitalOnly) {}

  /** The known names as a trie of lower-case words: a name is found in one walk along the text. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Term> ends = new ArrayList<>(1);
  }

  private final Node root = new Node();
  private final AtomicInteger replacements = new AtomicInteger();

  /**
   * @param persons full names of people ("Anna Lindqvist"); blank ones are ignored
   * @param units unit names
   * @param kept terms never replaced: categories, focus areas, avdelningar, role words
   */
  public FreeTextScrubber(Collection<String> persons, Collection<String> units, Collection<String> kept) {
    for (String k : kept) {
      add(k, Kind.KEEP, false);
    }
    for (String u : units) {
      add(u, Kind.UNIT, !properNoun(u));
    }
    for (String p : persons) {
      List<String> w = words(p);
      add(p, Kind.PERSON, w.size() == 1);
      if (w.size() > 1) {
        // Each part alone: "Anna", "Lindqvist" (and the halves of "Anna-Karin").
        for (String part : p.strip().split("[\\s,]+")) {
          add(part, Kind.PERSON, true);
          if (part.contains("-")) {
            for (String half : part.split("-")) {
              add(half, Kind.PERSON, true);
            }
          }
        }
      }
    }
  }

  private void add(String name, Kind kind, boolean capitalOnly) {
    List<String> w = words(name);
    if (w.isEmpty() || (w.size() == 1 && w.get(0).length() < 2)) {
      return;
    }
    Node node = root;
    for (String word : w) {
      node = node.next.computeIfAbsent(word, k -> new Node());
    }
    for (Term t : node.ends) {
      // The same words known twice: kept vocabulary wins over a name, a free-case rule over
      // a capital-only one (a unit "Norr" and the part of a person's name "Norr").
      if (t.kind() == Kind.KEEP || kind != Kind.KEEP && t.capitalOnly() == capitalOnly) {
        return;
      }
    }
    node.ends.add(new Term(kind, capitalOnly));
  }

  /** The text with every known name and contact detail replaced; null and blank unchanged. */
  public String scrub(String text) {
    if (text == null || text.isBlank()) {
      return text;
    }
    // Units copy each other's texts (shared activities, a roll-up of 15,000 units): each
    // different text is scrubbed once, and every copy counts its replacements.
    Scrubbed done = seen.get(text);
    if (done == null) {
      int before = replacements.get();
      String out = scrubOnce(text);
      done = new Scrubbed(out, replacements.get() - before);
      if (seen.size() < 200_000) {
        seen.put(text, done);
      }
      return out;
    }
    replacements.addAndGet(done.replaced());
    return done.text();
  }

  private record Scrubbed(String text, int replaced) {}

  private final Map<String, Scrubbed> seen = new java.util.concurrent.ConcurrentHashMap<>();

  private String scrubOnce(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (s.indexOf('@') >= 0) {
      s = replace(EMAIL_PATTERN, s, EMAIL);
    }
    if (s.chars().filter(Character::isDigit).count() >= 8) {
      s = replace(PERSONAL_NUMBER_PATTERN, s, PERSONAL_NUMBER);
      s = replace(PHONE_PATTERN, s, PHONE);
    }
    return names(s);
  }

  /** How many names and contact details {@link #scrub} has replaced so far, in all texts. */
  public int replacements() {
    return replacements.get();
  }

  private String replace(Pattern p, String s, String mark) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder();
    int n = 0;
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(mark));
      n++;
    }
    if (n == 0) {
      return s;
    }
    m.appendTail(out);
    replacements.addAndGet(n);
    return out.toString();
  }

  private record Token(int start, int end, String lower, boolean capital) {}

  private String names(String s) {
    List<Token> tokens = tokens(s);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    int i = 0;
    while (i < tokens.size()) {
      Match best = longest(s, tokens, i);
      if (best == null) {
        i++;
        continue;
      }
      if (best.term().kind() != Kind.KEEP) {
        out.append(s, copied, tokens.get(i).start()).append(best.term().kind().mark);
        if (best.possessive()) {
          out.append('s');
        }
        copied = tokens.get(best.nextToken() - 1).end();
        replacements.incrementAndGet();
      }
      i = best.nextToken();
    }
    if (copied == 0) {
      return s;
    }
    return out.append(s, copied, s.length()).toString();
  }

  private record Match(Term term, int nextToken, boolean possessive) {}

  /**
   * The longest known name starting at token {@code i} (kept vocabulary on a tie), its words
   * separated only by spaces or hyphens, the last one perhaps with a possessive s; else null.
   */
  private Match longest(String s, List<Token> tokens, int i) {
    boolean capital = tokens.get(i).capital();
    Match best = null;
    Node node = root;
    for (int j = i; j < tokens.size() && node != null; j++) {
      Token tok = tokens.get(j);
      if (j > i && !separator(s, tokens.get(j - 1).end(), tok.start())) {
        break;
      }
      String w = tok.lower();
      if (w.length() > 2 && w.endsWith("s")) {
        Node p = node.next.get(w.substring(0, w.length() - 1));
        if (p != null) {
          best = better(best, p, capital, j + 1, true);
        }
      }
      node = node.next.get(w);
      if (node != null) {
        best = better(best, node, capital, j + 1, false);
      }
    }
    return best;
  }

  private static Match better(Match best, Node node, boolean capital, int next, boolean possessive) {
    for (Term t : node.ends) {
      if (t.capitalOnly() && !capital) {
        continue;
      }
      if (best == null || next > best.nextToken() || next == best.nextToken() && t.kind() == Kind.KEEP) {
        best = new Match(t, next, possessive);
      }
    }
    return best;
  }

  /** Only spaces and hyphens between two words of one name. */
  private static boolean separator(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (!(Character.isWhitespace(c) || c == '\u00a0' || c == '-')) {
        return false;
      }
    }
    return from < to;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static List<Token> tokens(String s) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      String w = m.group();
      out.add(new Token(m.start(), m.end(), w.toLowerCase(Locale.ROOT), Character.isUpperCase(w.codePointAt(0))));
    }
    return out;
  }

  /**
   * Whether a unit's name is spelt as a proper noun beyond its first word ("Barn och unga Norr",
   * "Vuxenenheten Syd"): then it is one in any case. A name of ordinary words ("Stöd och råd",
   * "Samtal och behandling") is the unit only where it starts with a capital; "vi ger stöd och
   * råd" is a phrase.
   */
  static boolean properNoun(String name) {
    Matcher m = WORD.matcher(name);
    boolean first = true;
    while (m.find()) {
      if (!first && Character.isUpperCase(m.group().codePointAt(0))) {
        return true;
      }
      first = false;
    }
    return false;
  }

  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    if (name == null) {
      return out;
    }
    Matcher m = WORD.matcher(Normalizer.normalize(name, Normalizer.Form.NFC));
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
