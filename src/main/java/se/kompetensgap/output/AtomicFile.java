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

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  public static void write(Path target, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp;
    try {
      // Not Files.createTempFile: its files are owner-only (0600), and the moved file would keep
      // that, so colleagues could not open the workbook in a shared folder. A new file gets the
      // folder's ordinary permissions (the umask), as a file saved by Excel would.
      tmp = dir.resolve("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE).close();
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
