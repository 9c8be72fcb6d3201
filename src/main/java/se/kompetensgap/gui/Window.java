package se.kompetensgap.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Desktop;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.prefs.Preferences;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.TransferHandler;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import se.kompetensgap.app.Consolidation;
import se.kompetensgap.app.Mailing;
import se.kompetensgap.app.NothingReadException;
import se.kompetensgap.app.Report;
import se.kompetensgap.app.RunListener;
import se.kompetensgap.app.RunSettings;
import se.kompetensgap.app.Validation;
import se.kompetensgap.app.Version;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationException;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.FolderRules;

/**
 * The window (issue 14): HR's front door to the same {@code app} calls the command line makes,
 * holding no rule of its own. Choose the folder of returned workbooks (or drop it on the window),
 * optionally last year's workbook and the two lists, where to save, and "Sammanställ"; the run
 * is a {@link SwingWorker}, its progress a bar, its result every file's fate in a table. The
 * choices are remembered between runs ({@link Preferences}). Errors are shown in the window.
 */
public final class Window {

  static final String TITLE = "kompetensgap";

  /** Preference keys: the paths chosen last time. */
  static final String FOLDER = "mapp";
  static final String PREVIOUS = "foregaende";
  static final String UNITS = "enheter";
  static final String STAFF = "personal";
  static final String OUTPUT = "utfil";

  private static final Color ERROR_TEXT = new Color(0x9C0006);

  final JFrame frame;
  final JTextField folder = new JTextField(40);
  final JTextField previous = new JTextField(40);
  final JTextField units = new JTextField(40);
  final JTextField staff = new JTextField(40);
  final JTextField output = new JTextField(40);
  final JCheckBox upward = new JCheckBox("Version att skicka uppåt (utan enheter, chefer och filnamn)");
  final JButton consolidate = new JButton("Sammanställ");
  final JProgressBar progress = new JProgressBar();
  final OutcomeTable outcomes = new OutcomeTable();
  final JTable table = new JTable(outcomes) {
    @Override
    public String getToolTipText(MouseEvent e) {
      int row = rowAtPoint(e.getPoint());
      return row < 0 ? null : OutcomeTable.tooltip(outcomes.row(convertRowIndexToModel(row)));
    }
  };
  final JLabel summary = new JLabel(" ");
  final JLabel error = new JLabel(" ");
  final JButton openWorkbook = new JButton("Öppna sammanställningen");
  final JButton receipts = new JButton("Skriv kvitton till cheferna …");
  final JButton mailing = new JButton("Nästa års utskick …");
  final JButton report = new JButton("Skriv rapporten …");

  private final Preferences prefs;
  /** The workbook the last run wrote (EDT only). */
  private Path written;
  /** Counted down when the current run (consolidation or receipts) has finished on the EDT. */
  private volatile CountDownLatch finished = new CountDownLatch(0);

  /** Builds the window on the EDT; does not show it. */
  Window(Preferences prefs) {
    this.prefs = prefs;
    frame = new JFrame(TITLE + " " + Version.current() + " – sammanställ kompetenskartläggningar");
    frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    JPanel form = new JPanel(new GridBagLayout());
    form.setBorder(BorderFactory.createEmptyBorder(10, 10, 4, 10));
    row(form, 0, "Mapp med chefernas arbetsböcker:", folder, FOLDER, Choice.FOLDER);
    row(form, 1, "Förra årets sammanställning (valfri):", previous, PREVIOUS, Choice.WORKBOOK);
    row(form, 2, "Lista över enheter (valfri):", units, UNITS, Choice.WORKBOOK);
    row(form, 3, "Personalstatistik (valfri):", staff, STAFF, Choice.WORKBOOK);
    row(form, 4, "Spara sammanställningen som:", output, OUTPUT, Choice.SAVE);
    GridBagConstraints c = constraints(1, 5);
    form.add(upward, c);

    JPanel run = new JPanel(new BorderLayout(10, 0));
    run.setBorder(BorderFactory.createEmptyBorder(4, 10, 8, 10));
    consolidate.setFont(consolidate.getFont().deriveFont(Font.BOLD));
    consolidate.addActionListener(e -> start());
    consolidate.setMnemonic(java.awt.event.KeyEvent.VK_S);
    frame.getRootPane().setDefaultButton(consolidate);
    run.add(consolidate, BorderLayout.WEST);
    progress.setStringPainted(true);
    progress.setString("Välj mappen och klicka på Sammanställ.");
    run.add(progress, BorderLayout.CENTER);

    JPanel top = new JPanel(new BorderLayout());
    top.add(form, BorderLayout.CENTER);
    top.add(run, BorderLayout.SOUTH);

    table.setFillsViewportHeight(true);
    table.setAutoCreateRowSorter(true);
    table.getColumnModel().getColumn(0).setPreferredWidth(340);
    table.getColumnModel().getColumn(1).setPreferredWidth(130);
    table.getColumnModel().getColumn(2).setPreferredWidth(500);
    table.getColumnModel().getColumn(1).setCellRenderer(new OutcomeTable.FateRenderer(outcomes));
    JScrollPane scroll = new JScrollPane(table);
    scroll.setBorder(BorderFactory.createCompoundBorder(
        BorderFactory.createEmptyBorder(0, 10, 0, 10), scroll.getBorder()));

    JPanel bottom = new JPanel(new BorderLayout());
    bottom.setBorder(BorderFactory.createEmptyBorder(6, 10, 10, 10));
    JPanel lines = new JPanel(new BorderLayout());
    summary.setFont(summary.getFont().deriveFont(Font.BOLD));
    error.setForeground(ERROR_TEXT);
    lines.add(summary, BorderLayout.NORTH);
    lines.add(error, BorderLayout.SOUTH);
    bottom.add(lines, BorderLayout.CENTER);
    JPanel actions = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    openWorkbook.setEnabled(false);
    openWorkbook.addActionListener(e -> openWritten());
    receipts.setToolTipText("Ett kvitto (textfil) per chefs arbetsbok, att mejla tillbaka: vad som lästes och vad som behöver rättas.");
    receipts.addActionListener(e -> chooseReceiptFolder());
    mailing.setToolTipText("Nästa års arbetsbok till varje enhet, ifylld med förra årets kartläggning "
        + "(som kommandot utskick). Kräver förra årets sammanställning, t.ex. den som just skrevs.");
    mailing.addActionListener(e -> chooseMailingFolder());
    report.setEnabled(false);
    report.setToolTipText("Nämndens rapport som Word-dokument, skriven från sammanställningen (som kommandot rapport).");
    report.addActionListener(e -> chooseReportFile());
    actions.add(report);
    actions.add(mailing);
    actions.add(receipts);
    actions.add(openWorkbook);
    bottom.add(actions, BorderLayout.SOUTH);

    JPanel content = new JPanel(new BorderLayout());
    content.add(top, BorderLayout.NORTH);
    content.add(scroll, BorderLayout.CENTER);
    content.add(bottom, BorderLayout.SOUTH);
    content.setTransferHandler(new FolderDrop());
    frame.setContentPane(content);
    frame.setSize(new Dimension(1000, 640));
    frame.setLocationByPlatform(true);
  }

  /**
   * Opens the window and blocks until it is closed: the front door for a double-clicked jar,
   * {@code kompetensgap fonster} and a start without arguments where there is a display.
   */
  public static void showAndWait() throws InterruptedException {
    if (GraphicsEnvironment.isHeadless()) {
      throw new IllegalStateException("headless");
    }
    CountDownLatch closed = new CountDownLatch(1);
    SwingUtilities.invokeLater(() -> {
      lookAndFeel();
      Window w = new Window(Preferences.userNodeForPackage(Window.class));
      w.frame.addWindowListener(new WindowAdapter() {
        @Override
        public void windowClosed(WindowEvent e) {
          closed.countDown();
        }
      });
      w.frame.setVisible(true);
    });
    closed.await();
  }

  /** The platform's own look (Windows' on HR's PCs) and Swedish in the file choosers. */
  static void lookAndFeel() {
    Locale swedish = Locale.forLanguageTag("sv-SE");
    JComponent.setDefaultLocale(swedish);
    try {
      UIManager.setLookAndFeel(UIManager.getSystemLookAndFeelClassName());
    } catch (ReflectiveOperationException | javax.swing.UnsupportedLookAndFeelException e) {
      // Swing's own look: the window still works
    }
  }

  /** Runs the consolidation with what the fields say; on the EDT. */
  void start() {
    error.setText(" ");
    Consolidation.Request request;
    try {
      request = request();
    } catch (InputException e) {
      showError(e.getMessage());
      return;
    }
    remember();
    written = null;
    openWorkbook.setEnabled(false);
    report.setEnabled(false);
    consolidate.setEnabled(false);
    summary.setText(" ");
    outcomes.show(List.of());
    progress.setIndeterminate(true);
    progress.setString("Letar efter arbetsböcker …");
    CountDownLatch done = new CountDownLatch(1);
    finished = done;
    new SwingWorker<Consolidation.Result, int[]>() {
      @Override
      protected Consolidation.Result doInBackground() throws Exception {
        RunListener listener = new RunListener() {
          @Override
          public void reading(int total) {
            publish(new int[] {0, total});
          }

          @Override
          public void read(int doneCount, int total) {
            publish(new int[] {doneCount, total});
          }
        };
        return Consolidation.run(request, RunSettings.DEFAULT.withListener(listener));
      }

      @Override
      protected void process(List<int[]> chunks) {
        int[] last = chunks.get(chunks.size() - 1);
        progress.setIndeterminate(false);
        progress.setMaximum(Math.max(1, last[1]));
        progress.setValue(last[0]);
        progress.setString("Läser arbetsbok " + last[0] + " av " + last[1] + " …");
      }

      @Override
      protected void done() {
        try {
          progress.setIndeterminate(false);
          consolidate.setEnabled(true);
          Consolidation.Result result = get();
          outcomes.show(result.outcomes());
          written = result.output();
          openWorkbook.setEnabled(true);
          report.setEnabled(true);
          summary.setText(summaryLine(result.outcomes(), result.output()));
          progress.setValue(progress.getMaximum());
          progress.setString("Klart.");
          if (!result.submissions().missing().isEmpty()) {
            error.setText(missing(result.submissions().missing().size()));
          }
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof NothingReadException n) {
            outcomes.show(n.outcomes());
          }
          progress.setValue(0);
          progress.setString("Ingen sammanställning skrevs.");
          showError(describe(cause));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          done.countDown();
        }
      }
    }.execute();
  }

  private static String missing(int n) {
    return n + (n == 1 ? " enhet" : " enheter") + " i listan har inte lämnat in; se bladet Inlämning.";
  }

  /** The request the fields describe, or why there is none. */
  Consolidation.Request request() throws InputException {
    Path in = path(folder, "Välj mappen med chefernas arbetsböcker.");
    if (Files.isRegularFile(in)) {
      throw new InputException("\"" + in + "\" är en fil, inte en mapp. Välj mappen som arbetsböckerna ligger i.");
    }
    if (!Files.isDirectory(in)) {
      throw new InputException("Mappen \"" + in + "\" finns inte. Välj mappen med chefernas arbetsböcker.");
    }
    if (output.getText().isBlank()) {
      output.setText(in.toAbsolutePath().resolveSibling("konsoliderad.xlsx").toString());
    }
    Path out = path(output, "Välj var sammanställningen ska sparas.");
    if (Files.isDirectory(out)) {
      throw new InputException("\"" + out + "\" är en mapp. Ange ett filnamn som slutar på .xlsx, t.ex. "
          + out.resolve("konsoliderad.xlsx") + ".");
    }
    if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      out = out.resolveSibling(out.getFileName() + ".xlsx");
      output.setText(out.toString());
    }
    Path dir = out.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new InputException("Mappen för sammanställningen finns inte: \"" + dir + "\".");
    }
    Configuration config;
    try {
      config = ConfigurationParser.defaults();
    } catch (RuntimeException e) {
      throw new InputException("Den inbyggda konfigurationen kan inte läsas: " + e.getMessage());
    }
    return Consolidation.Request.builder(in, out, config)
        .previous(optionalFile(previous, "Förra årets sammanställning"))
        .withoutUnits(upward.isSelected())
        .expectedUnits(optionalFile(units, "Listan över enheter"))
        .headcounts(optionalFile(staff, "Personalstatistiken"))
        .build();
  }

  private static Path path(JTextField field, String whenEmpty) throws InputException {
    String text = field.getText().strip();
    if (text.isEmpty()) {
      throw new InputException(whenEmpty);
    }
    try {
      return Path.of(text);
    } catch (java.nio.file.InvalidPathException e) {
      throw new InputException("\"" + text + "\" är ingen giltig sökväg.");
    }
  }

  private static Optional<Path> optionalFile(JTextField field, String what) throws InputException {
    if (field.getText().isBlank()) {
      return Optional.empty();
    }
    Path p = path(field, "");
    if (Files.isDirectory(p)) {
      throw new InputException(what + ": \"" + p + "\" är en mapp, inte en fil. Välj arbetsboken (.xlsx).");
    }
    if (!Files.isRegularFile(p)) {
      throw new InputException(what + ": filen \"" + p + "\" finns inte. Välj en annan fil eller töm fältet.");
    }
    return Optional.of(p);
  }

  /** "14 arbetsböcker inlästa, 0 avvisade, 3 hoppades över → FIL", as the command line says it. */
  static String summaryLine(List<FileOutcome> outcomes, Path target) {
    Map<FileFate, Integer> counts = FolderRules.counts(outcomes);
    int read = counts.getOrDefault(FileFate.READ, 0) + counts.getOrDefault(FileFate.READ_WITH_WARNINGS, 0);
    int rejected = counts.getOrDefault(FileFate.REJECTED, 0);
    return read + (read == 1 ? " arbetsbok inläst, " : " arbetsböcker inlästa, ")
        + rejected + (rejected == 1 ? " avvisad, " : " avvisade, ")
        + counts.getOrDefault(FileFate.SKIPPED, 0) + " hoppades över → " + target;
  }

  /** A Swedish sentence for what stopped the run; never a stack trace. */
  static String describe(Throwable e) {
    if (e instanceof NoSuchFileException n) {
      return "Filen eller mappen finns inte: " + n.getFile();
    }
    if (e instanceof AccessDeniedException a) {
      return "Åtkomst nekad till " + a.getFile() + ". Är filen öppen i Excel? Stäng den och försök igen. Inget skrevs.";
    }
    if (e instanceof ConfigurationException) {
      return "Konfigurationen kan inte användas: " + e.getMessage();
    }
    if (e instanceof IOException && e.getMessage() != null) {
      // RefusedException, NothingReadException, ListFileException: Swedish messages for HR.
      return e.getMessage();
    }
    return "Ett oväntat fel stoppade sammanställningen (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Inget skrevs.";
  }

  private void showError(String message) {
    // A JLabel shows one line; HTML lets a long message wrap and keeps its line breaks.
    error.setText("<html>" + message.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") + "</html>");
  }

  private void openWritten() {
    if (written == null) {
      return;
    }
    try {
      if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
        showError("Den här datorn kan inte öppna filer härifrån. Öppna " + written + " i Excel.");
        return;
      }
      Desktop.getDesktop().open(written.toFile());
    } catch (IOException | RuntimeException e) {
      showError("Sammanställningen kunde inte öppnas (" + e.getMessage() + "). Öppna " + written + " i Excel.");
    }
  }

  private void chooseReceiptFolder() {
    JFileChooser chooser = chooser(Choice.FOLDER, receiptDefault());
    chooser.setDialogTitle("Mapp för kvittona");
    if (chooser.showDialog(frame, "Skriv kvitton här") == JFileChooser.APPROVE_OPTION) {
      writeReceipts(chooser.getSelectedFile().toPath());
    }
  }

  private File receiptDefault() {
    String text = folder.getText().strip();
    return text.isEmpty() ? null : Path.of(text).toAbsolutePath().resolveSibling("Kvitton").toFile();
  }

  /** {@code validera --kvitton}: the folder checked again and one receipt per manager's workbook. */
  void writeReceipts(Path dir) {
    error.setText(" ");
    Path in;
    Optional<Path> lastYear;
    try {
      in = path(folder, "Välj först mappen med chefernas arbetsböcker.");
      lastYear = optionalFile(previous, "Förra årets sammanställning");
      if (!Files.isDirectory(in)) {
        throw new InputException("Mappen \"" + in + "\" finns inte. Välj mappen med chefernas arbetsböcker.");
      }
      if (dir.toAbsolutePath().normalize().startsWith(in.toAbsolutePath().normalize())) {
        throw new InputException("Kvittomappen får inte ligga i mappen som kontrolleras: \"" + dir + "\".");
      }
    } catch (InputException e) {
      showError(e.getMessage());
      return;
    }
    inBackground(receipts, "Kontrollerar mappen och skriver kvitton …", "Inga kvitton skrevs.", () -> {
      // As `validera --kvitton [--foregaende]`: Lättversion units are read with last year's workbook.
      Validation.Result result = Validation.run(in, ConfigurationParser.defaults(), lastYear);
      return Validation.writeReceipts(result, dir).size();
    }, n -> progress.setString((n == 1 ? "1 kvitto" : n + " kvitton") + " skrevs till " + dir + "."));
  }

  private void chooseReportFile() {
    if (written == null) {
      return;
    }
    JFileChooser chooser = new JFileChooser(written.toAbsolutePath().getParent().toFile());
    chooser.setDialogTitle("Spara rapporten som");
    String name = written.getFileName().toString().replaceAll("(?i)\\.xlsx$", "");
    chooser.setSelectedFile(written.toAbsolutePath().resolveSibling("Rapport " + name + ".docx").toFile());
    if (chooser.showSaveDialog(frame) == JFileChooser.APPROVE_OPTION) {
      Path target = chooser.getSelectedFile().toPath();
      if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
        target = target.resolveSibling(target.getFileName() + ".docx");
      }
      writeReport(target);
    }
  }

  /** {@code rapport SAMMANSTÄLLNING -o RAPPORT.docx} on the workbook just written. */
  void writeReport(Path target) {
    error.setText(" ");
    Report.Request request = new Report.Request(written, target, ConfigurationParser.defaults(), Optional.empty(),
        Optional.empty(), java.time.LocalDate.now());
    inBackground(report, "Skriver rapporten …", "Ingen rapport skrevs.", () -> Report.run(request),
        r -> progress.setString("Rapporten skrevs till " + target + "."));
  }

  private void chooseMailingFolder() {
    String text = folder.getText().strip();
    File start = text.isEmpty() ? null : Path.of(text).toAbsolutePath().resolveSibling("Utskick").toFile();
    JFileChooser chooser = chooser(Choice.FOLDER, start);
    chooser.setDialogTitle("Ny eller tom mapp för utskicket");
    if (chooser.showDialog(frame, "Skriv utskicket här") == JFileChooser.APPROVE_OPTION) {
      writeMailing(chooser.getSelectedFile().toPath());
    }
  }

  /**
   * {@code utskick --foregaende FJOL -o MAPP [--enheter LISTA]}: next year's workbook for every
   * unit, pre-filled from the workbook in "Förra årets sammanställning".
   */
  void writeMailing(Path dir) {
    error.setText(" ");
    if (previous.getText().isBlank() && written != null) {
      // The workbook just written is next year's "last year".
      previous.setText(written.toString());
    }
    Mailing.Request request;
    try {
      Path fjol = optionalFile(previous, "Förra årets sammanställning").orElseThrow(() -> new InputException(
          "Välj förra årets sammanställning (eller sammanställ först): utskicket fylls i med dess kartläggningar."));
      request = new Mailing.Request(fjol, dir, ConfigurationParser.defaults(), optionalFile(units, "Listan över enheter"),
          Optional.empty(), Optional.empty(), false);
    } catch (InputException e) {
      showError(e.getMessage());
      return;
    }
    inBackground(mailing, "Skriver nästa års arbetsböcker …", "Inget utskick skrevs.", () -> Mailing.run(request), r -> {
      progress.setString((r.written() == 1 ? "1 arbetsbok" : r.written() + " arbetsböcker") + " för " + r.year()
          + " skrevs till " + dir + ", med listan " + Mailing.MAILING_LIST + " för koppla dokument.");
      if (!r.notOnList().isEmpty()) {
        int n = r.notOnList().size();
        showError(n + (n == 1 ? " enhet" : " enheter") + " i förra årets sammanställning finns inte i enhetslistan "
            + "och fick ingen arbetsbok: " + String.join(", ", r.notOnList()) + ".");
      }
    });
  }

  /**
   * Runs one of the buttons' jobs off the event thread (the same {@code app} call as its
   * command): the button is off and the bar busy meanwhile; the result or the error is shown.
   */
  private <T> void inBackground(JButton button, String busy, String failed, java.util.concurrent.Callable<T> work,
      java.util.function.Consumer<T> shown) {
    button.setEnabled(false);
    progress.setIndeterminate(true);
    progress.setString(busy);
    CountDownLatch done = new CountDownLatch(1);
    finished = done;
    new SwingWorker<T, Void>() {
      @Override
      protected T doInBackground() throws Exception {
        return work.call();
      }

      @Override
      protected void done() {
        try {
          progress.setIndeterminate(false);
          button.setEnabled(true);
          shown.accept(get());
        } catch (ExecutionException e) {
          progress.setString(failed);
          showError(describe(e.getCause()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          done.countDown();
        }
      }
    }.execute();
  }

  /** Waits for the run started last; for the test. */
  boolean awaitRun(long seconds) throws InterruptedException {
    return finished.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
  }

  private void remember() {
    put(FOLDER, folder);
    put(PREVIOUS, previous);
    put(UNITS, units);
    put(STAFF, staff);
    put(OUTPUT, output);
  }

  private void put(String key, JTextField field) {
    String v = field.getText().strip();
    if (v.isEmpty()) {
      prefs.remove(key);
    } else {
      prefs.put(key, v);
    }
  }

  private enum Choice {
    FOLDER,
    WORKBOOK,
    SAVE
  }

  private void row(JPanel form, int y, String label, JTextField field, String key, Choice choice) {
    field.setText(prefs.get(key, ""));
    form.add(new JLabel(label), constraints(0, y));
    GridBagConstraints c = constraints(1, y);
    c.weightx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    form.add(field, c);
    JButton pick = new JButton("Välj …");
    pick.addActionListener(e -> {
      String text = field.getText().strip();
      JFileChooser chooser = chooser(choice, text.isEmpty() ? null : new File(text));
      int answer = choice == Choice.SAVE ? chooser.showSaveDialog(frame) : chooser.showOpenDialog(frame);
      if (answer == JFileChooser.APPROVE_OPTION) {
        field.setText(chooser.getSelectedFile().getPath());
      }
    });
    form.add(pick, constraints(2, y));
  }

  private static JFileChooser chooser(Choice choice, File start) {
    JFileChooser chooser = new JFileChooser();
    if (start != null) {
      File dir = start.isDirectory() ? start : start.getParentFile();
      if (dir != null && dir.isDirectory()) {
        chooser.setCurrentDirectory(choice == Choice.FOLDER && start.isDirectory() ? dir.getParentFile() : dir);
      }
      if (choice != Choice.FOLDER || start.isDirectory()) {
        chooser.setSelectedFile(start);
      }
    }
    if (choice == Choice.FOLDER) {
      chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    } else {
      chooser.setFileFilter(new FileNameExtensionFilter("Excel-arbetsböcker (*.xlsx)", "xlsx"));
    }
    return chooser;
  }

  private static GridBagConstraints constraints(int x, int y) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = x;
    c.gridy = y;
    c.anchor = GridBagConstraints.WEST;
    c.insets = new Insets(3, 4, 3, 4);
    return c;
  }

  /** A folder dropped anywhere on the window becomes the folder to consolidate. */
  private final class FolderDrop extends TransferHandler {
    @Override
    public boolean canImport(TransferSupport support) {
      return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
      try {
        @SuppressWarnings("unchecked")
        List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
        if (files.isEmpty()) {
          return false;
        }
        File f = files.get(0);
        if (!f.isDirectory()) {
          showError("\"" + f + "\" är en fil, inte en mapp. Dra hit mappen som arbetsböckerna ligger i.");
          return false;
        }
        folder.setText(f.getPath());
        error.setText(" ");
        return true;
      } catch (java.awt.datatransfer.UnsupportedFlavorException | IOException e) {
        return false;
      }
    }
  }

  /** Something in the fields keeps the run from starting; the message says what. */
  static final class InputException extends Exception {
    InputException(String message) {
      super(message);
    }
  }
}
