type Vec = number[];
interface Answers {
  q1: { hidden: Vec; logits: Vec };
  q2: { prediction: string };
  q3: { hidden: Vec; logits: Vec; prediction: string };
}

export const answers: Answers = {
  q1: { hidden: [5, 4, 0], logits: [21, 8, 9, 20, 13, 12] },
  q2: { prediction: "the" }, // next word in "BOS the cat is outside EOS"
  q3: {
    hidden: [57, 8, 36],
    logits: [89, -92, 29, 184, 181, -12],
    prediction: "cat",
  },
};
