package se.kompetensgap.output.template;

import java.util.List;
import java.util.Map;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.text.Contract;

/**
 * The Swedish text of the manager template that is not part of the reading contract: titles, hints,
 * drop-down prompts and the instructions. Contract names (tables, headers, Uppgift keys) come from
 * {@link Contract}, never from here.
 */
final class TemplateText {
  private TemplateText() {}

  static final String INSTRUCTIONS_SHEET = "Instruktioner";
  static final String LISTS_SHEET = "Listor";

  static final String DOCUMENT_TITLE = "Kompetenskartläggning";
  static final String DOCUMENT_CREATOR = "kompetensgap";
  static final String DOCUMENT_SUBJECT = "Årlig kompetenskartläggning per enhet";

  /** Group labels people write in the activity plan instead of a single category (seed 002). */
  static final List<String> ACTIVITY_GROUPS =
      List.of("Samtliga socialsekreterare", "Samtliga yrkeskategorier");

  // --- sheet titles and one-line notes above the tables ---

  static final String UNIT_TITLE = "Enhet – uppgifter om kartläggningen";
  static final String UNIT_NOTE = "Fyll i de gula cellerna. Se bladet Instruktioner.";
  static final String MAPPING_TITLE = "Kartläggning – tillgång och behov av kompetens";
  static final String MAPPING_NOTE =
      "Antal personer per kompetensnivå. Fyll i de gula cellerna; grå celler räknas ut. "
          + "Gap = tillgång − behov, negativt tal = brist. Skriv i Kommentar varför behovet ändras.";
  static final String RISK_TITLE = "Risk – bedömning av kompetensgapet";
  static final String RISK_NOTE =
      "Välj konsekvens och sannolikhet i listorna för varje yrkeskategori som finns på enheten.";
  static final String ACTIVITY_TITLE = "Aktiviteter – enhetens aktivitetsplan";
  static final String ACTIVITY_NOTE =
      "En aktivitet per rad. Behövs fler rader, skriv direkt under tabellen så växer den.";

  static final String SUPPLY_GROUP = "Tillgång i dag";
  static final String DEMAND_GROUP = "Behov om %s";
  static final String TOTALS_GROUP = "Summor (räknas ut)";
  static final String GAP_GROUP = "Gap = tillgång − behov (räknas ut)";
  static final String COMMENT_GROUP = "Varför ändras behovet?";

  /** Hints beside the Enhet table, also used as the input prompt of each Värde cell. */
  static final Map<String, String> UNIT_HINTS =
      Map.of(
          Contract.KEY_YEAR, "Året kartläggningen gäller, t.ex. 2025.",
          Contract.KEY_ADMINISTRATION, "Förvaltningens namn.",
          Contract.KEY_FOCUS_AREA, "Välj enhetens fokusområde i listan.",
          Contract.KEY_DEPARTMENT, "Avdelningens namn.",
          Contract.KEY_UNIT, "Enhetens eller sektionens namn.",
          Contract.KEY_MANAGER, "Ditt namn (ansvarig chef).",
          Contract.KEY_DATE, "Datum då kartläggningen gjordes, ÅÅÅÅ-MM-DD.",
          Contract.KEY_MAPPING_TYPE,
              "Välj Fullständig, eller Lättversion om bara behovet revideras i år.");

  // --- data validation messages (Excel: titles ≤ 32 characters, prompt ≤ 255, error ≤ 225) ---

  /** The prompt shown when a cell is selected and the message shown when input is refused. */
  record Guidance(String promptTitle, String prompt, String errorTitle, String error) {
    Guidance {
      check(promptTitle, 32);
      check(prompt, 255);
      check(errorTitle, 32);
      check(error, 225);
    }

    private static void check(String s, int max) {
      if (s.isBlank() || s.length() > max) {
        throw new IllegalArgumentException("Excel allows 1.." + max + " characters: " + s);
      }
    }
  }

  static final Guidance COUNT =
      new Guidance(
          "Antal personer",
          "Skriv antal personer (heltal). Lämna tomt om yrkeskategorin inte finns på enheten.",
          "Ogiltigt antal",
          "Skriv antal personer som ett heltal, 0 eller mer.");

  static final Guidance YEAR =
      new Guidance(
          Contract.KEY_YEAR,
          UNIT_HINTS.get(Contract.KEY_YEAR),
          "Ogiltigt år",
          "Skriv året med fyra siffror, t.ex. 2025.");

  static final Guidance DATE =
      new Guidance(
          Contract.KEY_DATE,
          UNIT_HINTS.get(Contract.KEY_DATE),
          "Ogiltigt datum",
          "Skriv ett datum som ÅÅÅÅ-MM-DD, t.ex. 2025-03-15.");

  static final Guidance MAPPING_COMMENT =
      new Guidance(
          "Kommentar",
          "Skriv gärna varför behovet ändras, t.ex. befolkningsprognos, nya uppdrag eller pensionsavgångar.",
          "För lång kommentar",
          "Kommentaren får vara högst 2000 tecken.");

  static final Guidance END_DATE =
      new Guidance(
          Contract.END_DATE,
          "När ska aktiviteten vara klar? Skriv ÅÅÅÅ-MM-DD, eller en tidsplan i ord (t.ex. Löpande).",
          "Inget datum",
          "Skriv helst ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-12-31. En tidsplan i ord, som "
              + "\"Löpande\" eller \"Under 2027\", går också: välj Ja.");

  static Guidance text(String key) {
    return new Guidance(
        key, UNIT_HINTS.get(key), "För lång text", "Texten får vara högst 255 tecken.");
  }

  static Guidance choice(String title, String prompt) {
    return new Guidance(
        title, prompt, "Välj i listan", "Välj ett av värdena i listan. Klicka på pilen i cellen.");
  }

  static final Guidance FOCUS_AREA =
      choice(Contract.KEY_FOCUS_AREA, UNIT_HINTS.get(Contract.KEY_FOCUS_AREA));
  static final Guidance MAPPING_TYPE =
      choice(Contract.KEY_MAPPING_TYPE, UNIT_HINTS.get(Contract.KEY_MAPPING_TYPE));
  static final Guidance RISK =
      choice("Konsekvens", "Hur allvarligt blir det om kompetensgapet kvarstår?");
  static final Guidance LIKELIHOOD =
      choice("Sannolikhet", "Hur troligt är det att risken inträffar?");
  static final Guidance ACTIVITY_AREA =
      choice(Contract.ACTIVITY_AREA, "Vilket område i kompetensförsörjningen gäller aktiviteten?");
  static final Guidance STATUS = choice(Contract.STATUS, "Planerad, Pågående eller Klar.");
  static final Guidance ACTIVITY_CATEGORY =
      new Guidance(
          Contract.CATEGORY,
          "Välj i listan eller skriv fritt, t.ex. \"Samtliga socialsekreterare\".",
          "Yrkeskategori",
          "Namnet finns inte i listan. Det går bra om aktiviteten gäller en grupp, "
              + "t.ex. \"Samtliga socialsekreterare\".");

  // --- the Instruktioner sheet ---

  static final String INSTRUCTIONS_TITLE = "Kompetenskartläggning – instruktioner";
  static final String INTRO =
      "Arbetsboken är din enhets del av den årliga kompetenskartläggningen. HR sammanställer "
          + "alla enheters arbetsböcker till förvaltningens kompetensgap, kompetensmål, riskanalys "
          + "och aktivitetsplan. Fyll i en arbetsbok per enhet.";
  static final String AREA_NOTE = "Mallen gäller fokusområde %s.";

  static final String HOW_HEADING = "Så här fyller du i";
  static final List<String[]> HOW =
      List.of(
          new String[] {
            "Gula celler",
            "Fyll bara i de gula cellerna. Grå celler räknas ut automatiskt och är låsta. Bladen "
                + "är skyddade utan lösenord så att formler och rubriker inte ändras av misstag; "
                + "du kan ändå ändra kolumnbredd, sortera och filtrera."
          },
          new String[] {
            Contract.UNIT_SHEET,
            "Fyll i år, avdelning, enhet, ditt namn och datum. Välj fokusområde och "
                + "kartläggningstyp i listan som visas när du klickar i cellen."
          },
          new String[] {
            Contract.MAPPING_SHEET,
            "En rad per yrkeskategori. Skriv antal personer (heltal) per kompetensnivå: "
                + "tillgång i dag, behov om 2 år och behov om 5 år. Räkna personer, inte "
                + "årsarbetare eller procent. Lämna raden tom om yrkeskategorin inte finns på "
                + "enheten – tomma rader räknas inte. De grå kolumnerna visar summor och gapet "
                + "(tillgång − behov): ett negativt tal betyder brist och visas i rött, ett "
                + "positivt tal betyder överskott."
          },
          new String[] {
            Contract.RISK_SHEET,
            "Bedöm för varje yrkeskategori på enheten vilken risk kompetensgapet innebär för "
                + "verksamheten och för arbetsmiljön, och hur sannolikt det är att risken "
                + "inträffar. Välj i listorna och förklara gärna bedömningen i Kommentar."
          },
          new String[] {
            Contract.ACTIVITY_SHEET,
            "Skriv de aktiviteter enheten planerar eller genomför för att minska "
                + "kompetensgapet, en per rad: område, yrkeskategori (välj i listan eller skriv "
                + "fritt, t.ex. \"Samtliga socialsekreterare\"), aktivitet, beskrivning, utförare, "
                + "slutdatum, uppföljning och status. Tomma rader gör ingenting. Behövs fler "
                + "rader skriver du direkt under tabellen, så växer den."
          });

  static final String LEVELS_HEADING = "Kompetensnivåer";
  static final String LEVELS_INTRO =
      "Placera varje person på den nivå som bäst beskriver hur hen klarar arbetsuppgifterna "
          + "i dag (tillgång), och ange hur många som behövs på varje nivå om 2 och 5 år (behov).";

  static final String RISK_HEADING = "Riskbedömning";
  static final Map<Consequence, String> CONSEQUENCES =
      Map.of(
          Consequence.NOT_SERIOUS,
          "Gapet påverkar inte verksamhetens kvalitet eller arbetsmiljön märkbart.",
          Consequence.LESS_SERIOUS,
          "Gapet kan i viss mån påverka kvaliteten i verksamheten eller ge högre "
              + "arbetsbelastning.",
          Consequence.SERIOUS,
          "Gapet hotar kvalitet och rättssäkerhet i verksamheten, eller medarbetarnas hälsa och "
              + "arbetsmiljö.");
  static final Map<Likelihood, String> LIKELIHOODS =
      Map.of(
          Likelihood.LOW, "Det är inte troligt att risken inträffar de närmaste två åren.",
          Likelihood.MEDIUM, "Risken kan inträffa de närmaste två åren.",
          Likelihood.HIGH, "Det är troligt att risken inträffar, eller den har redan inträffat.");
  static final String RISK_INTRO =
      "Risk för verksamheten och risk för arbetsmiljön bedöms var för sig, med konsekvens "
          + "(hur allvarligt) och sannolikhet (hur troligt).";

  static final String TYPE_HEADING = "Kartläggningstyp";
  static final Map<MappingType, String> MAPPING_TYPES =
      Map.of(
          MappingType.FULL,
          "Du kartlägger både tillgång i dag och behov om 2 och 5 år.",
          MappingType.LIGHT,
          "Tillgången hämtas från förra årets kartläggning för samma avdelning och enhet. Du "
              + "reviderar bara behovet om 2 och 5 år (och aktivitetsplanen) och kan lämna "
              + "tillgångskolumnerna tomma. Gapkolumnerna i den här arbetsboken visar då inte det "
              + "verkliga gapet – det räknar HR fram vid sammanställningen.");

  static final String RETURN_HEADING = "Skicka tillbaka arbetsboken";
  static final List<String> RETURN =
      List.of(
          "Spara som Excel-arbetsbok (.xlsx), gärna med enhetens namn i filnamnet, t.ex. "
              + "\"Kompetenskartläggning 2025 Sektion Norr.xlsx\".",
          "Spara utan lösenord – en arbetsbok med lösenord kan inte läsas in.",
          "Ändra inte bladens namn, tabellernas rubriker eller texterna i kolumnerna Uppgift och "
              + "Yrkeskategori: sammanställningen hittar uppgifterna med hjälp av dem.",
          "Skicka arbetsboken med e-post till HR senast det datum HR har meddelat.");

  /** The return steps; with a last day, the last step names it instead of "the date HR has given". */
  static List<String> returnSteps(java.util.Optional<java.time.LocalDate> lastDay) {
    if (lastDay.isEmpty()) {
      return RETURN;
    }
    List<String> steps = new java.util.ArrayList<>(RETURN.subList(0, RETURN.size() - 1));
    steps.add("Skicka arbetsboken med e-post till HR senast " + lastDay.get() + ".");
    return List.copyOf(steps);
  }
}
