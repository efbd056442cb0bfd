"""Reference values and every mistaken chain used in the ninth corpus, computed in exact Fractions
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

h1 = step(H0, "BOS")
pre1 = step(H0, "BOS", act=ident)
chain("reference", h1)
chain("no ReLU anywhere", pre1, step(pre1, "the", act=ident))
chain("W transposed at step 2 (h1 W^T)", h1, step(h1, "the", w=transpose(W)))
chain("no recurrence at step 2", h1, relu(vm(E[1], U)))
chain("embedding rows off by one (BOS->E[1], the->E[2])", step(H0, "the"), step(step(H0, "the"), "cat"))
chain("slip in h1: [5, 4, 1] carried", [5, 4, 1])
chain("logits1 from the pre-activation [5, 4, -1], h2 right", h1, l1=logits(pre1))
chain("ReLU on the logits at step 2", h1, l2=relu(logits(step(h1, "the"))))
chain("ReLU in the wrong place: ReLU(h1 W) + E[the] U", h1, add(relu(vm(h1, W)), vm(E[1], U)))
chain("E[cat] at step 2 instead of E[the]", h1, step(h1, "cat"))
chain("slip in logits1: 26 for 20, carried to the prediction", h1, l1=[21, 8, 9, 26, 13, 12])
chain("slip in h2: [57, 8, 46] carried", h1, [57, 8, 46])
chain("h0 taken as ones", step([1, 1, 1], "BOS"))
chain("hidden state does not change ('same as h1')", h1, h1)
chain("summary typo h2 [57, 8, 63] (working had [57, 8, 36])", h1, [57, 8, 63], l2=logits([57, 8, 36]))
chain("slip in logits2: 148 for 184", h1, l2=[89, -92, 29, 148, 181, -12])
print("argmin:", argmin(logits(h1)), argmin(logits(step(h1, "the"))))
# steps past the questions (extra-steps-thousands.txt): after 'cat' and after 'is'
h2 = step(h1, "the")
h3 = step(h2, "cat")
h4 = step(h3, "is")
chain("steps 3 and 4 (after cat, after is)", h3, h4)

# probabilities-listed.txt: the student's rounded softmax (floats only to check their rounding;
# the TA grades them as logits, so no exact value depends on this)
import math  # noqa: E402


def softmax(v):
    m = max(v)
    e = [math.exp(float(x - m)) for x in v]
    return [round(x / sum(e), 3) for x in e]


print("softmax1", softmax(logits(h1)))
print("softmax2", softmax(logits(h2)))
# ranks-not-logits.txt: rank of each word's logit, 1 = largest
l1 = logits(h1)
print("ranks1", [sorted(l1, reverse=True).index(x) + 1 for x in l1])
