import java.util.Arrays;

/** RNN by hand, homework 4. */
public class RnnAnswers {
    // Question 1
    static final int[] HIDDEN_1 = new int[]{5, 4, 0};
    static final int[] LOGITS_1 = new int[]{21, 8, 9, 20, 13, 12};
    // Question 2
    static final String PREDICTION_1 = "BOS";
    // Question 3
    static final int[] HIDDEN_2 = new int[]{57, 8, 36};
    static final int[] LOGITS_2 = new int[]{89, -92, 29, 184, 181, -12};
    static final String PREDICTION_2 = "is";

    public static void main(String[] args) {
        System.out.println(Arrays.toString(HIDDEN_2)); // [57, 8, 36]
    }
}
