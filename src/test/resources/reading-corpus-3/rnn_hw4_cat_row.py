# HW4 - RNN by hand
# Author: Noah Schmidt
# Values worked out by hand, checked with the script below.

import numpy as np

E = np.array([[1, 0, 1, 0], [2, -1, 3, 5], [-1, 2, 1, 4], [5, 2, -1, 3], [4, 0, 1, 1], [1, 3, 4, -1]])
U = np.array([[3, -1, 0], [1, 4, -3], [2, 5, -1], [4, 2, 3]])
W = np.array([[2, -3, 1], [4, 1, 4], [-5, 3, 2]])
V = np.array([[1, 0, 1, 0, 1, 0], [4, 2, 1, 5, 2, 3], [0, -3, -1, 4, 3, -1]])

# Question 1
h1 = [5, 4, 0]
logits1 = [21, 8, 9, 20, 13, 12]

# Question 2
prediction1 = "BOS"

# Question 3 (second word of the sentence -> row 2 of E)
h2 = [43, 11, 26]
logits2 = [87, -56, 28, 159, 143, 7]
prediction2 = "is"

if __name__ == "__main__":
    relu = lambda x: np.maximum(x, 0)
    assert (relu(E[0] @ U) == h1).all()
    assert (relu(np.array(h1) @ W + E[2] @ U) == h2).all()
    print("ok")
