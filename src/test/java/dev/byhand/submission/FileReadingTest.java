package dev.byhand.submission;

import static dev.byhand.submission.Fixtures.answers;
import static dev.byhand.submission.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileReadingTest {
  private static final String ALICE = "q1.hidden,5,4,0\nq2.prediction,BOS\n";

  @TempDir Path dir;

  private Submission bytes(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return read(file);
  }

  private static byte[] concat(byte[] head, byte[] tail) {
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  private static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Nested
  class BinaryFiles {
    @Test
    void png_isNamedWithAFix() throws IOException {
      byte[] png = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
      };
      Submission s = bytes("alice.csv", png);
      assertThat(s.unreadable())
          .get()
          .asString()
          .startsWith("this is a PNG image")
          .contains("CSV or JSON");
      assertThat(s.answers()).isEmpty();
      assertThat(s.format()).isEmpty();
    }

    @Test
    void jpegGifAndPdf_areNamed() throws IOException {
      assertThat(
              bytes("a.csv", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})
                  .unreadable())
          .get()
          .asString()
          .contains("JPEG image");
      assertThat(bytes("b.csv", "GIF89a".getBytes(StandardCharsets.US_ASCII)).unreadable())
          .get()
          .asString()
          .contains("GIF image");
      assertThat(
              bytes("c.csv", "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1))
                  .unreadable())
          .get()
          .asString()
          .contains("this is a PDF");
    }

    @Test
    void emptyExcelWorkbook_isReadAndSaysItShowsNoText() throws IOException {
      Submission s =
          bytes(
              "answers.csv",
              zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"));
      assertThat(s.unreadable())
          .get()
          .asString()
          .startsWith("this Excel workbook shows no text to read answers from");
    }

    @Test
    void wordDocumentOdsAndPlainZip_areNamed() throws IOException {
      assertThat(bytes("a.txt", zip("word/document.xml")).unreadable())
          .get()
          .asString()
          .contains("Word document");
      assertThat(bytes("b.csv", zip("mimetype", "content.xml")).unreadable())
          .get()
          .asString()
          .contains("zip archive");
    }

    @Test
    void openDocumentSpreadsheet_isToldHowToExportCsv() throws IOException {
      byte[] mimetype =
          "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      entry.setCrc(crc.getValue());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.putNextEntry(entry);
        zip.write(mimetype);
        zip.closeEntry();
      }
      assertThat(bytes("answers.csv", out.toByteArray()).unreadable())
          .get()
          .asString()
          .contains("LibreOffice/OpenOffice spreadsheet (.ods); export it as CSV");
    }

    @Test
    void oldExcelFile_isToldHowToExportCsv() throws IOException {
      byte[] ole = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
      };
      assertThat(bytes("answers.xls", ole).unreadable())
          .get()
          .asString()
          .contains("old Office file")
          .contains("export it as CSV");
    }

    @Test
    void nulHeavyBinary_isNamedBinary() throws IOException {
      byte[] noise = new byte[300];
      new Random(7).nextBytes(noise);
      noise[1] = 0;
      noise[2] = (byte) 0xC3;
      assertThat(bytes("alice.csv", noise).unreadable()).get().asString().contains("binary file");
    }
  }

  @Nested
  class Encodings {
    @Test
    void utf8Bom_isNotPartOfTheFirstKey() throws IOException {
      byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
      Submission s = bytes("a.csv", concat(bom, ALICE.getBytes(StandardCharsets.UTF_8)));
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
    }

    @Test
    void utf16BigEndianWithBom() throws IOException {
      byte[] bom = {(byte) 0xFE, (byte) 0xFF};
      Submission s = bytes("a.csv", concat(bom, ALICE.getBytes(StandardCharsets.UTF_16BE)));
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithoutBom_isRecognisedByItsNuls(String charset) throws IOException {
      Submission s = bytes("a.csv", ALICE.getBytes(Charset.forName(charset)));
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
    }

    @Test
    void windows1252_isReadWhenItIsPlausibleText() throws IOException {
      String text = "# r\u00e9ponses \u2013 \u00e9tape 1\nq1.hidden,5,4,0\n";
      Submission s = bytes("a.csv", text.getBytes(Charset.forName("windows-1252")));
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]");
    }

    @Test
    void invalidUtf8ThatIsNoPlausibleText_asksForUtf8() throws IOException {
      byte[] bytes =
          concat(
              "q1.hidden,5,4,0\n".getBytes(StandardCharsets.US_ASCII),
              new byte[] {(byte) 0xC3, 0x01, 0x02, (byte) 0x81});
      assertThat(bytes("a.csv", bytes).unreadable()).get().asString().contains("save it as UTF-8");
    }
  }

  @Nested
  class EmptyAndLarge {
    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n\t", "\ufeff", "\ufeff\r\n \u00a0"})
    void emptyFile_isUnreadable(String content) throws IOException {
      assertThat(bytes("a.csv", content.getBytes(StandardCharsets.UTF_8)).unreadable())
          .get()
          .asString()
          .startsWith("the file is empty");
    }

    @Test
    void fileOverOneMebibyte_isRefusedWithTheLimit() throws IOException {
      byte[] big = ALICE.repeat(40_000).getBytes(StandardCharsets.UTF_8);
      assertThat(big.length).isGreaterThan(1024 * 1024);
      assertThat(bytes("a.csv", big).unreadable())
          .get()
          .asString()
          .contains("byhand reads answer files of up to 1 MiB")
          .containsPattern("the file is \\d\\.\\d MiB \\(\\d+ bytes\\)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.csv", "a.tex"})
    void answerLongerThanAnyAnswerCanBe_isRefusedBeforeItIsRead_andTheOtherLinesStillCount(
        String name) throws IOException {
      String junk =
          name.endsWith(".tex")
              ? "\\begin{bmatrix} 21 " + "& ".repeat(60_000)
              : "(".repeat(120_000);
      String text = "q1.hidden = [5, 4, 0]\nq1.logits = " + junk + "\n";
      Submission s = bytes(name, text.getBytes(StandardCharsets.UTF_8));
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]");
      assertThat(Fixtures.problems(s))
          .singleElement()
          .asString()
          .contains("line 2")
          .containsPattern("q1.logits is written over 1[12]\\d{4} characters")
          .contains("more than any answer can take")
          .contains("write only the numbers the question asks for");
    }

    @Test
    void missingFile_isUnreadableNotAnException() {
      Submission s = read(dir.resolve("nope.csv"));
      assertThat(s.unreadable()).get().asString().contains("could not be read");
      assertThat(s.studentId()).isEqualTo("student");
    }
  }

  @Nested
  class Adversarial {
    // The timeouts guard against hangs (a quadratic scan, a runaway regex), not speed: speed is
    // measured in benchmarks, never asserted here.
    private static final int MIB = 1024 * 1024;

    private Submission text(String name, String repeated) throws IOException {
      String content = repeated.repeat((MIB - 16) / repeated.length());
      return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "a ",
          "q1 ",
          "q1: ",
          "\"",
          "q1,\"x\n",
          ",",
          "[",
          "{",
          "q1.hidden,1\n",
          "x,\"\"\"\n"
        })
    @Timeout(60)
    void pathologicalCsvNearTheSizeLimit_isReadWithoutHanging_andWithinTheLimits(String repeated)
        throws IOException {
      Submission s = text("a.csv", repeated);
      // Whatever is read of a megabyte of junk stays within the per-answer limits.
      assertThat(s.answers())
          .allSatisfy(
              a -> {
                assertThat(a.values()).hasSizeLessThanOrEqualTo(Limits.MAX_VALUES);
                assertThat(a.values())
                    .allSatisfy(
                        v -> assertThat(v).hasSizeLessThanOrEqualTo(Limits.MAX_VALUE_CHARS));
              });
      assertThat(s.unreadable().map(String::length).orElse(0)).isLessThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "{\"a\":", "[1,", "\"\\"})
    @Timeout(60)
    void pathologicalJsonNearTheSizeLimit_isUnreadableWithoutHanging(String repeated)
        throws IOException {
      Submission s =
          bytes(
              "a.json",
              ("{\"q1.hidden\": " + repeated.repeat(MIB / 8 / repeated.length()))
                  .getBytes(StandardCharsets.UTF_8));
      assertThat(s.unreadable()).isPresent();
    }

    @Test
    @Timeout(60)
    void longJsonList_isCutAtTheValueLimit() throws IOException {
      Submission s =
          bytes(
              "a.json",
              ("{\"q1.hidden\": [" + "1,".repeat(100_000) + "1]}")
                  .getBytes(StandardCharsets.UTF_8));
      assertThat(s.answers()).isEmpty();
      assertThat(s.problems()).singleElement().asString().contains("limit of 1000");
    }
  }

  @Nested
  class FormatDetection {
    @Test
    void txtWithCsvContent_isCsv() throws IOException {
      Submission s = bytes("answers.txt", ALICE.getBytes(StandardCharsets.UTF_8));
      assertThat(s.format()).contains(Format.CSV);
      assertThat(s.answers()).hasSize(2);
    }

    @Test
    void csvNamedFileWithJsonContent_isJson() throws IOException {
      Submission s =
          bytes("answers.csv", "\n  {\"q1.hidden\": [5, 4, 0]}".getBytes(StandardCharsets.UTF_8));
      assertThat(s.format()).contains(Format.JSON);
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]");
    }
  }
}
