"""HW4 - RNN by hand.  Author: Liam Murphy

Answers (also printed below):
  Q1  h1     = [5 4 0]
      logits = [21 8 9 20 13 12]
  Q2  next token: BOS
  Q3  h2     = [57 8 36]
      logits = [89 -92 29 184 181 -12]
      next token: is
"""
import numpy as np

vocab = ["BOS", "the", "cat", "is", "outside", "EOS"]
E = np.array([[1, 0, 1, 0], [2, -1, 3, 5], [-1, 2, 1, 4], [5, 2, -1, 3], [4, 0, 1, 1], [1, 3, 4, -1]])
U = np.array([[3, -1, 0], [1, 4, -3], [2, 5, -1], [4, 2, 3]])
W = np.array([[2, -3, 1], [4, 1, 4], [-5, 3, 2]])
V = np.array([[1, 0, 1, 0, 1, 0], [4, 2, 1, 5, 2, 3], [0, -3, -1, 4, 3, -1]])
h = np.zeros(3, dtype=int)

def relu(x):
    return np.maximum(x, 0)

for t, word in enumerate(["BOS", "the"], start=1):
    h = relu(h @ W + E[vocab.index(word)] @ U)
    logits = h @ V
    print(f"step {t}: h = {h}, logits = {logits}, next = {vocab[int(np.argmax(logits))]}")

# Output:
# step 1: h = [5 4 0], logits = [21  8  9 20 13 12], next = BOS
# step 2: h = [57  8 36], logits = [ 89 -92  29 184 181 -12], next = is
