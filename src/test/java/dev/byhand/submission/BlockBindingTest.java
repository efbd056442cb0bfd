package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, deliverables 2 and 4: a value is read when a block, a label or its place binds it to
 * one item, and an item the file shows a sign of answering is refused with the line quoted, never
 * called missing. Each rule is tried on a write-up made up for this test (none is from a reading
 * corpus), and on a near miss it must leave alone.
 */
class BlockBindingTest {
  private static Submission read(String name, String text) {
    return Fixtures.readForHandout(name, text);
  }

  @Nested
  class ALiteralBlockOfRestructuredText {
    @Test
    void isTheValueOfTheNameBeforeItsDoubleColon() {
      Submission read =
          read(
              "mia.rst",
              """
              Part 3
              ------

              Output after "the"::

                  [2, 7, 1, 8, 2, 8]
              """);

      assertThat(Fixtures.judged(read)).containsExactly("q3.logits=[2, 7, 1, 8, 2, 8]");
    }

    @Test
    void isNoAnswer_underANameThatIsNoItem() {
      Submission read = read("noa.rst", "Working::\n\n    [2, 7, 1]\n");

      // Never judged; a vector of the hidden state's shape is quoted as there but not placed.
      assertThat(read.answers()).allMatch(a -> a.refusal().isPresent());
    }
  }

  @Nested
  class AnIndentedLetter {
    @Test
    void isNoQuestionOfItsOwn_soTheQuestionAboveItsItemsAreNotMissing() {
      Submission read =
          read(
              "ivy.txt",
              """
              3.
                b) scores: [1, 5, 9, 2, 6, 5]
              """);

      assertThat(Fixtures.refused(read)).containsExactly("q3.logits@2");
    }

    @Test
    void atTheStartOfItsLine_isStillAQuestion() {
      Submission read = read("ben.txt", "(c) next token: cat\n");

      assertThat(Fixtures.judged(read)).containsExactly("q3.prediction=[cat]");
    }
  }

  @Nested
  class ALatexSubsectionNumbered {
    @Test
    void startsThatQuestionsBlock() {
      Submission read = read("eli.tex", "\\subsection*{3}\n$h = [3, 1, 4]$\n");

      assertThat(Fixtures.judged(read)).containsExactly("q3.hidden=[3, 1, 4]");
    }

    @Test
    void isNoQuestion_whenItsTitleIsAWord() {
      Submission read = read("fay.tex", "\\subsection*{Working}\n$h = [3, 1, 4]$\n");

      assertThat(Fixtures.judged(read)).isEmpty();
    }
  }

  @Nested
  class AStepHeading {
    @Test
    void bindsTheLabelsUnderIt_toThatStep() {
      Submission read =
          read(
              "gus.md",
              """
              ### Step 1
              - h = ReLU(x U) = [5, 4, 0]
              - logits = [21, 8, 9, 20, 13, 12]

              ### Step 2
              - logits = [89, -92, 29, 184, 181, -12]
              - predicted next: is
              """);

      assertThat(Fixtures.judged(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q1.logits=[21, 8, 9, 20, 13, 12]",
              "q3.logits=[89, -92, 29, 184, 181, -12]",
              "q3.prediction=[is]");
    }

    @Test
    void namingTheTokenItReads_isThatStep_whateverItsNumber() {
      Submission read =
          read(
              "jo.txt",
              """
              t = 0: read BOS (id 0)
              hidden state: [5, 4, 0]
              Step 1 (reading "the")
              hidden state: [57, 8, 36]
              """);

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[5, 4, 0]", "q3.hidden=[57, 8, 36]");
    }

    @Test
    void numberedFromZero_withoutItsToken_bindsNothing() {
      Submission read =
          read(
              "kim.txt",
              """
              Step 0:
              hidden: [5, 4, 0]
              Step 1:
              hidden: [57, 8, 36]
              """);

      assertThat(Fixtures.judged(read)).isEmpty();
      assertThat(Fixtures.refused(read)).isNotEmpty();
    }

    @Test
    void opensALine_whoseLabelsAreThenAtThatStep() {
      Submission read =
          read(
              "lee.txt", "After \"the\": h = [57, 8, 36], logits = [89, -92, 29, 184, 181, -12]\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q3.hidden=[57, 8, 36]", "q3.logits=[89, -92, 29, 184, 181, -12]");
    }

    @Test
    void isNotAWordOfASentenceThatGoesOn() {
      Submission read = read("max.txt", "After the first step: hidden = [5, 4, 0]\n");

      assertThat(Fixtures.judged(read)).isEmpty();
    }

    @Test
    void bindsAnAnswerThatIsThenJudgedAsWritten() {
      Submission read =
          read(
              "ned.txt",
              """
              Step 2 (reading "the")
                likeliest next token: cat or EOS
              """);

      assertThat(Fixtures.judged(read)).containsExactly("q3.prediction=[cat, or, EOS]");
    }
  }

  @Nested
  class ANameRightBeforeItsSign {
    @Test
    void labelsTheValueAfterIt_whateverProseComesBefore() {
      Submission read =
          read(
              "ola.txt",
              """
              Pregunta 1. El nuevo estado oculto después de leer BOS es h1 = [5, 4, 0]
              Вопрос 3. Скрытое состояние после the: h2 = [57, 8, 36]
              """);

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[5, 4, 0]", "q3.hidden=[57, 8, 36]");
    }

    @Test
    void isNoName_inAProduct() {
      Submission read = read("pia.txt", "I added the recurrent term h1·W = [26, -11, 21]\n");

      assertThat(Fixtures.judged(read)).isEmpty();
    }
  }

  @Nested
  class SessionsAndTables {
    @Test
    void aMathematicaSession_givesEachCommandWhatItPrinted() {
      Submission read =
          read(
              "rae.txt",
              """
              In[5]:= h1 = Ramp[{0, 0, 0}.W + e[[1]].U]
              Out[5]= {5, 4, 0}
              In[7]:= vocab[[First@Ordering[logits1, -1]]]
              Out[7]= "BOS"
              """);

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
    }

    @Test
    void columnsLetteredFromA_areTheEntriesInThatOrder() {
      Submission read =
          read(
              "sol.csv",
              """
              t,token,h_a,h_b,h_c
              1,BOS,5,4,-1
              """);

      assertThat(Fixtures.judged(read)).containsExactly("q1.hidden=[5, 4, -1]");
    }

    @Test
    void aFrontMatter_doesNotMakeTheFileYaml() {
      Submission read =
          read(
              "tom.Rmd",
              """
              ---
              title: "HW4"
              ---

              h1 <- relu(c(0, 0, 0) %*% W + E[1, ] %*% U)
              """);

      // The name is kept for the values printed below it; the call's zeros are no answer.
      assertThat(Fixtures.judged(read)).containsExactly("q1.hidden=[]");
    }

    @Test
    void aTokenNumberWhoseRemarkCountsEntries_keepsTheRemark() {
      Submission read = read("uma.txt", "q2.prediction: 1   (the max, 21, is the 1st entry)\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q2.prediction=[1, the, max, 21, is, the, 1st, entry]");
    }
  }

  @Nested
  class LabelsAndShapesAsWritten {
    @Test
    void aQuestionsHeadingAndLabelsInOtherLanguages_bindTheirValues() {
      Submission read =
          read(
              "vea.txt",
              """
              Soru 1:
                gizli durum → [5, 4, 0]
              Ερώτηση 3.
              - έξοδος: [89, -92, 29, 184, 181, -12]
              - πρόβλεψη: is
              """);

      assertThat(Fixtures.judged(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q3.logits=[89, -92, 29, 184, 181, -12]",
              "q3.prediction=[is]");
    }

    @Test
    void aMarkdownHeadingThatIsANumberAlone_startsThatQuestion() {
      Submission read = read("zoe.md", "## 2\n- next token: BOS\n\n## 3\n- next token: is\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q2.prediction=[BOS]", "q3.prediction=[is]");
    }

    @Test
    void aVectorInAngleBrackets_isItsNumbers() {
      Submission read = read("wes.md", "## 1\n- hidden state after BOS: <5, 4, 0>\n");

      assertThat(Fixtures.judged(read)).containsExactly("q1.hidden=[5, 4, 0]");
    }

    @Test
    void aColumnsGapBeforeOneWordOfTheVocabulary_separatesLabelAndPrediction() {
      Submission read = read("xia.txt", "q2\nprediction  BOS\n");

      assertThat(Fixtures.judged(read)).containsExactly("q2.prediction=[BOS]");
    }

    @Test
    void anArrowAfterAKey_labelsTheValueAsASignDoes() {
      Submission read = read("yan.txt", "q2.prediction → BOS\n");

      assertThat(Fixtures.judged(read)).containsExactly("q2.prediction=[BOS]");
    }
  }

  @Nested
  class ThereButUnread {
    @Test
    void aSentenceSayingWhichTokenIsRead_bindsTheQuantitiesOnIt() {
      Submission read =
          read(
              "hal.txt",
              "On the second step the net reads \"the\" and its state turns into 3 then 1 and 4.\n");

      assertThat(Fixtures.refused(read)).containsExactly("q3.hidden@1");
    }

    @Test
    void aSentenceNamingAQuantityWithoutAValue_isNoSign() {
      Submission read = read("ida.txt", "After reading BOS the hidden state is all positive.\n");

      assertThat(read.answers()).isEmpty();
    }

    @Test
    void anIpythonOutput_isASignOfWhatItsInputNames() {
      Submission read =
          read(
              "jon.txt",
              """
              In [4]: h2 = step(h1, E[1]); h2
              Out[4]: tensor([3., 1., 4.])
              """);

      assertThat(Fixtures.refused(read)).containsExactly("q3.hidden@2");
    }

    @Test
    void anRArgMaxOfOneStepsLogits_isASignOfThatStepsPrediction_notOfTheLogits() {
      Submission read = read("kit.txt", "> which.max(y2)\n[1] 3\n");

      assertThat(Fixtures.refused(read)).containsExactly("q3.prediction@2");
    }

    @Test
    void anArgMaxOverTwoStepsLogits_isNoSign() {
      Submission read = read("lou.txt", "> which.max(y1 + y2)\n[1] 3\n");

      assertThat(read.answers()).isEmpty();
    }

    @Test
    void aOneLetterNameAtAPrompt_isASignOfTheQuantityItIsTheInitialOf() {
      Submission read =
          read(
              "max.txt",
              ">>> L\narray([[ 1,  2,  3,  4,  5,  6],\n       [ 6,  5,  4,  3,  2,  1]])\n");

      assertThat(Fixtures.refused(read)).containsExactly("q1.logits@2", "q3.logits@2");
    }

    @Test
    void aOneLetterNameOfNoQuantity_isNoSign() {
      Submission read = read("ned.txt", ">>> x\narray([1, 2, 3])\n");

      assertThat(read.answers()).isEmpty();
    }

    @Test
    void asManyUnnamedVectorsAsTheQuestionAsksFor_areSignsOfItsItems() {
      Submission read = read("oli.txt", "Q1: [3, 1, 4] then [1, 5, 9, 2, 6, 5]\n");

      assertThat(Fixtures.refused(read)).containsExactly("q1.hidden@1", "q1.logits@1");
    }

    @Test
    void moreUnnamedVectorsThanTheQuestionAsksFor_areNoSignOfWhichIsWhich_yetNoItemIsMissing() {
      Submission read =
          read("pia.txt", "Q1: [1, 0, 1, 0] then [3, 1, 4] then [1, 5, 9, 2, 6, 5]\n");

      // Not bound to q1's items as signs; but values of their shapes are there, never "missing".
      assertThat(read.answers())
          .filteredOn(a -> a.refusal().isPresent())
          .allSatisfy(a -> assertThat(a.refusal().orElseThrow()).contains("could not place"));
      assertThat(Fixtures.refused(read))
          .containsExactly("q1.hidden@1", "q1.logits@1", "q3.hidden@1", "q3.logits@1");
    }

    @Test
    void aShortLineUnderAOneItemQuestionsHeading_isASignOfItsAnswer() {
      Submission read = read("quin.md", "## 2.\nprobably cat\n");

      assertThat(Fixtures.refused(read)).containsExactly("q2.prediction@2");
    }

    @Test
    void aSentenceUnderAOneItemQuestionsHeading_isNoSign() {
      Submission read = read("rae.md", "## 2.\nI did not get to this one before the deadline.\n");

      assertThat(read.answers()).isEmpty();
    }

    @Test
    void aKeyEndingInAQuestionMark_isAQuestion_andTheAnswerBelowItIsRead() {
      Submission read =
          read(
              "sam.txt",
              """
              3.
              favored next token?
              The top score is the fourth one, so the favored next token is "cat".
              """);

      assertThat(Fixtures.judged(read)).contains("q3.prediction=[cat]");
      assertThat(Fixtures.refused(read)).isEmpty();
    }

    @Test
    void aBlankTemplateLine_staysMissing() {
      Submission read = read("tom.csv", "# q3.prediction: one word\nq3.prediction,\n");

      assertThat(Fixtures.refused(read)).isEmpty();
    }

    @Test
    void outWithAStep_namesTheOutput_butOutAloneDoesNot() {
      Submission read = read("uma.txt", "Q1\nout1 = 1 5 9 2 6\nQ3: ran out of time\n");

      assertThat(Fixtures.refused(read)).containsExactly("q1.logits@2");
    }
  }

  @Nested
  class OtherLanguagesAndScripts {
    @Test
    void aGermanHeadingStartsItsBlock_andAMarkedTokenThereIsRefusedNotMissing() {
      Submission read =
          read(
              "lena.md",
              "**Aufgabe 1.**\n\nh1 = [5, 4, 0]\n\n"
                  + "**Aufgabe 2.** Der größte Wert ist 21, das Modell sagt also **BOS** voraus.\n");

      assertThat(Fixtures.judged(read)).containsExactly("q1.hidden=[5, 4, 0]");
      assertThat(Fixtures.refused(read)).containsExactly("q2.prediction@5");
    }

    @Test
    void fullWidthPunctuation_isReadAsItsWesternForm_andQuotedAsWritten() {
      Submission read =
          read(
              "wang.md",
              "**第1题**：读入 BOS 之后，隐藏状态 h1 = [5, 4, 0]，输出 logits = [21, 8, 9, 20, 13, 12]。\n");

      assertThat(Fixtures.judged(read))
          .containsExactly("q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]");
      assertThat(read.answers().get(0).location().text()).contains("，输出");
    }

    @Test
    void aRemarkAfterABareQuestionsAnswer_isNoPartOfIt() {
      Submission read = read("marcus.txt", "Q2: BOS (I think - it's the biggest logit)\n");

      assertThat(Fixtures.judged(read)).hasSize(1).allMatch(a -> a.startsWith("q2=[BOS, I, think"));
      assertThat(
              TokenText.read(read.answers().get(0).text(), List.of("BOS", "the", "cat", "is")).id())
          .hasValue(0);
    }

    @Test
    void anEnglishSentenceUnderTheHeading_withOnlyLowerCaseFunctionWords_isNoCandidate() {
      Submission read = read("rae.md", "## 2.\nThe largest logit is the first one.\n");

      assertThat(read.answers()).isEmpty();
    }

    @Test
    void aProseLineWithCommas_isQuotedWholeInItsProblem() {
      Submission read =
          read("ana.txt", "q1.hidden = [5, 4, 0]\nHi, here are my answers, sorry they are late\n");

      assertThat(Fixtures.problems(read))
          .anySatisfy(
              p -> assertThat(p).contains("\"Hi, here are my answers, sorry they are late\""));
    }
  }
}
