"""Reference and mistaken chains for reading-corpus-3, computed independently of byhand.

Straight from the handout (rnn-by-hand.txt), in exact Fractions:
    input = E(tokenID);  h^t = ReLU(h^{t-1} . W + input . U);  logits = h^t . V
Each mistaken chain below is what a student who made that mistake gets, so that the
follow-through values in verdicts.json are what the student's own earlier answers give.
Run: python3 compute.py
"""
from fractions import Fraction as F

VOCAB = ["BOS", "the", "cat", "is", "outside", "EOS"]
E = [[1, 0, 1, 0], [2, -1, 3, 5], [-1, 2, 1, 4], [5, 2, -1, 3], [4, 0, 1, 1], [1, 3, 4, -1]]
U = [[3, -1, 0], [1, 4, -3], [2, 5, -1], [4, 2, 3]]
W = [[2, -3, 1], [4, 1, 4], [-5, 3, 2]]
V = [[1, 0, 1, 0, 1, 0], [4, 2, 1, 5, 2, 3], [0, -3, -1, 4, 3, -1]]
H0 = [0, 0, 0]


def vm(v, m):
    """Row vector times matrix."""
    return [sum(F(v[i]) * m[i][j] for i in range(len(v))) for j in range(len(m[0]))]


def tr(m):
    return [list(r) for r in zip(*m)]


def add(a, b):
    return [x + y for x, y in zip(a, b)]


def relu(v):
    return [max(F(0), x) for x in v]


def tok(w):
    return VOCAB.index(w)


def step(h, word, act=relu, w=W, recur=True, row=None):
    pre = vm(E[tok(word) if row is None else row], U)
    if recur:
        pre = add(vm(h, w), pre)
    return act(pre)


def logits(h):
    return vm(h, V)


def argmax(v):
    return VOCAB[max(range(len(v)), key=lambda i: (v[i], -i))]


def argmin(v):
    return VOCAB[min(range(len(v)), key=lambda i: (v[i], i))]


def ints(v):
    return [int(x) if x.denominator == 1 else str(x) for x in v]


def chain(name, h1, h2=None, l1=None, l2=None):
    l1 = logits(h1) if l1 is None else l1
    out = {"h1": ints(h1), "l1": ints(l1), "p1": argmax(l1)}
    if h2 is not None:
        l2 = logits(h2) if l2 is None else l2
        out.update({"h2": ints(h2), "l2": ints(l2), "p2": argmax(l2)})
    return name, out


def chains():
    ident = lambda v: v
    h1 = step(H0, "BOS")
    h2 = step(h1, "the")
    yield chain("reference", h1, h2)
    # forgot ReLU everywhere: h1 keeps -1; h2 from their h1 (no ReLU)
    n1 = step(H0, "BOS", act=ident)
    yield chain("no ReLU", n1, step(n1, "the", act=ident))
    # W transposed at step 2 (W @ h1 in numpy / W*h1' in Octave)
    yield chain("W transposed at step 2", h1, step(h1, "the", w=tr(W)))
    # no recurrence at step 2
    yield chain("no recurrence at step 2", h1, step(h1, "the", recur=False))
    # no input term at step 2
    yield chain("no input at step 2", h1, relu(vm(h1, W)))
    # wrong embedding row at step 2: E(cat) instead of E(the)
    yield chain("E(cat) at step 2", h1, step(h1, "cat"))
    # off by one from the start: E(the) for BOS, E(cat) for the
    o1 = step(H0, "the")
    yield chain("rows off by one (the for BOS, cat for the)", o1, step(o1, "cat"))
    yield chain("  ... and the right step from their h1", o1, step(o1, "the"))
    # recurrence from the pre-activation h1 [5, 4, -1] while reporting h1 = [5, 4, 0]
    pre1 = step(H0, "BOS", act=ident)
    yield chain("recurrence on pre-ReLU h1", h1, step(pre1, "the"))
    # logits from the pre-activation at step 1
    print("logits of pre-activation h1", ints(logits(pre1)), argmax(logits(pre1)))
    # slips carried through
    for s1 in ([5, 4, 3], [5, 6, 0], [3, 4, 0], [5, 4, 1]):
        yield chain(f"slip h1 = {s1}", s1, step(s1, "the"))
    for s2 in ([57, 8, 63], [57, 6, 36], [75, 8, 36], [57, 8, 38]):
        yield chain(f"slip h2 = {s2}", h1, s2)
    # a slip in logits1 that changes the prediction
    yield chain("slip logits1 20 -> 24", h1, h2, l1=[21, 8, 9, 24, 13, 12])
    # argmin and next-word predictions
    print("argmin", argmin(logits(h1)), argmin(logits(h2)))
    # h0 taken as the first row of E? (no) -- h0 = [1, 1, 1]
    yield chain("h0 = [1, 1, 1]", step([1, 1, 1], "BOS"), step(step([1, 1, 1], "BOS"), "the"))


if __name__ == "__main__":
    for name, c in chains():
        print(name)
        for k, v in c.items():
            print("   ", k, v)
