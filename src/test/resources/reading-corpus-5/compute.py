"""Reference values and every mistaken chain used in corpus 5, computed in exact Fractions from
the handout's equations (input = E[token]; h_t = ReLU(h_{t-1} W + input U); logits = h_t V),
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


ident = lambda v: v  # noqa: E731


def ints(v):
    return [int(x) for x in v]


def chain(h1, h2=None, l1=None, l2=None):
    """A chain as a dict; h2 defaults to the right step from the student's h1, logits to h·V."""
    l1 = logits(h1) if l1 is None else l1
    h2 = step(h1, "the") if h2 is None else h2
    l2 = logits(h2) if l2 is None else l2
    return {"h1": ints(h1), "l1": ints(l1), "p1": argmax(l1),
            "h2": ints(h2), "l2": ints(l2), "p2": argmax(l2)}


h1 = step(H0, "BOS")
pre1 = step(H0, "BOS", act=ident)
h2 = step(h1, "the")

CHAINS = {
    "reference": chain(h1),
    # forgot ReLU everywhere (word-smart-quotes-no-relu.txt, julia-vectors-no-relu.txt,
    # lines-in-order-no-relu.txt)
    "no-relu": chain(pre1, step(pre1, "the", act=ident)),
    # W transposed at step 2 (nb-execute-result-array.ipynb, yaml-by-step.yaml)
    "w-transposed": chain(h1, step(h1, "the", w=transpose(W))),
    # no recurrence at step 2: h2 = ReLU(E[the] U) (python-repl-session.txt, sheet-one-cell-per-entry.tsv)
    "no-recurrence": chain(h1, relu(vm(E[1], U))),
    # embedding row off by one: E[the] for BOS, E[cat] for the (octave-ans-blocks.txt)
    "wrong-row": chain(step(H0, "the"), step(step(H0, "the"), "cat")),
    # logits from the pre-activation [5,4,-1] at step 1, h written right (numpy-float-dtype.txt)
    "pre-activation-logits": chain(h1, l1=logits(pre1), l2=logits(step(h1, "the", act=ident))),
    # arithmetic slip h1 = [5,3,0] carried through (pdf-hyphenation-slip.txt)
    "h1-slip-530": chain([5, 3, 0]),
    # digit slip h1 = [6,4,0] carried through (sheet-steps-as-rows.csv)
    "h1-slip-640": chain([6, 4, 0]),
    # h2 slip [57,8,38] carried into logits2 (list-of-objects.json)
    "h2-slip": chain(h1, [57, 8, 38]),
    # forgot W at step 2: h2 = ReLU(h1 + E[the] U) (nb-markdown-latex.ipynb)
    "forgot-w": chain(h1, relu(add(h1, vm(E[1], U)))),
    # ReLU applied to the logits at both steps (sheet-one-wide-row.csv)
    "relu-on-logits": chain(h1, l1=relu(logits(h1)), l2=relu(logits(h2))),
    # logits2 slip: -12 written as 12 (r-vectors-slip.txt)
    "l2-slip": chain(h1, l2=[89, -92, 29, 184, 181, 12]),
}

if __name__ == "__main__":
    for name, c in CHAINS.items():
        print(name)
        for k, v in c.items():
            print(f"  {k:3} {v}")
    print("argmin (nb-printed-dict.ipynb):", argmin(logits(h1)), argmin(logits(h2)))
    print("pre-activation at step 2 (numpy-float-dtype.txt):",
          ints(step(h1, "the", act=ident)))
    print("next word of the sentence (nb-torch-tensors.ipynb, md-table-entries.md): the, cat")
