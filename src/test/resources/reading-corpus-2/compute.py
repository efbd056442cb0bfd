"""Independent computation of every value in reading-corpus-2 (issue 23).

Exact Fractions from the handout's equations (rnn-by-hand.txt):
    input = E(tokenID);  h^t = ReLU(h^{t-1} W + input U);  logits = h^t V;  h^0 = 0.
Each mistaken chain below is computed the way the student in the named files went wrong, so that
follow-through values in those files are what the student's own earlier answers really give.
Run: python3 compute.py
"""
from fractions import Fraction as F

VOCAB = ["BOS", "the", "cat", "is", "outside", "EOS"]
E = [[1, 0, 1, 0], [2, -1, 3, 5], [-1, 2, 1, 4], [5, 2, -1, 3], [4, 0, 1, 1], [1, 3, 4, -1]]
U = [[3, -1, 0], [1, 4, -3], [2, 5, -1], [4, 2, 3]]
W = [[2, -3, 1], [4, 1, 4], [-5, 3, 2]]
V = [[1, 0, 1, 0, 1, 0], [4, 2, 1, 5, 2, 3], [0, -3, -1, 4, 3, -1]]
H0 = [0, 0, 0]


def vecmat(v, m):
    return [sum(F(v[i]) * m[i][j] for i in range(len(v))) for j in range(len(m[0]))]


def add(a, b):
    return [x + y for x, y in zip(a, b)]


def relu(v):
    return [max(F(0), x) for x in v]


def transpose(m):
    return [list(r) for r in zip(*m)]


def argmax(v):
    return VOCAB[max(range(len(v)), key=lambda i: (v[i], -i))]


def argmin(v):
    return VOCAB[min(range(len(v)), key=lambda i: (v[i], i))]


def step(h, token, act=relu, w=W, recur=True, use_input=True):
    pre = [F(0)] * 3
    if recur:
        pre = add(pre, vecmat(h, w))
    if use_input:
        pre = add(pre, vecmat(E[VOCAB.index(token)], U))
    return act(pre)


def logits(h):
    return vecmat(h, V)


def show(name, v):
    if isinstance(v, str):
        print(f"{name:44s} {v}")
    else:
        print(f"{name:44s} [{', '.join(str(x) for x in v)}]")


def chain(name, h1, h2, l1=None, l2=None):
    l1 = logits(h1) if l1 is None else l1
    l2 = logits(h2) if l2 is None else l2
    show(name + ": h1", h1)
    show(name + ": logits1", l1)
    show(name + ": prediction1 (argmax)", argmax(l1))
    show(name + ": h2", h2)
    show(name + ": logits2", l2)
    show(name + ": prediction2 (argmax)", argmax(l2))


ident = lambda v: v  # noqa: E731  (no activation)

# the reference
h1 = step(H0, "BOS")
h2 = step(h1, "the")
chain("reference", h1, h2)
show("reference: argmin1", argmin(logits(h1)))
show("reference: argmin2", argmin(logits(h2)))

# forgot ReLU everywhere (no-relu-*.txt, octave-no-relu.txt, ...)
n1 = step(H0, "BOS", act=ident)
chain("no ReLU", n1, step(n1, "the", act=ident))

# W transposed at step 2 (w-transposed-*)
chain("W transposed", h1, step(h1, "the", w=transpose(W)))

# no recurrence at step 2: h2 = ReLU(E[the] U)
chain("no recurrence", h1, step(h1, "the", recur=False))

# no input at step 2: h2 = ReLU(h1 W)
chain("no input at step 2", h1, step(h1, "the", use_input=False))

# BOS's embedding row used again at step 2 (input = E[BOS] for 'the')
chain("E[BOS] again at step 2", h1, step(h1, "BOS"))

# ReLU on the recurrent term only: h^t = ReLU(h^{t-1} W) + input U
r1 = add(relu(vecmat(H0, W)), vecmat(E[0], U))
chain("ReLU inside, on hW only", r1, add(relu(vecmat(r1, W)), vecmat(E[1], U)))

# slip in h1: 4 -> 3 in the second entry, carried
s1 = [F(5), F(3), F(0)]
chain("slip h1 [5,3,0]", s1, step(s1, "the"))

# slip in h1: 0 -> 2 in the third entry (wrote 2 for -1 + 3?), carried
s1b = [F(5), F(4), F(2)]
chain("slip h1 [5,4,2]", s1b, step(s1b, "the"))

# slip in logits1: 20 -> 28 (4th entry), so prediction1 'is'; step 2 unaffected
show("slip logits1 [21,8,9,28,13,12]: argmax", argmax([21, 8, 9, 28, 13, 12]))

# slip in h2: 8 -> 18 (second entry), carried to logits2
s2 = [F(57), F(18), F(36)]
show("slip h2 [57,18,36]: logits2", logits(s2))
show("slip h2 [57,18,36]: argmax", argmax(logits(s2)))

# slip in h2: 36 -> 63 (digits swapped), carried
s2b = [F(57), F(8), F(63)]
show("slip h2 [57,8,63]: logits2", logits(s2b))
show("slip h2 [57,8,63]: argmax", argmax(logits(s2b)))

# time off by one: 'the' read at step 1 (E[the] for the first step), 'cat' at step 2
t1 = step(H0, "the")
chain("read 'the' first, then 'cat'", t1, step(t1, "cat"))

# V applied before ReLU at step 2 (logits from the pre-activation h2)
pre2 = add(vecmat(h1, W), vecmat(E[1], U))
show("pre-activation h2", pre2)
show("logits from pre-activation h2", logits(pre2))
