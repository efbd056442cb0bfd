package dev.byhand.submission;

import static dev.byhand.submission.Fixtures.answers;
import static dev.byhand.submission.OfficeFixtures.docx;
import static dev.byhand.submission.OfficeFixtures.odt;
import static dev.byhand.submission.OfficeFixtures.wordParagraph;
import static dev.byhand.submission.OfficeFixtures.wordTable;
import static dev.byhand.submission.OfficeFixtures.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The formats read as the text they show (issue 23, deliverable 7): RTF, Word and LibreOffice
 * documents, Excel workbooks; hostile zips and XML; and files that are none of these.
 */
class DocumentFormatsTest {
  private static Submission read(String name, byte[] bytes) {
    return new SubmissionReader().read("student", Path.of(name), bytes);
  }

  private static Submission read(String name, String text) {
    return read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String source(Submission s, String key) {
    return s.answers().stream()
        .filter(a -> a.key().toString().equals(key))
        .findFirst()
        .orElseThrow()
        .location()
        .quoted();
  }

  @Nested
  class Rtf {
    /** As TextEdit saves it: a Cocoa header, font and colour tables, a backslash per line end. */
    static final String TEXT_EDIT =
        """
        {\\rtf1\\ansi\\ansicpg1252\\cocoartf2761
        \\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}
        {\\colortbl;\\red255\\green255\\blue255;}
        {\\*\\expandedcolortbl;;}
        \\margl1440\\margr1440\\vieww11520\\viewh8400\\viewkind0
        \\pard\\tx720\\tx1440\\pardirnatural\\partightenfactor0

        \\f0\\fs24 \\cf0 Caf\\'e9 notes \\u8211? RNN by hand\\
        q1.hidden = [5, 4, 0]\\
        q2.prediction = BOS}""";

    @Test
    void textEditRtf_isReadAsItsText_withEachSourceOnItsShownLine() {
      Submission s = read("answers.rtf", TEXT_EDIT);
      assertThat(s.unreadable()).isEmpty();
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
      assertThat(source(s, "q1.hidden"))
          .isEqualTo("line 2 of the text the RTF file shows: q1.hidden = [5, 4, 0]");
    }

    @Test
    void escapesAreDecoded_andHiddenDestinationsSkipped() {
      String text = RtfText.text(TEXT_EDIT);
      assertThat(text.lines().findFirst()).contains("Café notes – RNN by hand");
      assertThat(text).doesNotContain("Helvetica").doesNotContain("red255").doesNotContain(";;");
    }

    @Test
    void wordPadRtf_withParAndATable_isRead() {
      String wordPad =
          "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\r\n"
              + "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"
              + "\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang9 Question 1\\par\r\n"
              + "{\\field{\\*\\fldinst HYPERLINK \"x\"}{\\fldrslt see notes}}\\par\r\n"
              + "\\trowd\\cellx2000\\cellx4000\\cellx6000\\cellx8000"
              + " q1.hidden\\cell 5\\cell 4\\cell 0\\cell\\row\r\n"
              + "\\pard q2.prediction: BOS\\par\r\n}\r\n";
      Submission s = read("answers.rtf", wordPad);
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
      assertThat(RtfText.text(wordPad)).contains("see notes").doesNotContain("HYPERLINK");
    }

    @Test
    @Timeout(5)
    void deeplyNestedGroups_areRefusedWithASentence_notAStackOverflow() {
      String deep = "{\\rtf1 " + "{".repeat(200_000) + "q1.hidden = [5, 4, 0]";
      assertThat(read("answers.rtf", deep).unreadable())
          .get()
          .asString()
          .contains("nests groups")
          .contains("save it as .txt or .csv");
    }
  }

  @Nested
  class WordDocuments {
    @Test
    void paragraphsSplitIntoRuns_areReadAsLines_andTablesAsRows() {
      byte[] file =
          docx(
              wordParagraph("Question 1")
                  + wordParagraph("h", "1 = [5, 4, ", "0]")
                  + "<w:p><w:r><w:t>q1.logits</w:t></w:r><w:r><w:tab/></w:r>"
                  + "<w:r><w:t>21, 8, 9, 20, 13, 12</w:t></w:r></w:p>"
                  + wordTable(
                      new String[] {"q2.prediction", "BOS"},
                      new String[] {"q3.hidden", "57", "8", "36"}));
      Submission s = read("answers.docx", file);
      assertThat(s.unreadable()).isEmpty();
      assertThat(answers(s))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q1.logits=[21, 8, 9, 20, 13, 12]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57, 8, 36]");
      assertThat(source(s, "q1.hidden")).isEqualTo("line 2 of the document's text: h1 = [5, 4, 0]");
    }

    @Test
    void deletedTextAndFieldCodes_areNotRead() {
      byte[] file =
          docx(
              "<w:p><w:r><w:t xml:space=\"preserve\">q1.hidden = [5, 4, </w:t></w:r>"
                  + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>9</w:delText></w:r></w:del>"
                  + "<w:r><w:instrText> PAGE </w:instrText></w:r>"
                  + "<w:r><w:t>0]</w:t></w:r></w:p>");
      assertThat(answers(read("answers.docx", file))).containsExactly("q1.hidden=[5, 4, 0]");
    }

    @Test
    void entitiesAreDecoded() {
      assertThat(XmlScanner.decode("a &lt; b &amp;&amp; &#233;&#x2013; &bogus;"))
          .isEqualTo("a < b && é– &bogus;");
    }
  }

  @Nested
  class OpenDocuments {
    @Test
    void writerDocument_isReadAsItsParagraphs_withSpacesTabsAndTables() {
      byte[] file =
          odt(
              "<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">Question"
                  + " 1</text:h><text:p text:style-name=\"P1\">h1 =<text:s/>[5,<text:s"
                  + " text:c=\"2\"/>4, <text:span text:style-name=\"T1\">0]</text:span></text:p>"
                  + "<text:p>logits<text:tab/>21 8 9 20 13 12</text:p>"
                  + "<table:table table:name=\"Table1\"><table:table-column/>"
                  + "<table:table-row><table:table-cell office:value-type=\"string\">"
                  + "<text:p>q2.prediction</text:p></table:table-cell><table:table-cell>"
                  + "<text:p>BOS</text:p></table:table-cell></table:table-row></table:table>"
                  + "<text:p>note<office:annotation><text:p>q3.hidden = 1, 2, 3</text:p>"
                  + "</office:annotation></text:p>");
      Submission s = read("answers.odt", file);
      assertThat(s.unreadable()).isEmpty();
      assertThat(answers(s))
          .containsExactly(
              "q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]", "q2.prediction=[BOS]");
    }
  }

  @Nested
  class Workbooks {
    @Test
    void firstSheet_isReadAsCsvRows_withSharedStringsAndFormulaResults() {
      byte[] file =
          xlsx(
              "Answers",
              "<row r=\"1\" spans=\"1:4\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>5</v></c>"
                  + "<c r=\"C1\"><v>4</v></c><c r=\"D1\"><v>0</v></c></row>"
                  + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>2</v></c>"
                  + "</row><row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>q3.hidden</t></is></c>"
                  + "<c r=\"B4\"><f>B1*11+2</f><v>57</v></c><c r=\"C4\"><v>8</v></c>"
                  + "<c r=\"D4\" s=\"1\"><v>36</v></c></row>",
              "q1.hidden",
              "q2.prediction",
              "BOS");
      Submission s = read("answers.xlsx", file);
      assertThat(s.unreadable()).isEmpty();
      assertThat(answers(s))
          .containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]", "q3.hidden=[57, 8, 36]");
      assertThat(source(s, "q2.prediction")).isEqualTo("row 3 of sheet Answers: q2.prediction,BOS");
    }
  }

  @Nested
  class HostileFiles {
    @Test
    @Timeout(10)
    void zipBomb_stopsAtTheBound_withASentence() {
      byte[] zeros = new byte[64 * 1024 * 1024];
      Deflater deflater = new Deflater(9, true);
      deflater.setInput(zeros);
      deflater.finish();
      ByteArrayOutputStream deflated = new ByteArrayOutputStream();
      byte[] buffer = new byte[65_536];
      while (!deflater.finished()) {
        deflated.write(buffer, 0, deflater.deflate(buffer));
      }
      deflater.end();
      byte[] bomb = rawZip("word/document.xml", deflated.toByteArray(), zeros.length);
      assertThat(bomb.length).isLessThan(1024 * 1024);
      assertThat(read("answers.docx", bomb).unreadable())
          .get()
          .asString()
          .contains("this Word document is damaged")
          .contains("unpacks to more than 8 MiB");
    }

    @Test
    void externalEntity_isRefused_notFetched() {
      byte[] file =
          OfficeFixtures.zip(
              false,
              "word/document.xml",
              "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                  + "<w:document><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body>"
                  + "</w:document>");
      assertThat(read("answers.docx", file).unreadable())
          .get()
          .asString()
          .contains("declares a DTD")
          .contains("save the file as .txt or .csv")
          .doesNotContain("root:");
    }

    @Test
    void truncatedDocx_namesWhatWasFound_andTheFix() {
      byte[] whole = docx(wordParagraph("q1.hidden = [5, 4, 0]"));
      byte[] cut = Arrays.copyOf(whole, whole.length / 2);
      assertThat(read("answers.docx", cut).unreadable())
          .get()
          .asString()
          .contains("this is a zip file (Word, Excel and LibreOffice files are zips)")
          .contains("cut short")
          .contains("save it as .txt or .csv");
    }

    @Test
    @Timeout(10)
    void randomDamage_neverThrows() {
      byte[] whole = docx(wordParagraph("q1.hidden = [5, 4, 0]"));
      java.util.Random random = new java.util.Random(23);
      for (int i = 0; i < 2_000; i++) {
        byte[] damaged = whole.clone();
        for (int j = 0; j < 4; j++) {
          damaged[4 + random.nextInt(damaged.length - 4)] = (byte) random.nextInt(256);
        }
        Submission s = read("answers.docx", damaged);
        assertThat(s.unreadable().orElse("")).doesNotContain("byhand failed");
      }
    }

    /** A one-entry zip whose deflated data and sizes are given (a bomb's sizes are honest). */
    private static byte[] rawZip(String name, byte[] deflated, int size) {
      byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      writeInts(out, 0x04034b50, 4, 20, 2, 0, 2, 8, 2, 0, 4, 0, 4, deflated.length, 4, size, 4);
      writeInts(out, nameBytes.length, 2, 0, 2);
      out.writeBytes(nameBytes);
      out.writeBytes(deflated);
      int central = out.size();
      writeInts(out, 0x02014b50, 4, 20, 2, 20, 2, 0, 2, 8, 2, 0, 4, 0, 4);
      writeInts(out, deflated.length, 4, size, 4, nameBytes.length, 2, 0, 2, 0, 2, 0, 2, 0, 2);
      writeInts(out, 0, 4, 0, 4);
      out.writeBytes(nameBytes);
      int centralSize = out.size() - central;
      writeInts(out, 0x06054b50, 4, 0, 2, 0, 2, 1, 2, 1, 2, centralSize, 4, central, 4, 0, 2);
      return out.toByteArray();
    }

    /** Little-endian values, each followed by its width in bytes. */
    private static void writeInts(ByteArrayOutputStream out, int... valuesAndWidths) {
      for (int i = 0; i < valuesAndWidths.length; i += 2) {
        for (int b = 0; b < valuesAndWidths[i + 1]; b++) {
          out.write(valuesAndWidths[i] >>> (8 * b) & 0xFF);
        }
      }
    }
  }

  @Nested
  class PythonFiles {
    @Test
    void dictLiteral_nestedAndWrapped_isReadEntryByEntry_eachAtItsLine() {
      String py =
          """
          import numpy as np

          # my answers, as a dict so I can check them
          answers = {
              'q1': {'hidden': [5, 4, 0], 'logits': np.array([21, 8, 9, 20, 13, 12])},
              "q2.prediction": "BOS",  # the arg max
              "q3.hidden": (57, 8, 36),
          }
          """;
      Submission s = read("answers.py", py);
      assertThat(s.format()).contains(Format.PYTHON_FILE);
      assertThat(answers(s))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q1.logits=[21, 8, 9, 20, 13, 12]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57, 8, 36]");
      assertThat(source(s, "q2.prediction"))
          .isEqualTo("line 6: \"q2.prediction\": \"BOS\",  # the arg max");
    }

    @Test
    void assignedLiterals_areAnswers_andAComputedItemIsRefusedWithASentence() {
      String py =
          """
          import numpy as np
          q1_hidden = np.array([5, 4, 0])
          q2_prediction = 'BOS'
          q3_hidden = np.maximum(0, q1_hidden @ W + E[1] @ U)
          answers["q3.prediction"] = "is"
          def relu(x):
              q3_logits = [1, 2, 3]
              return x
          """;
      Submission s = read("hw.py", py);
      assertThat(answers(s))
          .containsExactly(
              "q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]", "q3.hidden=[]", "q3.prediction=[is]");
      Answer computed = s.answers().get(2);
      assertThat(computed.refusal())
          .get()
          .asString()
          .contains("q3_hidden is computed by code here (np.maximum(0, q1_hidden @ W + E[1] @ U))")
          .contains("byhand runs no code");
      assertThat(computed.location().quoted()).startsWith("line 4: q3_hidden = np.maximum");
    }

    @Test
    void linesThatAreNoPython_areReadAsText_andPrintsAreCode() {
      String mixed =
          """
          import numpy as np
          Q1 hidden: [5, 4, 0]
          print(h1)
          Question 2
          prediction = BOS
          """;
      Submission s = read("answers.txt", mixed);
      assertThat(s.format()).contains(Format.PYTHON_FILE);
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
    }

    @Test
    void keyValueTextWithoutImportsOrDicts_staysText() {
      assertThat(read("answers.txt", "h1 = [5, 4, 0]\nq2.prediction = BOS\n").format())
          .contains(Format.TEXT);
    }
  }

  @Nested
  class NotAnswerFiles {
    @Test
    void pagesDocument_isNamed_withHowToExport() {
      byte[] pages =
          OfficeFixtures.zip(false, "Index/Document.iwa", "x", "Metadata/Properties.plist", "y");
      assertThat(read("answers.pages", pages).unreadable())
          .get()
          .asString()
          .contains("Apple Pages document")
          .contains("Export To");
    }

    @Test
    void zipOfTheAnswersFile_namesWhatItHolds() {
      byte[] zip = OfficeFixtures.zip(false, "hw3/answers.csv", "q1.hidden,5,4,0");
      assertThat(read("hw3.zip", zip).unreadable())
          .get()
          .asString()
          .isEqualTo(
              "this is a zip archive holding hw3/answers.csv; submit the answers file itself,"
                  + " not a zip");
    }

    @Test
    void word97Document_isNamed_withHowToSaveIt() {
      byte[] doc = new byte[600];
      byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
      System.arraycopy(magic, 0, doc, 0, 4);
      byte[] stream = "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0".getBytes(StandardCharsets.ISO_8859_1);
      System.arraycopy(stream, 0, doc, 512, stream.length);
      assertThat(read("answers.doc", doc).unreadable())
          .get()
          .asString()
          .contains("old Word file (.doc")
          .contains("save it as .docx");
    }

    @Test
    void pdf_isNamed_notCalledInvalidJson() {
      assertThat(read("answers.json", "%PDF-1.7\n{\"q1\": 1}").unreadable())
          .get()
          .asString()
          .startsWith("this is a PDF")
          .doesNotContain("JSON at line");
    }
  }
}
