"""Reference values and every mistaken chain used in the tenth corpus, computed in exact Fractions
from the handout's equations (input = E[token]; h_t = ReLU(h_{t-1} W + input U); logits = h_t V),
independently of byhand. Run: python3 compute.py"""
from fractions import Fraction as F

VOCAB = ["BOS", "the", "cat", "is", "outside", "EOS"]
E = [[1, 0, 1, 0], [2, -1, 3, 5], [-1, 2, 1, 4], [5, 2, -1, 3], [4, 0, 1, 1], [1, 3, 4, -1]]
U = [[3, -1, 0], [1, 4, -3], [2, 5, -1], [4, 2, 3]]
W = [[2, -3, 1], [4, 1, 4], [-5, 3, 2]]
V = [[1, 0, 1, 0, 1, 0], [4, 2, 1, 5, 2, 3], [0, -3, -1, 4, 3, -1]]
H0 = [0, 0, 0]


def vm(v, m):
    return [sum(F(v[i]) * m[i][j] for i in range(len(v))) for j in range(len(m[0]))]


def add(a, b):
    return [x + y for x, y in zip(a, b)]


def relu(v):
    return [max(F(0), x) for x in v]


def transpose(m):
    return [list(r) for r in zip(*m)]


def argmax(v):
    best = max(v)
    return "/".join(VOCAB[i] for i, x in enumerate(v) if x == best)


def argmin(v):
    low = min(v)
    return "/".join(VOCAB[i] for i, x in enumerate(v) if x == low)


def step(h, token, w=W, act=relu):
    return act(add(vm(h, w), vm(E[VOCAB.index(token)], U)))


def logits(h):
    return vm(h, V)


def show(name, v):
    if isinstance(v, str):
        print(f"  {name:9} {v}")
    else:
        print(f"  {name:9} [{', '.join(str(x) for x in v)}]")


def chain(title, h1, h2=None, l1=None, l2=None):
    """Prints a chain; h2 defaults to the right step from the student's h1, logits to h·V."""
    l1 = logits(h1) if l1 is None else l1
    h2 = step(h1, "the") if h2 is None else h2
    l2 = logits(h2) if l2 is None else l2
    print(title)
    show("h1", h1)
    show("logits1", l1)
    show("argmax1", argmax(l1))
    show("h2", h2)
    show("logits2", l2)
    show("argmax2", argmax(l2))


ident = lambda v: v  # noqa: E731



def softmax_rounded(v, digits=4):
    """Probabilities for the files that report them too (rounded only for display)."""
    import math
    m = max(v)
    ex = [math.exp(float(x - m)) for x in v]
    s = sum(ex)
    return [round(x / s, digits) for x in ex]


ident = lambda v: v  # noqa: E731

h1 = step(H0, "BOS")
pre1 = step(H0, "BOS", act=ident)
h2 = step(h1, "the")
chain("reference", h1)
chain("no ReLU anywhere", pre1, step(pre1, "the", act=ident))
chain("W transposed at step 2 (h1 W^T)", h1, step(h1, "the", w=transpose(W)))
chain("no recurrence at step 2", h1, relu(vm(E[1], U)))
chain("E(cat) at step 2 (token ids counted from 1 into a 1-based matrix)", h1, step(h1, "cat"))
chain("embedding rows off by one (BOS->E[1], the->E[2])", step(H0, "the"), step(step(H0, "the"), "cat"))
chain("slip in h1: [5, 4, 1] carried", [5, 4, 1])
chain("slip in logits1: 22 for 20 (now the largest, index 3)", h1, l1=[21, 8, 9, 22, 13, 12])
chain("slip in h2: [57, 8, 38] carried", h1, [57, 8, 38])
chain("slip in h2: [57, 6, 36] carried", h1, [57, 6, 36])
chain("logits from the pre-activation at step 1", h1, l1=logits(pre1))
chain("ReLU on the logits", h1, l1=relu(logits(h1)), l2=relu(logits(h2)))
chain("h0 = ones", step([1, 1, 1], "BOS"), step(step([1, 1, 1], "BOS"), "the"))
print("argmin1", argmin(logits(h1)), "argmin2", argmin(logits(h2)))
print("softmax1", softmax_rounded(logits(h1)))
print("softmax2", softmax_rounded(logits(h2)))
print("pre-activations", pre1, step(h1, "the", act=ident))
print("h1 W", vm(h1, W), "E(the) U", vm(E[1], U), "E(BOS) U", vm(E[0], U))
