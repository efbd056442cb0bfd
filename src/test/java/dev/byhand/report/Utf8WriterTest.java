package dev.byhand.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
  /**
   * Pieces written one after another, as Mustache writes a page: template text, values, escapes.
   */
  private static final List<String> PIECES =
      List.of(
          "<title>",
          "alice — Understanding RNNs",
          "</title>\n",
          "h = [5, 4, 0] × 2 · 3 ≠ 7 – café ",
          "emoji \uD83D\uDE00 end",
          "a split pair \uD83D",
          "\uDE00 joined",
          "lone high \uD83D",
          " then text",
          "lone low \uDE00 here",
          "x".repeat(40) + "é—" + "y".repeat(40),
          "z".repeat(100_000),
          "w".repeat(40) + "\uD83D",
          "\uDE00 a pair split after bulk text",
          "\uD83D");

  @Nested
  class InMemory {
    @Test
    void givesTheBytesOfAnOutputStreamWriter_surrogatesAndLongTextIncluded() throws IOException {
      Utf8Writer writer = Utf8Writer.inMemory(16);
      writeAll(writer);
      ByteBuffer bytes = writer.toByteBuffer();
      assertThat(Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit()))
          .isEqualTo(expected());
    }

    @Test
    void appendsPartsOfStrings_andSingleCharacters() throws IOException {
      Utf8Writer writer = Utf8Writer.inMemory(4);
      writer.append("«a×b»", 1, 4).append('—').write("x—y".toCharArray(), 1, 2);
      assertThat(writer.toString()).isEqualTo("a×b——y");
    }

    @Test
    void clear_startsAPageAfresh_evenAfterAHalfWrittenSurrogatePair() throws IOException {
      Utf8Writer writer = Utf8Writer.inMemory(4);
      writer.write("first page, ending in half a pair \uD83D");
      writer.clear();
      writer.write("second — page");
      assertThat(writer.toString()).isEqualTo("second — page");
    }
  }

  @Nested
  class WithEncodedTemplateText {
    @Test
    void copiesTheBytesOfAKnownText_andEncodesAnyOther() throws IOException {
      Utf8Writer writer =
          Utf8Writer.inMemory(4, Map.of("<p>", "<P>".getBytes(StandardCharsets.UTF_8)));
      writer.write("<p>");
      writer.write("tom × 2");
      writer.append("<p>");
      assertThat(writer.toString()).isEqualTo("<P>tom × 2<p>");
    }
  }

  private static void writeAll(Writer writer) throws IOException {
    for (String piece : PIECES) {
      writer.write(piece);
      writer.append(piece, 0, piece.length());
      for (int i = 0; i < Math.min(piece.length(), 50); i++) {
        writer.write(piece.charAt(i));
      }
    }
  }

  private static byte[] expected() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer jdk = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      writeAll(jdk);
    }
    return bytes.toByteArray();
  }
}
