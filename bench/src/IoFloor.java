import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The I/O floor of a grading run: reads every file in a folder and writes, for each, one file of a
 * given size into another folder. Whatever `byhand grade` spends beyond this is its own overhead.
 *
 * <p>java -cp CLASSES IoFloor SUBMISSIONS_DIR OUT_DIR BYTES_PER_FILE
 */
public final class IoFloor {
  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    byte[] report = new byte[Integer.parseInt(args[2])];
    Arrays.fill(report, (byte) 'x');
    long read = 0;
    int files = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(in)) {
      for (Path entry : entries) {
        read += Files.readAllBytes(entry).length;
        try (OutputStream file =
            Files.newOutputStream(out.resolve(entry.getFileName() + ".html"))) {
          file.write(report);
        }
        files++;
      }
    }
    System.out.println(
        files + " files, " + read + " bytes read, " + (long) files * report.length + " written");
  }
}
