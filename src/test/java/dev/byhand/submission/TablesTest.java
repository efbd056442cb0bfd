package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tables read as a TA reads them, whatever wrote them (a CSV, Markdown, a LaTeX {@code tabular},
 * pandas' split JSON, YAML): each cell is named by its row and its column, and a cell whose row and
 * column do not say which item it is stays unread. Every write-up here is made up for this test.
 */
class TablesTest {
  private static Submission read(String name, String text) {
    return Fixtures.readForHandout(name, text);
  }

  private static List<String> answers(Submission submission) {
    return submission.answers().stream()
        .map(a -> a.key() + "=" + a.values() + (a.refusal().isPresent() ? " refused" : ""))
        .toList();
  }

  @Test
  void aMarkdownTableWithAColumnPerStep_namesEachCellByItsRowAndTheTokenItsColumnReads() {
    Submission read =
        read(
            "ana.md",
            """
            # My answers

            |                  | after reading BOS | after reading "the" |
            |:-----------------|:-----------------:|:-------------------:|
            | new hidden state | (5, 4, 0)         | (57, 8, 36)         |
            | output logits    | 21 8 9 20 13 12   | 89 -92 29 184 181 -12 |
            | next token       | BOS               | is                  |
            """);

    assertThat(answers(read))
        .containsExactlyInAnyOrder(
            "q1.hidden=[5, 4, 0]",
            "q1.logits=[21, 8, 9, 20, 13, 12]",
            "q2.prediction=[BOS]",
            "q3.hidden=[57, 8, 36]",
            "q3.logits=[89, -92, 29, 184, 181, -12]",
            "q3.prediction=[is]");
    assertThat(read.answers().get(0).location().line()).hasValue(5);
  }

  @Test
  void aLatexTabular_isATable_itsRowsEndedByDoubleBackslashes() {
    Submission read =
        read(
            "ben.tex",
            """
            \\begin{tabular}[t]{l|cc}
            \\toprule
            quantity & step 1 & step 2 \\\\ \\midrule
            hidden & $[5, 4, 0]$ & $[57, 8, 36]$ \\\\
            predicted & \\texttt{BOS} & \\texttt{is} \\\\
            \\bottomrule
            \\end{tabular}
            """);

    assertThat(answers(read))
        .containsExactlyInAnyOrder(
            "q1.hidden=[5, 4, 0]",
            "q2.prediction=[BOS]",
            "q3.hidden=[57, 8, 36]",
            "q3.prediction=[is]");
  }

  @Test
  void aTransposedCsv_namesEachRowByItsQuantityAndEntry_andEachColumnByItsStep() {
    Submission read =
        read(
            "cem.csv",
            """
            ,step 1,step 2
            hidden_1,5,57
            hidden_2,4,8
            hidden_3,0,36
            logits (the),8,-92
            logits (BOS),21,89
            """);

    assertThat(answers(read))
        .containsExactlyInAnyOrder(
            "q1.hidden=[5, 4, 0]",
            "q1.logits=[21, 8]",
            "q3.hidden=[57, 8, 36]",
            "q3.logits=[89, -92]");
  }

  @Test
  void pandasSplitJson_isATable_ofItsIndexByItsColumns() {
    Submission read =
        read(
            "dia.json",
            """
            {"columns": ["t=1", "t=2"],
             "index": ["hidden", "prediction"],
             "data": [[[5, 4, 0], [57, 8, 36]], ["BOS", "is"]]}
            """);

    assertThat(answers(read))
        .containsExactlyInAnyOrder(
            "q1.hidden=[5, 4, 0]",
            "q2.prediction=[BOS]",
            "q3.hidden=[57, 8, 36]",
            "q3.prediction=[is]");
    assertThat(read.answers().get(0).location().jsonPath()).isEqualTo("$.data[0]");
  }

  @Test
  void aSpreadsheetRowOfAQuestionAQuantityAndNumberedValues_isThatItem() {
    Submission read =
        read(
            "eda.csv",
            """
            Frage;Teil;Wert 1;Wert 2;Wert 3
            Q1;hidden;5;4;0
            Q3;hidden;57;8;36
            Q3;prediction;is;;
            """);

    assertThat(answers(read))
        .containsExactlyInAnyOrder(
            "q1.hidden=[5, 4, 0]", "q3.hidden=[57, 8, 36]", "q3.prediction=[is]");
  }

  @Test
  void yamlMappingsNamedByTheTokenRead_holdThatStepsItems_asBlockLists() {
    Submission read =
        read(
            "fay.yaml",
            """
            homework:
              after_reading_BOS:
                hidden:
                  - 5
                  - 4
                  - 0
                next: BOS
              after_reading_the:
                hidden:
                  - 57
                  - 8
                  - 36
            """);

    assertThat(answers(read))
        .containsExactlyInAnyOrder(
            "q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]", "q3.hidden=[57, 8, 36]");
  }

  @Test
  void aTableWhoseStepsCountFromZero_withNoTokenSayingWhich_isRefusedNotGuessed() {
    Submission read =
        read(
            "gil.json",
            """
            {"columns": ["hidden"], "index": [0, 1], "data": [[[5, 4, 0]], [[57, 8, 36]]]}
            """);

    assertThat(answers(read))
        .containsExactlyInAnyOrder("q1.hidden=[] refused", "q3.hidden=[] refused");
  }

  @Test
  void pandasRowNumbers_besideOneItemPerColumn_areNoSteps() {
    Submission read =
        read(
            "ida.csv",
            """
            ,q1.hidden,q2.prediction
            0,5,BOS
            1,4,
            2,0,
            """);

    assertThat(answers(read))
        .containsExactlyInAnyOrder("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
  }

  @Test
  void aRowNamingNoItem_orAStepOfItsOwn_underColumnsOfSteps_isNotRead() {
    Submission read =
        read(
            "hal.md",
            """
            |        | step 1 | step 2 |
            |--------|--------|--------|
            | hidden | 5 4 0  | 57 8 36 |
            | mood   | happy  | tired  |
            | h2     | 1 2 3  | 4 5 6  |
            """);

    assertThat(answers(read))
        .containsExactlyInAnyOrder("q1.hidden=[5, 4, 0]", "q3.hidden=[57, 8, 36]");
  }

  @Test
  void columnsHeadedByTheVocabularysWords_underACaptionNamingAQuantity_areItsEntries() {
    Submission read =
        read(
            "mia.md",
            """
            ### Logits

            | | BOS | the | cat | is | outside | EOS |
            |---|---:|---:|---:|---:|---:|---:|
            | after BOS | 21 | 8 | 9 | 20 | 13 | 12 |
            | after the | 89 | -92 | 29 | 184 | 181 | -12 |
            """);

    assertThat(answers(read))
        .containsExactlyInAnyOrder(
            "q1.logits=[21, 8, 9, 20, 13, 12]", "q3.logits=[89, -92, 29, 184, 181, -12]");
  }

  @Test
  void columnsHeadedByTheVocabularysWords_withNoCaption_nameNoItem() {
    Submission read =
        read(
            "max.md",
            """
            | | BOS | the | cat | is | outside | EOS |
            |---|---:|---:|---:|---:|---:|---:|
            | after BOS | 21 | 8 | 9 | 20 | 13 | 12 |
            """);

    assertThat(Fixtures.judged(read)).isEmpty();
  }

  @Test
  void aPandasDataFramePrint_isATable_itsIndexNameUnderTheHeader_itsColumnsAligned() {
    Submission read =
        read(
            "felix.txt",
            """
            Homework 3, printed with pandas

            hidden states
                  h_0  h_1  h_2
            step
            1       5    4    0
            2      57    8   36

            logits
                  BOS  the  cat   is  outside  EOS
            step
            1      21    8    9   20       13   12
            2      89  -92   29  184      181  -12
            """);

    assertThat(answers(read))
        .containsExactlyInAnyOrder(
            "q1.hidden=[5, 4, 0]",
            "q3.hidden=[57, 8, 36]",
            "q1.logits=[21, 8, 9, 20, 13, 12]",
            "q3.logits=[89, -92, 29, 184, 181, -12]");
    assertThat(read.answers().get(0).location().line()).hasValue(6);
  }

  @Test
  void aPandasSeriesPrint_isATableOfItsIndexAndItsName() {
    Submission read =
        read(
            "seri.txt",
            """
            Predictions, from pandas:

            step
            1    BOS
            2     is
            Name: prediction, dtype: object
            """);

    assertThat(answers(read))
        .containsExactlyInAnyOrder("q2.prediction=[BOS]", "q3.prediction=[is]");
  }
}
