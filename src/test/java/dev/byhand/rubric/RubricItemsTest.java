package dev.byhand.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.network.Node;
import dev.byhand.network.Value;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RubricItemsTest {
  private static final Rubric HANDOUT =
      new RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"));

  @Test
  void items_listEveryItemInRubricOrder_withItsNodeKeyAndReference() {
    assertThat(HANDOUT.items())
        .extracting(RubricItem::key)
        .containsExactly(
            "q0.diagram",
            "q1.hidden",
            "q1.logits",
            "q2.prediction",
            "q3.hidden",
            "q3.logits",
            "q3.prediction");
    RubricItem hidden = HANDOUT.items().get(4);
    assertThat(hidden.node()).isEqualTo(new Node("hidden", 2));
    assertThat(hidden.reference()).contains(HANDOUT.network().reference().value(hidden.node()));
    assertThat(HANDOUT.items().get(0).reference()).isEmpty();
    assertThat(HANDOUT.items().get(3).reference().orElseThrow()).isInstanceOf(Value.Token.class);
  }

  @Test
  void askedNodes_areTheComputedItemsNodes_eachOnce() {
    assertThat(HANDOUT.askedNodes())
        .containsExactly(
            new Node("hidden", 1),
            new Node("logits", 1),
            new Node("prediction", 1),
            new Node("hidden", 2),
            new Node("logits", 2),
            new Node("prediction", 2));
  }

  @Test
  void aManualItemHasNoReference_andAComputedOneNeedsOne() {
    RubricItem diagram = HANDOUT.items().get(0);
    RubricItem hidden = HANDOUT.items().get(1);
    assertThatThrownBy(
            () ->
                new RubricItem(
                    diagram.question(),
                    diagram.spec(),
                    diagram.node(),
                    diagram.key(),
                    hidden.reference()))
        .hasMessageContaining("q0.diagram is graded by a TA");
    assertThatThrownBy(
            () ->
                new RubricItem(
                    hidden.question(),
                    hidden.spec(),
                    hidden.node(),
                    hidden.key(),
                    Optional.empty()))
        .hasMessageContaining("q1.hidden needs its reference");
  }
}
