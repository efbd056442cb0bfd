import numpy as np

# HW4: RNN by hand. I did the arithmetic on paper and check it here.
vocab = ["BOS", "the", "cat", "is", "outside", "EOS"]
E = np.array([[1, 0, 1, 0], [2, -1, 3, 5], [-1, 2, 1, 4], [5, 2, -1, 3], [4, 0, 1, 1], [1, 3, 4, -1]])
U = np.array([[3, -1, 0], [1, 4, -3], [2, 5, -1], [4, 2, 3]])
W = np.array([[2, -3, 1], [4, 1, 4], [-5, 3, 2]])
V = np.array([[1, 0, 1, 0, 1, 0], [4, 2, 1, 5, 2, 3], [0, -3, -1, 4, 3, -1]])
h0 = np.zeros(3, dtype=int)

# Question 1
h1 = np.maximum(0, h0 @ W + E[0] @ U)   # -> [5, 4, 0]
logits1 = h1 @ V                        # -> [21, 8, 9, 20, 13, 12]

# Question 2
prediction1 = vocab[int(np.argmax(logits1))]   # -> "BOS"

# Question 3
h2 = np.maximum(0, h1 @ W + E[1] @ U)   # -> [57, 8, 36]
logits2 = h2 @ V                        # -> [89, -92, 29, 184, 181, -12]
prediction2 = vocab[int(np.argmax(logits2))]   # -> "is"

print(h1, logits1, prediction1)
print(h2, logits2, prediction2)
