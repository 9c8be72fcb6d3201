package se.kompetensgap.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.cli.Main;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;

/**
 * Issue 5, output safety: whatever goes wrong while writing, an earlier output survives intact
 * and no temporary file is left behind.
 */
class OutputSafetyTest {

  @TempDir Path dir;

  static final byte[] EARLIER = "förra körningens sammanställning".getBytes(StandardCharsets.UTF_8);

  List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theOutputGetsTheFoldersOrdinaryPermissionsNotOwnerOnly(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX-rättigheter finns inte här");
    Path plain = dir.resolve("vanlig.txt");
    Files.writeString(plain, "x"); // what any program creates here, under the same umask
    Path ours = dir.resolve("ut.xlsx");
    AtomicFile.write(ours, out -> out.write(1));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(ours));
  }

  @Test
  void aCrashMidWriteLeavesTheEarlierOutputIntactAndNoTemporaryFile() throws Exception {
    Path target = Files.write(dir.resolve("sammanstallning.xlsx"), EARLIER);
    IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
      out.write(new byte[100_000]);
      throw new IOException("krasch mitt i skrivningen");
    }));
    assertEquals("krasch mitt i skrivningen", e.getMessage());
    assertArrayEquals(EARLIER, Files.readAllBytes(target));
    assertEquals(List.of("sammanstallning.xlsx"), files());
  }

  @Test
  void aRuntimeFailureInTheWriterAlsoLeavesNothingBehind() throws Exception {
    Path target = Files.write(dir.resolve("sammanstallning.xlsx"), EARLIER);
    assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
      out.write(1);
      throw new IllegalStateException("fel i en bladskrivare");
    }));
    assertArrayEquals(EARLIER, Files.readAllBytes(target));
    assertEquals(List.of("sammanstallning.xlsx"), files());
  }

  @Test
  void aFullDiskGivesAClearMessageAndKeepsTheEarlierOutput() throws Exception {
    Path target = Files.write(dir.resolve("sammanstallning.xlsx"), EARLIER);
    // What the JDK throws when the disk fills up during the write.
    assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
      throw new java.nio.file.FileSystemException(target.toString(), null, "No space left on device");
    }));
    assertArrayEquals(EARLIER, Files.readAllBytes(target));
    assertEquals(List.of("sammanstallning.xlsx"), files());
  }

  /**
   * The output open in Excel: on Windows the final move then fails. Simulated by a target that
   * cannot be replaced (a non-empty folder of that name), which makes the move fail the same way.
   */
  @Test
  void anOutputThatCannotBeReplacedGivesAClearErrorAndNoTemporaryFile() throws Exception {
    Path folder = dir.resolve("inkommande");
    ExampleFolder.write(folder, ConfigurationParser.defaults());
    Path locked = Files.createDirectories(dir.resolve("sammanstallning.xlsx"));
    Files.write(locked.resolve("upptagen"), EARLIER);
    // The command line now refuses a folder as -o up front (issue 14); the app's own atomic
    // write is what protects a target that cannot be replaced, so it is tested there.
    assertThrows(java.io.IOException.class, () -> se.kompetensgap.app.Consolidation.run(
        se.kompetensgap.app.Consolidation.Request.builder(folder, locked, ConfigurationParser.defaults()).build()));
    assertArrayEquals(EARLIER, Files.readAllBytes(locked.resolve("upptagen")));
    assertEquals(List.of("inkommande", "sammanstallning.xlsx"), files());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"konsolidera", folder.toString(), "-o", locked.toString(), "-q"},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(64, code, message);
    assertTrue(message.contains("är en mapp"), message);
  }

  @Test
  void aReadOnlyFolderGivesAClearErrorAndKeepsTheEarlierOutput() throws Exception {
    Path out = Files.createDirectories(dir.resolve("skrivskyddad"));
    Path target = Files.write(out.resolve("sammanstallning.xlsx"), EARLIER);
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(Files.isWritable(out), "körs som root: en skrivskyddad mapp går ändå att skriva i");
      Path folder = Files.createDirectories(dir.resolve("inkommande"));
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(new String[] {"konsolidera", folder.toString(), "-o", target.toString(), "-q"},
          new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
      String message = err.toString(StandardCharsets.UTF_8);
      assertEquals(1, code, message);
      assertTrue(message.contains("skrivskyddad") && message.contains("Inget skrevs"), message);
      assertArrayEquals(EARLIER, Files.readAllBytes(target));
      try (Stream<Path> s = Files.list(out)) {
        assertEquals(List.of("sammanstallning.xlsx"), s.map(p -> p.getFileName().toString()).toList());
      }
    } finally {
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** As root a read-only folder is still writable; /proc is not, for anyone. */
  @Test
  void aFolderNobodyCanWriteInGivesAClearError() throws Exception {
    Path proc = Path.of("/proc/self");
    Assumptions.assumeTrue(Files.isDirectory(proc), "ingen /proc");
    Path folder = dir.resolve("inkommande");
    // Something to consolidate: an empty folder stops before any output is attempted.
    assertEquals(0, Main.run(new String[] {"exempel", "-o", folder.toString()},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"konsolidera", folder.toString(), "-o", proc.resolve("ut.xlsx").toString(), "-q"},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, code, message);
    assertTrue(message.contains("Åtkomst nekad till /proc/self") && message.contains("Inget skrevs"), message);
    assertTrue(!message.contains(".tmp"), message);
  }
}
