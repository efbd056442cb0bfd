package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A web page or an XML file read as the text it shows, then as any write-up. */
class MarkupTextTest {
  @Nested
  class AWebPage {
    @Test
    void showsItsParagraphsAsLines_andJoinsInlineMarkup() {
      String page =
          "<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>"
              + "<p><b>1.</b> h<sub>1</sub> = [5, 4, 0]</p><p>&nbsp;Next token: BOS</p>"
              + "<script>alert(1)</script></body></html>";

      assertThat(MarkupText.text(page)).isEqualTo("1. h1 = [5, 4, 0]\nNext token: BOS\n");
    }

    @Test
    void showsATableRowAsCellsBetweenPipes_evenWithParagraphsInItsCells() {
      String page =
          "<html><body><table><tr><td><p>h1</p></td><td><p>[5, 4, 0]</p></td></tr>"
              + "</table></body></html>";

      assertThat(MarkupText.text(page)).isEqualTo("| h1 | [5, 4, 0] |\n");
    }

    @Test
    void showsMathMlAsItsText_andEntitiesAsTheirCharacters() {
      String page =
          "<!DOCTYPE html><html><body><p><math><msub><mi>o</mi><mn>2</mn></msub><mo>=</mo>"
              + "<mo>[</mo><mn>89</mn><mo>,</mo><mo>&#x2212;</mo><mn>92</mn><mo>]</mo></math>"
              + "</p></body></html>";

      assertThat(MarkupText.text(page)).isEqualTo("o2=[89,\u221292]\n");
    }

    @Test
    void hidesANotebooksCodeAndPrompts_butShowsItsOutputs() {
      String page =
          "<!DOCTYPE html><html><body><div class=\"jp-InputPrompt\">In [3]:</div>"
              + "<div class=\"highlight\"><pre>h1 = relu(h0 @ W + E[0] @ U)\nprint(h1)</pre></div>"
              + "<pre>h1 = [5 4 0]</pre></body></html>";

      assertThat(MarkupText.text(page)).isEqualTo("h1 = [5 4 0]\n");
    }

    @Test
    void isReadAsAWriteUp_itsAnswersPlacedInTheTextItShows() {
      Submission read =
          Fixtures.readForHandout(
              "olivia.html",
              "<!DOCTYPE html><html><body><h2>Question 2</h2><p>Prediction: <b>BOS</b></p>"
                  + "</body></html>");

      assertThat(Fixtures.judged(read)).containsExactly("q2.prediction=[BOS]");
      assertThat(read.answers().get(0).location().toString())
          .contains("line 2 of the text the web page shows");
    }
  }

  @Nested
  class AnXmlFile {
    @Test
    void showsEachElementsNameBeforeItsText_andAListsEntriesAsOneLine() {
      String xml =
          """
          <?xml version="1.0"?>
          <submission>
            <question n="1">
              <hidden>5 4 0</hidden>
              <logits><v>21</v><v>8</v><v>9</v></logits>
            </question>
          </submission>
          """;

      assertThat(MarkupText.text(xml))
          .isEqualTo("submission\nquestion 1\nhidden: 5 4 0\nlogits 21 8 9\n");
    }
  }

  @Test
  void aTextFileThatMentionsATag_isNoMarkup() {
    assertThat(MarkupText.isMarkup("h1 = [5, 4, 0] <b>done</b>", "answers.txt")).isFalse();
    assertThat(MarkupText.isMarkup("<p>h1 = [5, 4, 0]</p>", "answers.htm")).isTrue();
  }

  @Test
  void brokenMarkup_showsWhatItCan_andNeverThrows() {
    assertThat(MarkupText.text("<html><p>h1 = [5, 4, 0]<p class=\"x")).contains("h1 = [5, 4, 0]");
    assertThat(MarkupText.text("<?xml?><a><b>1</b><!-- open")).isNotNull();
  }
}
