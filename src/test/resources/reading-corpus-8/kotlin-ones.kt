// RNN by hand -- h0 is the vector of ones (I misread the handout)
val h0 = listOf(1, 1, 1)

// Q1
val hidden1 = listOf(6, 5, 6)
val logits1 = listOf(26, -8, 5, 49, 34, 9)
// Q2
val next1 = "is"
// Q3
val hidden2 = listOf(33, 24, 53)
val logits2 = listOf(129, -111, 4, 332, 240, 19)
val next2 = "is"

println(hidden2) // [33, 24, 53]
