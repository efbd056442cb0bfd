package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The spreadsheet and data-file layouts students hand in (issue 23): sections that bind names,
 * tables whose columns name the question, quantity, step or entry, and records by step; each tried
 * on files written for this test (none in the reading corpora), with the handout's rubric: what the
 * layout reads, where it says it read it, and what it refuses.
 */
class SpreadsheetLayoutsTest {
  private static Submission read(String name, String text) {
    return Fixtures.readForHandout(name, text);
  }

  private static List<String> answers(Submission submission) {
    return Fixtures.answers(submission);
  }

  private static List<String> refused(Submission submission) {
    return submission.answers().stream()
        .filter(a -> a.refusal().isPresent())
        .map(a -> a.key().toString())
        .toList();
  }

  @Nested
  class TablesWhoseHeaderNamesTheColumns {
    @Test
    void oneEntryPerRow_isOneVectorPerItem_inIndexOrder_whateverTheRowOrder() {
      Submission read =
          read(
              "ravi.csv",
              """
              question,item,index,value
              3,hidden,2,8
              3,hidden,0,57
              3,hidden,1,36
              2,prediction,,BOS
              1,hidden,0,5
              1,hidden,1,4
              1,hidden,2,0
              """);

      assertThat(answers(read))
          .containsExactly("q3.hidden=[57, 36, 8]", "q2.prediction=[BOS]", "q1.hidden=[5, 4, 0]");
      assertThat(read.answers().get(0).location().line()).hasValue(2);
      assertThat(read.answers().get(0).location().text()).startsWith("3,hidden,2,8");
      assertThat(read.problems()).isEmpty();
    }

    @Test
    void entriesThatDoNotCountUpByOne_areRefused_notGuessed() {
      Submission read =
          read(
              "gap.csv",
              """
              question,quantity,index,value
              1,hidden,1,5
              1,hidden,2,4
              1,hidden,4,0
              """);

      assertThat(refused(read)).containsExactly("q1.hidden");
      assertThat(read.answers().get(0).refusal().orElseThrow())
          .contains("numbered 1, 2, 4")
          .contains("number them 1, 2, 3");
    }

    @Test
    void oneItemPerRow_withNumberedColumns_andDecimalCommas() {
      Submission read =
          read(
              "jonas.csv",
              """
              Aufgabe;Teil;1;2;3
              1;hidden;5;4,5;0
              2;prediction;BOS;;
              """);

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4.5, 0]", "q2.prediction=[BOS]");
    }

    @Test
    void oneStepPerRow_countedFrom1_namesEachColumnByItsStep() {
      Submission read =
          read(
              "mia.tsv",
              "step\thidden_1\thidden_2\thidden_3\tnext token\n"
                  + "1\t5\t4\t0\tBOS\n"
                  + "2\t57\t8\t36\tis\n");

      assertThat(answers(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57, 8, 36]",
              "q3.prediction=[is]");
      assertThat(read.answers().get(2).location().text()).isEqualTo("2\t57\t8\t36\tis");
    }

    @Test
    void logitColumnsNamedByTheirWord_takeTheVocabularysOrder() {
      Submission read =
          read(
              "word-columns.csv",
              """
              step,logit_the,logit_BOS,logit_cat,logit_is,logit_outside,logit_EOS
              1,8,21,9,20,13,12
              """);

      assertThat(answers(read)).containsExactly("q1.logits=[21, 8, 9, 20, 13, 12]");
    }

    @Test
    void stepsFrom0_areTheStepAfterBOS_whenTheTokenColumnSaysSo() {
      Submission read =
          read(
              "noor.csv",
              """
              time,input,h_1,h_2,h_3,prediction
              0,BOS,5,4,0,BOS
              1,the,57,8,36,is
              """);

      assertThat(answers(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57, 8, 36]",
              "q3.prediction=[is]");
    }

    @Test
    void stepsFrom0_withNothingSayingWhichTokenTheyRead_areRefused_neverGuessed() {
      Submission read =
          read(
              "zero.csv",
              """
              t,h_1,h_2,h_3
              0,5,4,0
              1,57,8,36
              """);

      assertThat(answers(read).stream().filter(a -> !a.endsWith("=[]"))).isEmpty();
      assertThat(refused(read)).containsExactlyInAnyOrder("q1.hidden", "q3.hidden");
      assertThat(read.answers().get(0).refusal().orElseThrow())
          .contains("numbers its steps from 0");
    }

    @Test
    void oneQuantityPerRow_withAColumnPerStep_namesEachCellByItsColumnsStep() {
      Submission read =
          read(
              "ade.csv",
              """
              quantity,step 1 (BOS),step 2 (the)
              hidden,5 4 0,57 8 36
              next token,BOS,is
              """);

      assertThat(answers(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q3.hidden=[57, 8, 36]",
              "q2.prediction=[BOS]",
              "q3.prediction=[is]");
      assertThat(read.answers().get(1).location().line()).hasValue(2);
    }

    @Test
    void aStepColumnFrom0_namingTheTokenRead_isTheStepAfterBOS() {
      Submission read =
          read(
              "sol.csv",
              """
              quantity,t=0 (reading BOS),t=1 (reading the)
              hidden,5 4 0,57 8 36
              """);

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4, 0]", "q3.hidden=[57, 8, 36]");
    }

    @Test
    void stepCellsWritten_asStepAndNumber_areSteps() {
      Submission read =
          read(
              "ivo.csv",
              """
              step,hidden,prediction
              step 1,"[5, 4, 0]",BOS
              step 2,"[57, 8, 36]",is
              """);

      assertThat(answers(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57, 8, 36]",
              "q3.prediction=[is]");
    }

    @Test
    void aFormsExport_readsOneColumnPerEntry_andIgnoresTimestampAndEmail() {
      Submission read =
          read(
              "form.csv",
              """
              Timestamp,Email Address,Q1 hidden (1),Q1 hidden (2),Q1 hidden (3),Q2 prediction
              2026/12/01 10:02:11,a@uni.edu,5,4,0,BOS
              """);

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
      assertThat(read.answers().get(0).location().line()).hasValue(2);
      assertThat(read.problems()).isEmpty();
    }

    @Test
    void oneWideRowUnderPerEntryNames_withTheStudentsNameFirst_isOneAnswerPerItem() {
      Submission read =
          read(
              "wide.csv",
              """
              Homework 3,,,,,,,,,,
              name,h1_1,h1_2,h1_3,l1_1,l1_2,l1_3,l1_4,l1_5,l1_6,pred1
              Chen Wei,5,4,0,21,8,9,20,13,12,BOS
              """);

      assertThat(answers(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]", "q2.prediction=[BOS]");
      assertThat(read.answers().get(0).location().line()).hasValue(3);
    }

    @Test
    void aNameColumnBesideAStepColumn_staysTheItemsName() {
      Submission read =
          read(
              "steps.csv",
              """
              name,step 1,step 2
              hidden,5 4 0,57 8 36
              """);

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4, 0]", "q3.hidden=[57, 8, 36]");
    }

    @Test
    void aKeyOnceWithItsVectorDownTheRows_besideAnEmptyColumn_isOneVector() {
      Submission read =
          read(
              "blocks.csv",
              """
              q1.hidden,5,
              ,4,
              ,0,
              """);

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4, 0]");
    }

    @Test
    void twoFormResponses_areTwoAnswers_notOneVectorOfSix() {
      Submission read =
          read(
              "twice.csv",
              """
              Timestamp,Q1 hidden [1],Q1 hidden [2],Q1 hidden [3]
              2026/12/01 10:02:11,5,4,0
              2026/12/01 10:09:40,6,4,0
              """);

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4, 0]", "q1.hidden=[6, 4, 0]");
    }

    @Test
    void aHeaderUnderATitleRow_isAHeader_itsColumnsOfStepsNamingEachCell() {
      Submission read =
          read(
              "ama.csv",
              """
              Homework 3 by Ama Osei,,
              ,Step 1 (BOS),Step 2 (the)
              h[0],5,57
              h[1],4,8
              h[2],0,36
              next token,BOS,is
              """);

      assertThat(answers(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q3.hidden=[57, 8, 36]",
              "q2.prediction=[BOS]",
              "q3.prediction=[is]");
      assertThat(read.answers().get(0).location().line()).hasValue(3);
    }

    @Test
    void aHeaderAfterANameAndABlankRow_withDecimalCommas_isAHeader() {
      Submission read =
          read(
              "lena.csv",
              """
              Name;Lena Vogt;;;
              ;;;;

              Frage;Teil;Wert 1;Wert 2;Wert 3
              1;hidden;5,0;4,0;0,0
              3;prediction;is;;
              """);

      assertThat(answers(read)).containsExactly("q1.hidden=[5.0, 4.0, 0.0]", "q3.prediction=[is]");
      assertThat(read.answers().get(0).location().line()).hasValue(5);
    }

    @Test
    void aTabSeparatedTableUnderAProseTitle_isSplitAtItsOwnTabs() {
      Submission read =
          read(
              "word.txt",
              """
              Homework 3, RNN by hand, Kofi Mensah
              Quantity	After BOS (t = 1)	After "the" (t = 2)
              Hidden state	[5, 4, 0]	[57, 8, 36]
              Predicted next token	BOS	is
              """);

      assertThat(answers(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q3.hidden=[57, 8, 36]",
              "q2.prediction=[BOS]",
              "q3.prediction=[is]");
    }

    @Test
    void aLaterRowShapedLikeAHeader_namingNoItem_isLeftToTheRowReader() {
      Submission read =
          read(
              "notes.csv",
              """
              q1.hidden,5,4,0
              step,colour,mood
              one,red,calm
              """);

      assertThat(Fixtures.judged(read)).containsExactly("q1.hidden=[5, 4, 0]");
      assertThat(read.problems()).anySatisfy(p -> assertThat(p.message()).contains("step"));
    }

    @Test
    void aHeaderNamingNoQuantityStepOrEntry_isLeftToTheRowReader() {
      Submission read =
          read(
              "plain.csv",
              """
              question,answer
              q1.hidden,"5, 4, 0"
              q2.prediction,BOS
              """);

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
    }
  }

  @Nested
  class JsonRecordsByStep {
    @Test
    void recordsListedUnderANameThatIsNoAnswers_areRecordsByStep_theirArgmaxWordThePrediction() {
      Submission read =
          read(
              "run.json",
              """
              {"student": "Ines Roy",
               "steps": [{"t": 1, "token": "BOS", "hidden": [5, 4, 0], "argmax": "BOS"},
                         {"t": 2, "token": "the", "hidden": [57, 8, 36], "argmax": "is"}]}
              """);

      assertThat(answers(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57, 8, 36]",
              "q3.prediction=[is]");
      assertThat(read.answers().get(2).location().jsonPath()).isEqualTo("$.steps[1].hidden");
    }

    @Test
    void aListOfNumbersUnderANameThatIsNoAnswers_isIgnoredWithAProblem() {
      Submission read =
          read(
              "list.json",
              """
              {"scratch": [1, 2, 3], "q1.hidden": [5, 4, 0]}
              """);

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4, 0]");
      assertThat(read.problems()).singleElement().asString().contains("\"scratch\"");
    }

    @Test
    void eachRecordsQuantitiesAreItsStepsItems_readFromTheirPath() {
      Submission read =
          read(
              "frame.json",
              """
              [{"step": 1, "hidden": [5, 4, 0], "next": "BOS"},
               {"step": 2, "hidden": [57, 8, 36], "next": "is"}]
              """);

      assertThat(answers(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57, 8, 36]",
              "q3.prediction=[is]");
      assertThat(read.answers().get(2).location().jsonPath()).isEqualTo("$[1].hidden");
    }

    @Test
    void rowsLabelledFrom0_asPandasOrientIndexWritesThem_areRecords_notQuestions() {
      Submission read =
          read(
              "index.json",
              """
              {"0": {"step": 1, "hidden": [5, 4, 0]}, "1": {"step": 2, "hidden": [57, 8, 36]}}
              """);

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4, 0]", "q3.hidden=[57, 8, 36]");
      assertThat(read.answers().get(1).location().jsonPath()).isEqualTo("$.1.hidden");
    }

    @Test
    void rowsLabelledFrom0_namingNoStep_areRefused_neverGradedAsQuestion1() {
      Submission read =
          read(
              "index.json",
              """
              {"0": {"hidden": [5, 4, 0]}, "1": {"hidden": [57, 8, 36]}}
              """);

      assertThat(answers(read).stream().filter(a -> !a.endsWith("=[]"))).isEmpty();
      assertThat(refused(read)).contains("q1.hidden", "q3.hidden");
      assertThat(read.answers().get(0).refusal().orElseThrow())
          .contains("names neither its question nor its step");
    }

    @Test
    void objectsNumberedFrom1_stayQuestions() {
      Submission read =
          read(
              "by-question.json",
              """
              {"1": {"hidden": [5, 4, 0]}, "2": {"prediction": "BOS"}}
              """);

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
    }

    @Test
    void step0_readingBOS_isTheStepAfterBOS() {
      Submission read =
          read(
              "zero.json",
              """
              [{"t": 0, "token": "BOS", "hidden": [5, 4, 0]},
               {"t": 1, "token": "the", "hidden": [57, 8, 36]}]
              """);

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4, 0]", "q3.hidden=[57, 8, 36]");
    }

    @Test
    void step0_withoutItsToken_isRefused() {
      Submission read =
          read(
              "zero.json",
              """
              [{"t": 0, "hidden": [5, 4, 0]}, {"t": 1, "hidden": [57, 8, 36]}]
              """);

      assertThat(refused(read)).containsExactlyInAnyOrder("q1.hidden", "q3.hidden");
    }
  }

  @Nested
  class LinesPrintedByStep {
    @Test
    void aLoggersLinePerStep_isARecordByStep_eachAnswerOnItsLine() {
      Submission read =
          read(
              "run.txt",
              """
              [12:00:01] INFO  sentence = BOS the cat
              [12:00:01] INFO  step 1 | token=BOS | h=tensor([5., 4., 0.]) | pred=BOS
              [12:00:01] INFO  step 2 | token=the | h=tensor([57., 8., 36.]) | pred=is
              """);

      assertThat(answers(read))
          .containsExactly(
              "q1.hidden=[5., 4., 0.]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57., 8., 36.]",
              "q3.prediction=[is]");
      assertThat(read.answers().get(2).location().line()).hasValue(3);
    }

    @Test
    void stepsFrom0_areTheStepAfterBOS_whenStep0ReadsBOS() {
      Submission read =
          read(
              "loop.txt",
              """
              t=0 token=BOS h=[5 4 0] next=BOS
              t=1 token=the h=[57 8 36] next=is
              """);

      assertThat(Fixtures.judged(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57, 8, 36]",
              "q3.prediction=[is]");
    }

    @Test
    void stepsFrom0_withNoTokenSayingWhich_areNeverGradedAsAStep() {
      Submission read =
          read(
              "loop0.txt",
              """
              t=0 h=[5 4 0] next=BOS
              t=1 h=[57 8 36] next=is
              """);

      assertThat(Fixtures.judged(read)).isEmpty();
    }
  }

  @Nested
  class PrintedDictionaries {
    @Test
    void aDictPrintedOnOneLine_namesEachValueByItsKeysJoinedWithADot() {
      Submission read =
          read(
              "out.txt",
              """
              Output of print(answers):
              {'q1': {'hidden': array([5, 4, 0]), 'logits': array([21,  8,  9, 20, 13, 12])}, \
              'q2': {'prediction': 'BOS'}}
              """);

      assertThat(Fixtures.judged(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]", "q2.prediction=[BOS]");
      assertThat(read.answers().get(0).location().line()).hasValue(2);
    }

    @Test
    void aLineInBracesWithoutQuotedKeys_isNoDict() {
      Submission read =
          read(
              "set.txt",
              """
              q1.hidden = [5, 4, 0]
              {5, 4, 0}
              """);

      assertThat(Fixtures.judged(read)).containsExactly("q1.hidden=[5, 4, 0]");
    }
  }

  @Nested
  class IniFiles {
    @Test
    void aQuestionSectionBindsTheBareNamesUnderIt() {
      Submission read =
          read(
              "lena.ini",
              """
              ; RNN homework, Lena Ortiz
              [Question 1]
              hidden = 5, 4, 0
              logits = 21, 8, 9, 20, 13, 12
              [q3]
              hidden = 57, 8, 36
              prediction = is
              """);

      assertThat(answers(read))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q1.logits=[21, 8, 9, 20, 13, 12]",
              "q3.hidden=[57, 8, 36]",
              "q3.prediction=[is]");
      assertThat(read.answers().get(2).location().line()).hasValue(6);
      assertThat(read.problems()).isEmpty();
    }

    @Test
    void aBracketedNumberIsAnEntryDrawnDownThePage_notASection() {
      Submission read =
          read(
              "col.txt",
              """
                     [ 5 ]
              h_1 =  [ 4 ]
                     [ 0 ]
              """);

      assertThat(answers(read)).containsExactly("q1.hidden=[5, 4, 0]");
    }
  }

  @Nested
  class Sources {
    @Test
    void aTabSeparatedLineIsQuotedWithItsTabs_asTheFileHasIt() {
      Submission read = read("tabs.tsv", "q1.hidden\t5\t4\t0\nq2.prediction\tBOS\n");

      assertThat(read.answers().get(0).location().text()).isEqualTo("q1.hidden\t5\t4\t0");
      assertThat(read.answers().get(1).location().text()).isEqualTo("q2.prediction\tBOS");
    }

    @Test
    void otherControlCharactersStayVisibleSymbols() {
      Submission read = read("bell.csv", "q1.hidden,5,4,0\u0007\n");

      assertThat(read.answers().get(0).location().text()).doesNotContain("\u0007");
    }
  }
}
