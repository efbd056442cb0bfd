# HW4 RNN by hand — Amara Nwosu
# Answers (Julia indices are 1-based; the predictions are given as words):
#   Q1: h1 = [5, 4, 0]
#       logits1 = [21, 8, 9, 20, 13, 12]
#   Q2: BOS
#   Q3: h2 = [57, 8, 36]
#       logits2 = [89, -92, 29, 184, 181, -12]
#       next token: is

E = [1 0 1 0; 2 -1 3 5; -1 2 1 4; 5 2 -1 3; 4 0 1 1; 1 3 4 -1]
U = [3 -1 0; 1 4 -3; 2 5 -1; 4 2 3]
W = [2 -3 1; 4 1 4; -5 3 2]
V = [1 0 1 0 1 0; 4 2 1 5 2 3; 0 -3 -1 4 3 -1]
vocab = ["BOS", "the", "cat", "is", "outside", "EOS"]

relu(x) = max.(x, 0)
h = zeros(Int, 1, 3)
for id in (0, 1)                      # BOS, the
    global h = relu(h * W + E[id+1:id+1, :] * U)
    y = h * V
    println(h, "  ", y, "  ", vocab[argmax(vec(y))])
end
# prints:
# [5 4 0]  [21 8 9 20 13 12]  BOS
# [57 8 36]  [89 -92 29 184 181 -12]  is
