package dev.byhand.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateFactoryEscapingTest {
  private static final TemplateFactory FACTORY = new TemplateFactory();

  @Test
  void escapesEveryCharacterExactlyAsMustacheJavasHtmlEscaper() throws IOException {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      every.append(c).append('x');
    }
    assertSameBytes(every.toString());
  }

  @Test
  void escapesStudentTextExactlyAsMustacheJavasHtmlEscaper() throws IOException {
    for (String value :
        List.of(
            "",
            "plain",
            "<script>alert('x')</script>",
            "a & b &amp; c",
            "x=1 `y` \"z\"",
            "tab\there\r\nnext",
            "h × 2 — ≠ · –",
            "emoji \uD83D\uDE00",
            "lone \uD83D< and \uDE00>",
            "\uD83D")) {
      assertSameBytes(value);
    }
  }

  private static void assertSameBytes(String value) throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
      HtmlEscaper.escape(value, jdk);
    }
    Utf8Writer writer = Utf8Writer.inMemory(16);
    FACTORY.encode(value, writer);
    ByteBuffer bytes = writer.toByteBuffer();
    assertThat(Arrays.copyOfRange(bytes.array(), 0, bytes.limit()))
        .isEqualTo(expected.toByteArray());
  }
}
