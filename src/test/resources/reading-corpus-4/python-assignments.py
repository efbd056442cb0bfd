"""HW5 answers, Liam O'Brien. Values computed by hand, typed in here."""
import numpy as np

# Question 1
h1 = np.array([5, 4, 0])
logits1 = np.array([21, 8, 9, 20, 13, 12])

# Question 2
pred1 = "BOS"

# Question 3
h2 = np.array([57, 8, 36])
# logits are relu'd like the hidden state
logits2 = np.array([89, 0, 29, 184, 181, 0])
pred2 = "is"
