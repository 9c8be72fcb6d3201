package se.kompetensgap.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it is either the complete new content or untouched (SPEC §7): into a
 * temporary file beside it, then moved into place in one step. A crash or a full disk leaves
 * the earlier file as it was, and no temporary file behind.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** Writes the content; the target's folder must exist. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      // Name the folder the user chose, not the temporary file they never asked for.
      throw (IOException)
          new java.nio.file.AccessDeniedException(dir.toString(), null, e.getMessage()).initCause(e);
    }
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.writeTo(out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
