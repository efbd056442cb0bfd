package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reading rules a TA would state, each tried on write-ups written for this test (none of them in
 * the reading corpus), with the handout's rubric: what the rule reads, and what it leaves alone.
 */
class ReadingRulesTest {
  private static Submission read(String name, String text) {
    return Fixtures.readForHandout(name, text);
  }

  private static List<String> answers(Submission submission) {
    return Fixtures.answers(submission);
  }

  @Nested
  class AQuestionQuotedAsABlockQuote {
    @Test
    void startsTheQuestionsBlock() {
      Submission read =
          read(
              "ines.md",
              """
              > 1. Compute the state after the first word.

              Hidden state: [5, 4, 0]

              > 3) And after the second?

              Hidden state: [57, 8, 36]
              """);

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[5, 4, 0]", "q3.hidden=[57, 8, 36]");
    }

    @Test
    void aTokenAloneBelowIt_answersThatQuestion_butNotTwoLinesOn() {
      Submission read =
          read(
              "ines.md",
              """
              > 2. Which one follows?

              **BOS**

              > 3. And then?

              I think
              is
              """);

      assertThat(Fixtures.judged(read)).contains("q2=[BOS]").doesNotContain("q3=[is]");
    }

    @Test
    void withItsAnswersAfterIt_isAnEmailsQuote_notACommandAtRsPrompt() {
      Submission read =
          read(
              "nad.txt",
              "> Q1: h1 = [3, 1, 7], logits = [6, 5, 4, 3, 2, 1]\n> Q3. h2 = [9, 9, 9]\n");

      assertThat(Fixtures.judged(read))
          .containsExactly(
              "q1.hidden=[3, 1, 7]", "q1.logits=[6, 5, 4, 3, 2, 1]", "q3.hidden=[9, 9, 9]");
    }

    @Test
    void isNoQuote_whenRAssignsToAQuestionsName() {
      Submission read = read("rey.txt", "> q1 = relu(h0 %*% W)\n[1] 3 1 7\n");

      assertThat(Fixtures.judged(read)).doesNotContain("q1=[q1 = relu(h0 %*% W)]");
      assertThat(Fixtures.answers(read)).noneMatch(a -> a.contains("relu"));
    }

    @Test
    void isNoHeading_whenItIsACommandAtRsPrompt() {
      Submission read = read("raj.txt", "> 1. <- 3\nHidden state: [5, 4, 0]\n");

      assertThat(Fixtures.judged(read)).isEmpty();
    }
  }

  @Nested
  class TimeNumberedFromZero {
    @Test
    void isReadStepByStep_whenTheStudentSaysStepZeroReadsTheFirstToken() {
      Submission read =
          read(
              "noor.txt",
              """
              Noor: my t counts from 0 here (t = 0 is the first token).
              h0 = [5, 4, 0]
              o0 = [21, 8, 9, 20, 13, 12]
              pred0 = BOS
              h1 = [57, 8, 36]
              pred1 = is
              """);

      assertThat(Fixtures.judged(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q1.logits=[21, 8, 9, 20, 13, 12]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57, 8, 36]",
              "q3.prediction=[is]");
    }

    @Test
    void staysRefused_withoutADeclaration_orWhenStepZeroIsSaidToBeTheStart() {
      for (String note : List.of("my notes", "t = 0 is the initial state, counted from 0")) {
        Submission read =
            read(
                "omar.txt",
                note + "\nh0 = [5, 4, 0]\no0 = [21, 8, 9, 20, 13, 12]\nh1 = [57, 8, 36]\n");

        assertThat(Fixtures.judged(read)).as(note).isEmpty();
        assertThat(read.answers()).as(note).isNotEmpty();
      }
    }
  }

  @Nested
  class ASentenceSayingWhatTheModelPredicts {
    @Test
    void givesTheWordAfterTheVerb_toTheQuestionHeadingItIsUnder() {
      Submission read =
          read(
              "kim.txt",
              """
              Question 2
              Index 0 holds the maximum, so the network predicts `BOS`.
              Question 3
              The top score is at index 3 and so it favors "is" (outside is close).
              """);

      assertThat(answers(read)).containsExactly("q2.prediction=[BOS]", "q3.prediction=[is]");
      assertThat(read.answers().get(0).location().line()).hasValue(2);
    }

    @Test
    void readsTheWordAfterPredictionIs_underAHeading() {
      Submission read =
          read("lee.txt", "Q3\nLargest at index 3, thus the next token is \\emph{is}.\n");

      assertThat(answers(read)).containsExactly("q3.prediction=[is]");
    }

    @Test
    void isProse_withoutAQuestionHeading() {
      Submission read = read("ana.txt", "h1 = [5, 4, 0]\nso the network predicts BOS.\n");

      assertThat(Fixtures.judged(read)).containsExactly("q1.hidden=[5, 4, 0]");
    }

    @Test
    void isProse_whenMoreWordsFollowTheOneAfterTheVerb() {
      Submission read =
          read(
              "bo.txt",
              """
              Question 2
              The network predicts the next word of the sentence, which is the.
              It predicts BOS or the, I am not sure.
              """);

      assertThat(Fixtures.judged(read)).isEmpty();
    }

    @Test
    void isProse_whenTheLineAlsoHoldsAVector() {
      Submission read =
          read("cy.txt", "Question 3\nlogits (89, -92, 29, 184, 181, -12) so it predicts is.\n");

      assertThat(answers(read)).doesNotContain("q3.prediction=[is]");
    }

    @Test
    void isProse_whenTheSentenceDeniesIt() {
      Submission read =
          read(
              "eve.txt",
              """
              Question 2
              Index 5 holds the minimum, so the network would never predict EOS.
              Question 3
              Index 2 is low, so the model doesn't favour `cat`.
              """);

      assertThat(answers(read)).doesNotContain("q2.prediction=[EOS]", "q3.prediction=[cat]");
    }

    @Test
    void isProse_whenItNamesTwoDifferentWords() {
      Submission read = read("di.txt", "Question 2\nOne run predicts BOS; another predicts cat.\n");

      assertThat(Fixtures.judged(read)).isEmpty();
    }
  }

  @Nested
  class OneEntryPerRow {
    @Test
    void rowsCountingUpTheIndex_areOneVector_countedFromZeroOrOne() {
      Submission read =
          read(
              "eli.csv",
              """
              key;value
              q3.hidden[1];57
              q3.hidden[2];8
              q3.hidden[3];36
              q1.hidden[0];5
              q1.hidden[1];4
              q1.hidden[2];0
              """);

      assertThat(answers(read)).containsExactly("q3.hidden=[57, 8, 36]", "q1.hidden=[5, 4, 0]");
      assertThat(read.answers().get(0).location().line()).hasValue(2);
    }

    @Test
    void rowsOutOfOrder_areNotJoined() {
      Submission read = read("fay.csv", "q1.hidden[1],4\nq1.hidden[0],5\nq1.hidden[2],0\n");

      // The item is there but unread: refused, quoting its first line, never a value.
      assertThat(read.answers())
          .singleElement()
          .satisfies(a -> assertThat(a.refusal()).get().asString().contains("q1.hidden[1],4"));
      assertThat(read.problems()).isNotEmpty();
    }
  }

  @Nested
  class OneColumnPerItem {
    @Test
    void eachColumnUnderAKeyHeader_isOneAnswer_readDown() {
      Submission read =
          read("gus.tsv", "q3.hidden\tq3.prediction\tq1.hidden\n57\tis\t5\n8\t\t4\n36\t\t0\n");

      assertThat(answers(read))
          .containsExactly("q3.hidden=[57, 8, 36]", "q3.prediction=[is]", "q1.hidden=[5, 4, 0]");
      assertThat(read.answers()).allMatch(a -> a.location().line().getAsInt() == 1);
    }

    @Test
    void aHeaderOfOtherWords_staysAHeader() {
      Submission read = read("hal.csv", "item,answer\nq1.hidden,5 4 0\n");

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4, 0]");
    }
  }

  @Nested
  class AQuotedKeyAndAColon {
    @Test
    void asInAPythonDict_isTheKeyAndItsValue() {
      Submission read =
          read(
              "ivy.py",
              """
              results = {
                  'q1.logits': [21, 8, 9, 20, 13, 12],
                  "q2.prediction"  : "BOS",
              }
              """);

      assertThat(answers(read))
          .containsExactly("q1.logits=[21, 8, 9, 20, 13, 12]", "q2.prediction=[BOS]");
      assertThat(read.answers().get(0).location().line()).hasValue(2);
    }

    @Test
    void inACsvRow_isLeftToTheCsvReader() {
      Submission read = read("jo.csv", "\"q1.hidden\",\"5, 4, 0\"\n");

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4, 0]");
    }
  }

  @Nested
  class ACommandLookingUpTheArgMaxOfAStepsLogits {
    @Test
    void printsThatStepsPrediction_inOctave() {
      Submission read =
          read(
              "kai.txt",
              """
              >> o1 = h1*V
              o1 =

                 21    8    9   20   13   12

              >> [~, k] = max(o1); words{k}
              ans = BOS
              """);

      assertThat(answers(read)).contains("q1.logits=[21, 8, 9, 20, 13, 12]", "q2.prediction=[BOS]");
    }

    @Test
    void printsThatStepsPrediction_inR() {
      Submission read = read("liv.txt", "> tokens[which.max(scores2)]\n[1] \"outside\"\n");

      assertThat(answers(read)).containsExactly("q3.prediction=[outside]");
    }

    @Test
    void printsThatStepsPrediction_inPython() {
      Submission read = read("max.txt", ">>> words[np.argmax(y2)]\n'is'\n");

      assertThat(answers(read)).containsExactly("q3.prediction=[is]");
    }

    @Test
    void isNoPrediction_whenItPrintsOnlyTheIndex() {
      Submission read = read("ned.txt", ">>> np.argmax(logits1)\n0\n");

      assertThat(Fixtures.judged(read)).isEmpty();
    }

    @Test
    void isNoPrediction_whenItNamesTwoStepsLogits() {
      Submission read = read("ola.txt", "> v[which.max(logits1 + logits2)]\n[1] \"is\"\n");

      // Never judged as a prediction; the printed word is quoted as an answer byhand could not
      // place.
      assertThat(read.answers()).allMatch(a -> a.refusal().isPresent());
    }
  }

  @Nested
  class AQuestionHeadingAndOneWord {
    @Test
    void answerThatQuestion() {
      Submission read = read("pia.txt", "**Q2.** `BOS`\n3) outside.\n");

      assertThat(answers(read)).startsWith("q2=[BOS]", "q3=[outside]");
      // Question 3 asks for three items: its word is no item's by name, but it is there, so the
      // prediction is refused quoting it, never missing.
      assertThat(Fixtures.refused(read)).containsExactly("q3.prediction@2");
    }

    @Test
    void isNoAnswer_whenTheWordNamesAnItem() {
      Submission read = read("quin.txt", "Q1. hidden\n5 4 0\n");

      assertThat(answers(read)).doesNotContain("q1=[hidden]");
    }
  }

  @Nested
  class NextAlone {
    @Test
    void namesThePrediction_ofTheQuestionItIsUnder() {
      Submission read = read("rae.txt", "Question 3:\n  next: outside\n");

      assertThat(answers(read)).containsExactly("q3.prediction=[outside]");
    }
  }

  @Nested
  class AFullStopAfterAnAnswer {
    @Test
    void endsItAsACommaDoes() {
      Submission read =
          read("sol.txt", "Q3. Hidden state: [57, 8, 36]. Output: [89, -92, 29, 184, 181, -12].\n");

      assertThat(answers(read))
          .containsExactly("q3.hidden=[57, 8, 36]", "q3.logits=[89, -92, 29, 184, 181, -12]");
    }

    @Test
    void isNotAPointAfterADigit() {
      Submission read = read("tam.txt", "q1.logits: 21. 8. 9. 20. 13. 12.\n");

      assertThat(answers(read)).hasSize(1);
      assertThat(read.answers().get(0).key().toString()).isEqualTo("q1.logits");
    }
  }

  @Nested
  class ASecondAnswerOfferedAfterAComma {
    @Test
    void staysWithTheFirst_soTheFirstIsNeverJudgedAlone() {
      Submission read = read("ori.md", "**3.** prediction: is, or maybe outside? they are close\n");

      assertThat(answers(read))
          .containsExactly("q3.prediction=[is, or maybe outside? they are close]");
    }

    @Test
    void isNotANoteThatOffersNone_whichIsDroppedAsBefore() {
      Submission read = read("pia.md", "**3.** prediction: is, since 184 wins\n");

      assertThat(answers(read)).containsExactly("q3.prediction=[is]");
    }
  }

  @Nested
  class AJuliaSession {
    @Test
    void readsASubscriptedNamesPrint_andASymbolAsItsWord() {
      Submission read =
          read(
              "jan.txt",
              """
              julia> h₂ = vec(relu.(h₁' * W .+ E[2, :]' * U))
              3-element Vector{Float64}:
               7.0
               1.0
               2.0

              julia> vocab[argmax(logits₂)]
              :outside
              """);

      assertThat(Fixtures.judged(read))
          .containsExactly("q3.hidden=[7.0, 1.0, 2.0]", "q3.prediction=[outside]");
    }

    @Test
    void aColonBeforeSeveralWords_isNoSymbol() {
      Submission read = read("kai.txt", "julia> vocab[argmax(logits₂)]\n:is or outside\n");

      assertThat(Fixtures.judged(read))
          .doesNotContain("q3.prediction=[is]", "q3.prediction=[outside]");
    }
  }

  @Nested
  class YHat {
    @Test
    void isThePrediction_asOneCharacterToo() {
      Submission read = read("xia.txt", "\u0177_1 = BOS\n");

      assertThat(answers(read)).containsExactly("q2.prediction=[BOS]");
    }

    @Test
    void isThePrediction_ofItsStep() {
      Submission read =
          read(
              "uma.tex",
              """
              \\begin{align*}
              \\mathbf{o}_2 &= \\begin{bmatrix} 89 & -92 & 29 & 184 & 181 & -12 \\end{bmatrix} \\\\
              \\hat{y}_2 &= \\text{is}
              \\end{align*}
              """);

      assertThat(answers(read))
          .containsExactly("q3.logits=[89, -92, 29, 184, 181, -12]", "q3.prediction=[is]");
    }
  }

  @Nested
  class JsonObjectsThatNameNoAnswer {
    @Test
    void areFolders_whoseNamesReadWithTheKeysInside() {
      Submission read =
          read(
              "vic.json",
              """
              {"name": "Vic",
               "work": {"step_2": {"hidden": [57, 8, 36], "prediction": "is"}}}
              """);

      assertThat(answers(read)).containsExactly("q3.hidden=[57, 8, 36]", "q3.prediction=[is]");
      assertThat(read.answers().get(0).location().toString()).contains("$.work.step_2.hidden");
    }

    @Test
    void sayWhatInsideThemIsNoAnswer() {
      Submission read = read("wes.json", "{\"meta\": {\"course\": \"CS 1\"}, \"q2\": \"BOS\"}");

      assertThat(answers(read)).containsExactly("q2=[BOS]");
      assertThat(Fixtures.problems(read)).anyMatch(p -> p.contains("\"course\""));
    }
  }

  @Nested
  class AMarkdownTableByStep {
    @Test
    void givesEachCellUnderAQuantity_thatQuantityAtTheRowsStep() {
      Submission read =
          read(
              "yan.md",
              """
              | t | input | hidden | next |
              |---|-------|--------|------|
              | 1 | BOS | 5 4 0 | BOS |
              | 2 | the | 57 8 36 | outside |
              """);

      assertThat(answers(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57, 8, 36]",
              "q3.prediction=[outside]");
    }

    @Test
    void isRefused_whenItsStepsStartAtZero_andNothingSaysWhichTokenStepZeroReads() {
      Submission read =
          read(
              "zed.md",
              """
              | step | hidden |
              |------|--------|
              | 0 | 5 4 0 |
              | 1 | 57 8 36 |
              """);

      // Step 0 could be the step after BOS or the one before: neither is graded as the other.
      assertThat(read.answers())
          .allSatisfy(answer -> assertThat(answer.refusal()).isPresent())
          .extracting(answer -> answer.key().toString())
          .containsExactlyInAnyOrder("q1.hidden", "q3.hidden");
    }
  }

  @Nested
  class AnRAssignment {
    @Test
    void isTheNameAndTheVectorCMakes_asRWritesIt() {
      Submission read =
          read(
              "ivo.R",
              """
              # step 2
              h2 <- c(9, 0, 7)   # relu of the sum
              logits2 <- c(6, -5, 4, 3, 2, 1)
              pred2 <- "cat"
              """);

      assertThat(Fixtures.judged(read))
          .containsExactly(
              "q3.hidden=[9, 0, 7]", "q3.logits=[6, -5, 4, 3, 2, 1]", "q3.prediction=[cat]");
    }

    @Test
    void isNoAnswer_whenItsValueIsComputed() {
      Submission read =
          read(
              "uma.R",
              """
              h2 <- pmax(c(9, -1, 7), 0)
              logits2 <- h2 %*% U
              if (h1 <-2) stop("negative")
              """);

      // Each is there, but none reads as numbers: grading calls them unreadable, never wrong.
      assertThat(Fixtures.judged(read))
          .hasSize(3)
          .noneMatch(answer -> answer.matches("[^=]*=\\[[-0-9, ]*[0-9][-0-9, ]*\\]"));
    }

    @Test
    void typedAtRsPrompt_isTheVectorCMakes_andAComputedOneIsReadFromItsPrint() {
      Submission read =
          read(
              "eth.txt",
              """
              > h1 <- c(3, 1, 7)     # Q1 by hand
              > h2 <- pmax(as.vector(h1 %*% W), 0)
              > h2
              [1] 9 0 7
              """);

      assertThat(Fixtures.judged(read)).contains("q1.hidden=[3, 1, 7]", "q3.hidden=[9, 0, 7]");
    }
  }

  @Nested
  class TwoLabelledAnswersJoinedByAnd {
    @Test
    void areTwoAnswers_asIfACommaJoinedThem() {
      Submission read = read("noa.md", "Q3: h2 = [1, 2, 3] and logits = [6, 5, 4, 3, 2, 1]\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q3.hidden=[1, 2, 3]", "q3.logits=[6, 5, 4, 3, 2, 1]");
    }

    @Test
    void areTwoAnswers_inFrenchToo() {
      Submission read =
          read("luc.txt", "Question 3 : h2 = [1, 2, 3] et logits2 = [6, 5, 4, 3, 2, 1].\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q3.hidden=[1, 2, 3]", "q3.logits=[6, 5, 4, 3, 2, 1]");
    }

    @Test
    void isNoJoin_insideTheBrackets() {
      Submission read = read("eda.md", "Q3: h2 = [1 and 2, 3], logits = [6, 5, 4, 3, 2, 1]\n");

      assertThat(Fixtures.judged(read))
          .contains("q3.logits=[6, 5, 4, 3, 2, 1]")
          .doesNotContain("q3.hidden=[1]", "q3.hidden=[2, 3]", "q3.hidden=[1, 2, 3]");
    }

    @Test
    void isNoJoin_whereTheWordIsTheHandoutsNameForTheLogits() {
      Submission read = read("pia.txt", "Q3\nh = [1, 2, 3], y = [6, 5, 4, 3, 2, 1]\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q3.hidden=[1, 2, 3]", "q3.logits=[6, 5, 4, 3, 2, 1]");
    }

    @Test
    void areTwoAnswers_whenALabelHoldsAStepOrAWordInParentheses() {
      Submission read =
          read(
              "ola.tex",
              "\\textbf{Q1.} $h^{(1)} = \\text{ReLU}(h^{(0)}W + x^{(1)}U) = [7, 1, 2]$ and"
                  + " $\\hat{y}^{(1)} = h^{(1)}V = [3, 1, 4, 1, 5, 9]$.\n");
      Submission prose =
          read(
              "ola.txt",
              "This gives the state h1 = (7, 1, 2) and the output vector (logits) o1 = (3, 1, 4,\n"
                  + "1, 5, 9).\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[7, 1, 2]", "q1.logits=[3, 1, 4, 1, 5, 9]");
      assertThat(Fixtures.judged(prose))
          .containsExactly("q1.hidden=[7, 1, 2]", "q1.logits=[3, 1, 4, 1, 5, 9]");
    }

    @Test
    void isNoJoin_asTheEndOfALongerWord() {
      // In parentheses: a square bracket ends its vector, and a label may follow it anyway.
      Submission read = read("ray.md", "Q3: h2 = (1, 2, 3) bland logits = (6, 5, 4, 3, 2, 1)\n");

      assertThat(Fixtures.judged(read))
          .doesNotContain("q3.hidden=[1, 2, 3]", "q3.logits=[6, 5, 4, 3, 2, 1]");
    }

    @Test
    void aSquareBracketEndingAVector_endsItsAnswer_withoutAComma() {
      Submission read =
          read("ola.txt", "after BOS: h1=[5,4,0] y1=[21,8,9,20,13,12] pred1=BOS | h2=[57,8,36]\n");

      assertThat(Fixtures.judged(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q1.logits=[21, 8, 9, 20, 13, 12]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57, 8, 36]");
    }
  }

  @Nested
  class AFullStopEndingTheSentence {
    @Test
    void isNoPartOfTheVectorBeforeIt() {
      Submission read =
          read(
              "oda.txt",
              "The state is h1 = [7, 1, 2].\nla sortie est logits1 = [3, 1, 4, 1, 5, 9].\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[7, 1, 2]", "q1.logits=[3, 1, 4, 1, 5, 9]");
    }

    @Test
    void isNoPartOfTheResultAfterShownWorking() {
      Submission read = read("ivo.md", "h2 = ReLU([1, -2, 3] + [4, 5, 6]) = [5, 3, 9].\n");

      assertThat(Fixtures.judged(read)).containsExactly("q3.hidden=[5, 3, 9]");
    }

    @Test
    void readsEachSideAsItsOwnAnswer_whenAnEarlierSideEndsOneValueAndLabelsAnother() {
      // Two answers run together: the last side is the logits, never the hidden state.
      Submission read =
          read("ulf.tex", "h^{(1)} = (7, 1, 2), \\qquad o^{(1)} = (3, 1, 4, 1, 5, 9).\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[7, 1, 2]", "q1.logits=[3, 1, 4, 1, 5, 9]");
    }
  }

  @Nested
  class ASentenceAfterAVectorsClosingBracket {
    @Test
    void isNoPartOfIt_andItsLastEntryStays() {
      Submission read =
          read("una.txt", "o2 = h2 V = (81, \u221282, 28, 163, 163, \u221211). Two entries tie\n");
      Submission latex =
          read(
              "una.tex",
              "\\textbf{Q3.} $\\hat{y}^{(2)} = [8, -9, 2, 18, 11, -1]$, and the favored next"
                  + " token is \\texttt{is}.\n");

      assertThat(Fixtures.judged(read)).containsExactly("q3.logits=[81, −82, 28, 163, 163, −11]");
      assertThat(Fixtures.judged(latex)).containsExactly("q3.logits=[8, -9, 2, 18, 11, -1]");
    }

    @Test
    void staysWithIt_whenItOffersAnotherAnswer() {
      Submission read = read("eve.txt", "h2 = [5, 4, 0], or maybe [5, 4, -1] if relu was wrong\n");

      assertThat(Fixtures.judged(read)).doesNotContain("q3.hidden=[5, 4, 0]");
    }
  }

  @Nested
  class AStepNamedBeforeTheQuantity {
    @Test
    void namesTheQuantityAfterIt() {
      Submission read =
          read(
              "noa.txt",
              "after reading BOS the new hidden state: [7, 1, 2]\n"
                  + "after reading the the output logits: [3, 1, 4, 1, 5, 9]\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[7, 1, 2]", "q3.logits=[3, 1, 4, 1, 5, 9]");
    }

    @Test
    void namesNothing_whenTwoQuantitiesFollow() {
      Submission read =
          read("eli.txt", "after reading BOS the hidden state and logits: [7, 1, 2]\n");

      assertThat(Fixtures.judged(read)).isEmpty();
    }
  }

  @Nested
  class TwoVectorsInAProseSentence {
    @Test
    void eachIsTheQuantityNamedBeforeItsVerb() {
      Submission read =
          read(
              "ines.txt",
              "For question 1, after reading BOS the hidden state is (7, 1, 2) and the output is"
                  + " (3, 1, 4, 1, 5, 9).\n"
                  + "Question 3\nso the hidden state is [6, 2, 8] and the logits are [2, 7, 1, 8, 2,"
                  + " 8].\n");

      assertThat(Fixtures.judged(read))
          .containsExactly(
              "q1.hidden=[7, 1, 2]",
              "q1.logits=[3, 1, 4, 1, 5, 9]",
              "q3.hidden=[6, 2, 8]",
              "q3.logits=[2, 7, 1, 8, 2, 8]");
    }

    @Test
    void namesNothing_whenTheVerbIsFollowedByOneNumber() {
      Submission read =
          read("otto.txt", "Q1\nthe hidden state is (7, 1, 2) and the largest logit is (21).\n");

      assertThat(Fixtures.judged(read)).doesNotContain("q1.logits=[21]");
    }

    @Test
    void readsNeither_whenTheSentenceHedgesBetweenTwoLists() {
      Submission read =
          read(
              "pam.txt",
              "Q1\nthe hidden state is (7, 1, 2) and the logits are (3, 1, 4) or (1, 5, 9).\n");

      assertThat(Fixtures.judged(read))
          .doesNotContain(
              "q1.logits=[3, 1, 4]", "q1.logits=[1, 5, 9]", "q1.logits=[3, 1, 4, 1, 5, 9]");
    }
  }

  @Nested
  class ASubscriptOrSuperscriptDigit {
    @Test
    void isTheStep_asADigitAfterTheNameIs() {
      Submission read =
          read(
              "ada.txt",
              "Q1.  h\u2081 = [1, 2, 3]\nQ2.  \u0177\u2081 = outside\nh\u2082 = [7, 8, 9]\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[1, 2, 3]", "q2.prediction=[outside]", "q3.hidden=[7, 8, 9]");
    }

    @Test
    void afterYHat_namesTheLogits_whenAVectorFollows() {
      Submission read =
          read(
              "bo.txt",
              "\u0177\u2081 = h\u2081V = [6, 5, 4, 3, 2, 1]\nQ2. argmax \u0177\u2081 = 0 \u2192 BOS\n"
                  + "\u0177\u00b2 = [1, 2, 3, 4, 5, 6]\n");

      assertThat(Fixtures.judged(read))
          .containsExactly(
              "q1.logits=[6, 5, 4, 3, 2, 1]",
              "q2.prediction=[BOS]",
              "q3.logits=[1, 2, 3, 4, 5, 6]");
    }

    @Test
    void isNoStep_whereThereIsNone_soAYHatVectorStaysUnread() {
      Submission read = read("cy.txt", "\u0177 = [6, 5, 4, 3, 2, 1]\n");

      assertThat(Fixtures.judged(read)).isEmpty();
    }
  }

  @Nested
  class WorkingShownAboveTheResult {
    private final dev.byhand.rubric.Rubric handout =
        new dev.byhand.rubric.RubricLoader()
            .load(java.nio.file.Path.of("rubrics/rnn-by-hand.json"));

    private dev.byhand.grading.ItemResult graded(String text, String key) {
      Submission read = read("dee.txt", text);
      return new dev.byhand.grading.Grader(handout)
          .grade(List.of(read)).get(0).items().stream()
              .filter(i -> i.key().equals(key))
              .findFirst()
              .orElseThrow();
    }

    @Test
    void isNoSecondAnswer_theResultBelowItIsRead() {
      dev.byhand.grading.ItemResult item =
          graded(
              "Q1\nh1 = [5, 4, 0]\nQ3\nh2 = h1 W + x U = [1, 2, 3] + [4, 5, 6]\n\nh2 = [5, 7, 9]\n",
              "q3.hidden");

      assertThat(item.reading()).isInstanceOf(dev.byhand.grading.Reading.Read.class);
      assertThat(item.reading().source().orElseThrow().line()).hasValue(6);
    }

    @Test
    void isNoSecondAnswer_whenItsEntriesAreSums() {
      dev.byhand.grading.ItemResult item =
          graded(
              "Q1\nh1 = [5, 4, 0]\nlogits: h1 V = [1+2, 3+4, 5, 6, 7, 8]\nlogits1 = [3, 7, 5, 6, 7, 8]\n",
              "q1.logits");

      assertThat(item.reading()).isInstanceOf(dev.byhand.grading.Reading.Read.class);
    }

    @Test
    void isStillASecondAnswer_farFromTheResult() {
      dev.byhand.grading.ItemResult item =
          graded(
              "Q3\nh2 = h1 W + x U = [1, 2, 3] + [4, 5, 6]\n\nsee below\n\nmore\n\nh2 = [5, 7, 9]\n",
              "q3.hidden");

      assertThat(item.reading()).isInstanceOf(dev.byhand.grading.Reading.Unreadable.class);
      assertThat(item.feedback()).contains("more than once");
    }

    @Test
    void aFunctionAppliedToTheUnactivatedValues_isWorking_theAnswerBelowItIsRead() {
      dev.byhand.grading.ItemResult item =
          graded(
              "**1.** After BOS:\n\nh_1 = ReLU([5, 4, -1])\n\nAnswer: h_1 = [5, 4, 0]\n",
              "q1.hidden");

      assertThat(item.reading()).isInstanceOf(dev.byhand.grading.Reading.Read.class);
      assertThat(item.reading().source().orElseThrow().line()).hasValue(5);
    }

    @Test
    void twoResults_areStillTwoAnswers() {
      dev.byhand.grading.ItemResult item =
          graded("Q3\nh2 = [1, 2, 3]\nh2 = [5, 7, 9]\n", "q3.hidden");

      assertThat(item.feedback()).contains("more than once");
    }
  }

  @Nested
  class ALoopPrintingEachStep {
    private List<String> refused(Submission read) {
      return read.answers().stream()
          .filter(a -> a.refusal().isPresent())
          .map(a -> a.key().toString())
          .distinct()
          .sorted()
          .toList();
    }

    @Test
    void fromZero_isThereButUnread_neverJudgedAsEitherStep() {
      Submission read =
          read(
              "eve.txt",
              """
              >>> for t, w in enumerate(words): print(f"t={t} h={h} logits={y} next={nxt}")
              t=0 h=[1, 2, 3] logits=[6, 5, 4, 3, 2, 1] next=the
              t=1 h=[4, 5, 6] logits=[1, 2, 3, 4, 5, 6] next=cat
              """);

      assertThat(Fixtures.judged(read)).isEmpty();
      assertThat(refused(read))
          .containsExactly(
              "q1.hidden", "q1.logits", "q2.prediction", "q3.hidden", "q3.logits", "q3.prediction");
    }

    @Test
    void aLineStartingWithAnotherWord_namesNoStep() {
      Submission read = read("fay.txt", "total=0 h=[1, 2, 3]\n");

      assertThat(Fixtures.judged(read)).isEmpty();
      assertThat(refused(read)).doesNotContain("q1.hidden", "q3.hidden");
    }
  }

  @Nested
  class AFunctionOfAQuantity {
    @Test
    void labelsTheFunctionsValue_notTheQuantity() {
      Submission read =
          read(
              "arjun.txt",
              """
              Q1
              logits1 = [21, 8, 9, 20, 13, 12]
              softmax(logits1) = [0.7308, 0.0000, 0.0000, 0.2688, 0.0002, 0.0001]
              argmax(logits1) = 0
              """);

      assertThat(Fixtures.judged(read)).containsExactly("q1.logits=[21, 8, 9, 20, 13, 12]");
    }

    @Test
    void aNameBeforeItsBracket_isNoFunction() {
      Submission read = read("hu.txt", "h(1) = [5, 4, 0]\nlogits(t=1) = [21, 8, 9, 20, 13, 12]\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]");
    }
  }

  @Nested
  class AWordSayingAnAnswerFollows {
    @Test
    void isNoPartOfTheAnswer_underAQuestionOrAfterItsHeading() {
      Submission read =
          read(
              "priya.txt",
              """
              Q1. What is the new hidden state and output after reading in BOS?
              Ans. hidden state = [5, 4, 0]

              Q2. What is the model predicting as the next token?
              Ans. BOS

              **3.** Answer: is
              """);

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[5, 4, 0]", "q2=[BOS]", "q3=[is]");
    }

    @Test
    void aloneOnItsLine_staysAHeading() {
      Submission read = read("ana.txt", "Answers\nQ2: BOS\n");

      assertThat(Fixtures.judged(read)).containsExactly("q2=[BOS]");
    }
  }

  @Nested
  class ATokenBelowAQuestionThatNamesItsOneItem {
    @Test
    void answersIt_thoughTheQuestionLineLabelsTheItemWithNothingAfterIt() {
      dev.byhand.rubric.Rubric handout =
          new dev.byhand.rubric.RubricLoader()
              .load(java.nio.file.Path.of("rubrics/rnn-by-hand.json"));
      Submission read = read("kim.txt", "Q2. What is predicted?\n\nBOS\n");

      dev.byhand.grading.ItemResult item =
          new dev.byhand.grading.Grader(handout)
              .grade(List.of(read)).get(0).items().stream()
                  .filter(i -> i.key().equals("q2.prediction"))
                  .findFirst()
                  .orElseThrow();
      assertThat(item.status().id()).isEqualTo("correct");
      assertThat(item.reading().source().orElseThrow().line()).hasValue(3);
    }
  }

  @Nested
  class AHindiQuestionHeading {
    @Test
    void startsItsQuestionsBlock() {
      Submission read =
          read("rahul.txt", "प्रश्न 1.\n    आउटपुट (logits) = [21, 8, 9, 20, 13, 12]\n");

      assertThat(Fixtures.judged(read)).containsExactly("q1.logits=[21, 8, 9, 20, 13, 12]");
    }
  }

  @Nested
  class ATableDrawnWithPipes {
    @Test
    void asAsciiArt_readsItsRows_withoutThePaddingCells() {
      Submission read =
          read(
              "marco.txt",
              """
              +--------+-----+-----+-----+-----+
              | h1     |  5  |  4  |  0  |     |
              +--------+-----+-----+-----+-----+
              """);

      assertThat(Fixtures.judged(read)).containsExactly("q1.hidden=[5, 4, 0]");
    }

    @Test
    void inBoxDrawing_readsItsRows() {
      Submission read =
          read(
              "chen.txt",
              """
              ┌──────────┬──────────────┐
              │ h1       │ 5, 4, 0      │
              ├──────────┼──────────────┤
              │ next     │ BOS          │
              └──────────┴──────────────┘
              """);

      assertThat(Fixtures.judged(read)).contains("q1.hidden=[5, 4, 0]");
    }

    @Test
    void inAForumsBbCode_readsItsRows() {
      Submission read =
          read(
              "post.txt",
              """
              [b]RNN homework answers[/b]
              [table]
              [tr][td][b]step[/b][/td][td][b]h[/b][/td][td][b]next[/b][/td][/tr]
              [tr][td]1 (BOS)[/td][td]5, 4, 0[/td][td]BOS[/td][/tr]
              [/table]
              """);

      assertThat(Fixtures.judged(read)).contains("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
    }

    @Test
    void inMarkdown_leavesTheLinesAroundItToTheTextReader() {
      Submission read =
          read(
              "wen.md",
              """
              Q1

              | quantity | value |
              |---|---|
              | hidden | 5, 4, 0 |

              logits1 = [21, 8, 9, 20, 13, 12]
              """);

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]");
    }
  }

  @Nested
  class AQuantityTimesAMatrix {
    @Test
    void labelsTheProduct_notTheQuantity() {
      Submission read =
          read("ana.md", "Question 3\n\nh1 W = [26, -11, 21]\n\nhidden state: [57, 8, 36]\n");

      assertThat(Fixtures.judged(read)).containsExactly("q3.hidden=[57, 8, 36]");
    }

    @Test
    void afterTheQuantitysName_isWhatTheNameLabels() {
      Submission read = read("lena.txt", "Q1\nThe output is h·V = [21, 8, 9, 20, 13, 12]\n");

      assertThat(Fixtures.judged(read)).containsExactly("q1.logits=[21, 8, 9, 20, 13, 12]");
    }
  }

  @Nested
  class AValueContinuedWithABackslash {
    @Test
    void isReadWhole_fromBothLines() {
      Submission read = read("answers.properties", "q3.logits=89,-92,29,\\\n  184,181,-12\n");

      assertThat(Fixtures.judged(read)).containsExactly("q3.logits=[89, -92, 29, 184, 181, -12]");
    }
  }

  @Nested
  class ASpreadsheetsMergedHeader {
    @Test
    void givesTheUnnamedColumnsToTheQuantityBeforeThem() {
      Submission read =
          read("sheet.csv", "step,token,h,,,logits,,,,,,next\n1,BOS,5,4,0,21,8,9,20,13,12,BOS\n");

      assertThat(Fixtures.judged(read))
          .contains("q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]");
    }
  }

  @Nested
  class AQuestionHeadingAsAListItem {
    @Test
    void startsItsQuestion_butANumberedListItemDoesNot() {
      Submission read =
          read(
              "notion.md",
              """
              - Question 3: after reading "the"
                  **Hidden state:** [57, 8, 36]
              - 1. first I took the row of E
              """);

      assertThat(Fixtures.judged(read)).containsExactly("q3.hidden=[57, 8, 36]");
    }
  }

  @Nested
  class AnEquationNumberAtTheLinesEnd {
    @Test
    void isNoEntryOfTheVectorBeforeIt() {
      Submission read =
          read(
              "arjun.txt",
              "h1 = ReLU(E(BOS) U) = [5, 4, 0]                    (1)\n"
                  + "o1 = h1 V = (21, 8, 9, 20, 13, 12)      (1.2)\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]");
    }
  }

  @Nested
  class AFileNumberingTokensFromOne {
    @Test
    void hasItsTokenNumbersRefused_notReadAsTheHandoutsIds() {
      Submission read =
          read(
              "one.txt",
              "(indices 1-based: 1=BOS 2=the 3=cat 4=is 5=outside 6=EOS)\n"
                  + "3. h2 = [57 8 36] ; favoured token index: 4\n");

      assertThat(Fixtures.judged(read)).containsExactly("q3.hidden=[57, 8, 36]");
      assertThat(Fixtures.refused(read)).contains("q3.prediction@2");
    }
  }

  @Nested
  class TwoQuestionsAnsweredInTwoSentences {
    @Test
    void eachSentenceAnswersItsOwnQuestion() {
      Submission read =
          read("lena.md", "Q2: the model predicts **BOS**. Q3's favoured token: **is**.\n");

      assertThat(Fixtures.judged(read)).contains("q3.prediction=[is]").doesNotContain("q2=[is]");
      assertThat(Fixtures.judged(read)).doesNotContain("q2.prediction=[is]");
    }
  }

  @Nested
  class AnArrowToAWordEndingALine {
    @Test
    void saysAPrediction_soItIsRefusedNotMissing() {
      Submission read =
          read("grace.txt", "After BOS the largest entry of h1 is 5 (position 0) → BOS.\n");

      assertThat(Fixtures.refused(read)).contains("q2.prediction@1");
    }
  }

  @Nested
  class AChainOfEqualsDownThePage {
    @Test
    void isReadAtItsLastStep_whereTheResultIsWritten() {
      Submission read =
          read(
              "grace.txt",
              """
              h1 = ReLU(h0 W + E(BOS) U)
                 = ReLU([5, 4, -1])
                 = [5, 4, 0]
              """);

      assertThat(Fixtures.judged(read)).containsExactly("q1.hidden=[5, 4, 0]");
      assertThat(read.answers().get(0).location().line()).hasValue(3);
    }
  }
}
