// states[t] = hidden state after reading token t of "BOS the" (0-indexed)
const states = [
  [5, 4, 0],     // t = 0, after BOS
  [57, 8, 36],   // t = 1, after "the"
];
const outputs = [
  [21, 8, 9, 20, 13, 12],
  [89, -92, 29, 184, 181, -12],
];
const predicted = ["BOS", "is"];
