# HW4: RNN by hand -- Oliver Grant
# Answers are in the variables below (values from working it out on paper).

relu <- function(x) pmax(x, 0)

# Q1: after reading BOS
h1 <- c(5, 4, 0)
logits1 <- c(21, 8, 9, 20, 13, 12)

# Q2
pred1 <- "BOS"

# Q3: after reading "the" -- the new state comes from the old state through W
h2 <- c(26, 0, 21)          # relu(h1 %*% W)
logits2 <- c(26, -63, 5, 84, 89, -21)
pred2 <- "outside"
