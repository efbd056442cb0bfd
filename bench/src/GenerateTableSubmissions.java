import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes N synthetic submissions for {@code bench/edit-distance-10x12.json} (intention to
 * inattention, substitution 2) into a folder, a fixed-seed mix: half right, a fifth with one slip
 * carried through every later cell, 15% with a substitution costing 1 (a diagnosis to search), a
 * tenth with one cell miscopied, 5% without the table. The table is filled here by its own loop,
 * not by byhand. Benchmark input only.
 *
 * <p>java GenerateTableSubmissions OUT_DIR N
 */
public final class GenerateTableSubmissions {
  private static final String SOURCE = "intention";
  private static final String TARGET = "inattention";

  public static void main(String[] args) throws IOException {
    Path out = Files.createDirectories(Path.of(args[0]));
    int n = Integer.parseInt(args[1]);
    Random random = new Random(20261207L);
    for (int s = 0; s < n; s++) {
      int kind = random.nextInt(100);
      int slipRow = 1 + random.nextInt(SOURCE.length());
      int slipColumn = 1 + random.nextInt(TARGET.length());
      long[][] table =
          fill(kind >= 70 && kind < 85 ? 1 : 2, kind >= 50 && kind < 70, slipRow, slipColumn);
      if (kind >= 85 && kind < 95) {
        table[slipRow][slipColumn] += 2;
      }
      StringBuilder text = new StringBuilder("question,answer\n");
      if (kind < 95) {
        text.append("q1.D,\"").append(rows(table)).append("\"\n");
      }
      text.append("q2.distance,").append(table[SOURCE.length()][TARGET.length()]).append('\n');
      Files.writeString(
          out.resolve(String.format("student-%06d.csv", s)), text, StandardCharsets.UTF_8);
    }
  }

  /** The table by its rule; with {@code slip}, one cell one too large and the rest computed on. */
  private static long[][] fill(long sub, boolean slip, int slipRow, int slipColumn) {
    long[][] d = new long[SOURCE.length() + 1][TARGET.length() + 1];
    for (int i = 0; i <= SOURCE.length(); i++) {
      for (int j = 0; j <= TARGET.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        long substitute = SOURCE.charAt(i - 1) == TARGET.charAt(j - 1) ? 0 : sub;
        d[i][j] =
            Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitute);
        if (slip && i == slipRow && j == slipColumn) {
          d[i][j] += 1;
        }
      }
    }
    return d;
  }

  private static String rows(long[][] table) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < table.length; i++) {
      text.append(i == 0 ? "[" : ", [");
      for (int j = 0; j < table[i].length; j++) {
        text.append(j == 0 ? "" : ", ").append(table[i][j]);
      }
      text.append(']');
    }
    return text.append(']').toString();
  }
}
