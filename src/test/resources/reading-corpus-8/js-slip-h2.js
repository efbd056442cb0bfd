// RNN by hand -- Q1 to Q3
const vocab = ["BOS", "the", "cat", "is", "outside", "EOS"];

// Q1
const h1 = [5, 4, 0];
const logits1 = [21, 8, 9, 20, 13, 12];

// Q2
const next1 = vocab[0]; // "BOS"

// Q3
// h1·W = [26, -11, 21]; E[the]·U = [31, 19, 15]
const h2 = [75, 8, 36];
const logits2 = [107, -92, 47, 184, 199, -12];
const next2 = "outside";

console.log(h2, logits2, next2);
// [ 75, 8, 36 ] [ 107, -92, 47, 184, 199, -12 ] outside
