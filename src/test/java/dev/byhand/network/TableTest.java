package dev.byhand.network;

import static dev.byhand.network.BroadcastingTest.mat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.exact.Rational;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tables, a recurrence over two indices: {@code D_{0,j} = …}, {@code D_{i,0} = …}, {@code D_{i,j} =
 * …} over the rubric's sequences, read elsewhere as a matrix.
 */
class TableTest {
  static final List<String> EDIT_DISTANCE =
      List.of(
          "D_{0,j} = j",
          "D_{i,0} = i",
          "D_{i,j} = min(D_{i-1,j} + 1, D_{i,j-1} + 1, D_{i-1,j-1} + sub * (1 - (s_i == u_j)))",
          "distance = D[9][9]");

  static List<Sequence> sequences(String s, String u) {
    return List.of(new Sequence("s", letters(s)), new Sequence("u", letters(u)));
  }

  private static List<String> letters(String word) {
    List<String> letters = new ArrayList<>();
    word.chars().forEach(c -> letters.add(String.valueOf((char) c)));
    return letters;
  }

  private static Map<String, Value> sub(long cost) {
    Map<String, Value> values = new LinkedHashMap<>();
    values.put("sub", new Value.Scalar(Rational.of(cost)));
    return values;
  }

  private static Network compile(
      Map<String, Value> values, List<String> equations, String s, String u) {
    return Network.compile(values, equations, List.of(), 0, sequences(s, u));
  }

  private static Value value(Network network, String quantity) {
    return network.reference().value(new Node(quantity, 0));
  }

  @Nested
  class Computing {
    @Test
    void intentionToExecution_costs8_withSubstitution2_asJurafskyAndMartinFindIt() {
      Network network = compile(sub(2), EDIT_DISTANCE, "intention", "execution");
      assertThat(value(network, "distance")).isEqualTo(new Value.Scalar(Rational.of(8)));
    }

    @Test
    void lettersCompare_withNotEqual_too() {
      List<String> levenshtein =
          List.of(
              "D_{0,j} = j",
              "D_{i,0} = i",
              "D_{i,j} = min(D_{i-1,j} + 1, D_{i,j-1} + 1, D_{i-1,j-1} + (s_i != u_j))",
              "distance = D[6][7]");
      Network network = compile(sub(1), levenshtein, "kitten", "sitting");
      assertThat(value(network, "distance")).isEqualTo(new Value.Scalar(Rational.of(3)));
    }

    @Test
    void intentionToExecution_costs5_withSubstitution1() {
      Network network = compile(sub(1), EDIT_DISTANCE, "intention", "execution");
      assertThat(value(network, "distance")).isEqualTo(new Value.Scalar(Rational.of(5)));
    }

    @Test
    void everyCell_isFilledByItsRule_rowsAlongTheFirstSequence() {
      // ab → ac: row 1 reads a (a match under c? no: a == a at (1, 1)), row 2 reads b.
      Network network =
          compile(
              sub(2),
              List.of(EDIT_DISTANCE.get(0), EDIT_DISTANCE.get(1), EDIT_DISTANCE.get(2)),
              "ab",
              "acd");
      assertThat(value(network, "D"))
          .isEqualTo(
              mat(new long[] {0, 1, 2, 3}, new long[] {1, 0, 1, 2}, new long[] {2, 1, 2, 3}));
    }

    @Test
    void outsideItsRules_aTableIsAMatrix() {
      List<String> equations = new ArrayList<>(EDIT_DISTANCE.subList(0, 3));
      equations.add("corner = D[2, 3]");
      equations.add("last = D[2]");
      Network network = compile(sub(2), equations, "ab", "acd");
      assertThat(value(network, "corner")).isEqualTo(new Value.Scalar(Rational.of(3)));
      assertThat(value(network, "last")).isEqualTo(BroadcastingTest.vec(2, 1, 2, 3));
    }

    @Test
    void wordsCompare_asWholeWords() {
      Network network =
          Network.compile(
              sub(2),
              EDIT_DISTANCE.subList(0, 3),
              List.of(),
              0,
              List.of(
                  new Sequence("s", List.of("the", "cat")),
                  new Sequence("u", List.of("a", "cat"))));
      assertThat(value(network, "D"))
          .isEqualTo(mat(new long[] {0, 1, 2}, new long[] {1, 2, 3}, new long[] {2, 3, 2}));
    }

    @Test
    void theCorner_mayHaveItsOwnRule_andPositionsIAndJAreNumbers() {
      Network network =
          compile(
              Map.of(),
              List.of(
                  "L_{0,0} = 5",
                  "L_{0,j} = L_{0,j-1} + j",
                  "L_{i,0} = L_{i-1,0} * 2",
                  "L_{i,j} = L_{i-1,j-1} + i * j"),
              "ab",
              "xy");
      assertThat(value(network, "L"))
          .isEqualTo(mat(new long[] {5, 6, 8}, new long[] {10, 6, 8}, new long[] {20, 12, 10}));
    }

    @Test
    void aStudentsOwnTable_givesEachCellFromTheCellsAroundIt() {
      Network network = compile(sub(2), EDIT_DISTANCE.subList(0, 3), "ab", "acd");
      // One slip at (1, 1): 2 for 0. Every other cell follows from the student's own cells around
      // it; only (1, 1) itself, a match, should be 0 from its diagonal.
      Value own = mat(new long[] {0, 1, 2, 3}, new long[] {1, 2, 3, 4}, new long[] {2, 3, 4, 5});
      Node table = new Node("D", 0);
      assertThat(
              network.recompute(table, n -> n.equals(table) ? Optional.of(own) : Optional.empty()))
          .isEqualTo(
              mat(new long[] {0, 1, 2, 3}, new long[] {1, 0, 3, 4}, new long[] {2, 3, 4, 5}));
    }
  }

  @Nested
  class LoadErrors {
    private void refused(List<String> equations, Map<String, Value> values, String message) {
      assertThatThrownBy(() -> compile(values, equations, "ab", "acd"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining(message);
    }

    @Test
    void aMissingEdgeRule_isNamed() {
      refused(
          List.of("D_{0,j} = j", EDIT_DISTANCE.get(2)),
          sub(2),
          "D needs the rule of its first column: add D_{i,0} = …");
    }

    @Test
    void edgesWithoutAGeneralRule_areRefused() {
      refused(List.of("D_{0,j} = j", "D_{i,0} = i"), sub(2), "no general rule; add D_{i,j} = …");
    }

    @Test
    void readingACellNotFilledYet_isRefused_namingTheCell() {
      refused(
          List.of("D_{0,j} = j", "D_{i,0} = i", "D_{i,j} = D_{i,j} + 1"),
          sub(2),
          "\"D_{i,j} = D_{i,j} + 1\" at D_{1,1}: reads D_{1,1}, which is not filled yet");
    }

    @Test
    void edgesThatDisagreeAtTheCorner_needACornerRule() {
      refused(
          List.of("D_{0,j} = j", "D_{i,0} = i + 1", EDIT_DISTANCE.get(2)),
          sub(2),
          "D_{0,j} gives D_{0,0} = 0 but D_{i,0} gives 1; give the corner its own rule D_{0,0} = …");
    }

    @Test
    void aRowRuleReadingLeftOfTheCorner_needsACornerRule() {
      refused(
          List.of("D_{0,j} = D_{0,j-1} + 1", "D_{i,0} = i", EDIT_DISTANCE.get(2)),
          sub(2),
          "reads D_{0,-1}, outside the table; give the corner its own rule D_{0,0} = …");
    }

    @Test
    void aSequenceNamedLikeAValue_isRefused() {
      Map<String, Value> values = new LinkedHashMap<>(sub(2));
      values.put("s", new Value.Scalar(Rational.ONE));
      refused(
          EDIT_DISTANCE.subList(0, 3),
          values,
          "\"s\" is a sequence in the table's rules and also a value");
    }

    @Test
    void aLetterUsedAsANumber_isRefused() {
      refused(
          List.of("D_{0,j} = j", "D_{i,0} = i", "D_{i,j} = D_{i-1,j-1} + s_i"),
          sub(2),
          "s_i is a symbol, not a number: compare it with ==");
    }

    @Test
    void aCellReadOutsideItsTable_pointsToTheMatrix() {
      List<String> equations = new ArrayList<>(EDIT_DISTANCE.subList(0, 3));
      equations.add("last = D_{i-1,j}");
      refused(equations, sub(2), "elsewhere D is a matrix: write D[i][j] or D[i, j]");
    }

    @Test
    void aTableWithoutSequences_saysWhereToDeclareThem() {
      assertThatThrownBy(() -> Network.compile(sub(2), EDIT_DISTANCE, List.of(), 0, List.of()))
          .hasMessageContaining("D is a table over two sequences; add \"sequences\"");
    }

    @Test
    void anOtherSubscript_isNoTableRule() {
      refused(
          List.of("D_{i-1,j} = 1", "D_{0,j} = j", "D_{i,0} = i", EDIT_DISTANCE.get(2)),
          sub(2),
          "not D_{i-1,j}");
    }
  }

  @Nested
  class Mistakes {
    @Test
    void aCostOtherThan1_isTakenAs1_asUnitCost() {
      Network network = compile(sub(2), EDIT_DISTANCE, "intention", "execution");
      Mutant unit =
          Mutations.of(network).stream()
              .filter(m -> m.mutation().operator().equals("unit-cost"))
              .findFirst()
              .orElseThrow();
      assertThat(unit.mutation().id()).isEqualTo("unit-cost");
      assertThat(unit.network().reference().value(new Node("distance", 0)))
          .isEqualTo(new Value.Scalar(Rational.of(5)));
      assertThat(unit.mutation().sentence())
          .contains("with a cost of 1 in place of sub (2)")
          .contains(
              "D_{i,j} = min(D_{i-1,j} + 1, D_{i,j-1} + 1, D_{i-1,j-1} + 1 * (1 - (s_i == u_j)))");
    }

    @Test
    void aWrittenCost_isTakenAs1_too() {
      Network network =
          compile(
              Map.of(),
              List.of(
                  "D_{0,j} = j",
                  "D_{i,0} = i",
                  "D_{i,j} = min(D_{i-1,j} + 1, D_{i,j-1} + 1, D_{i-1,j-1} + 2 - 2 * (s_i == u_j))"),
              "intention",
              "execution");
      Mutant unit =
          Mutations.of(network).stream()
              .filter(m -> m.mutation().operator().equals("unit-cost"))
              .findFirst()
              .orElseThrow();
      assertThat(unit.mutation().symbol()).isEqualTo("2");
      assertThat(unit.network().reference().value(new Node("D", 0)).entries())
          .as("every 2 of the rule taken as 1: the substitution costs 1")
          .last()
          .isEqualTo(Rational.of(5));
    }
  }
}
