#!/usr/bin/env python3
"""Independent reference and sample students for the grammar fixtures (batch-norm, two-head-attention).

Python's fractions and decimal modules at 50 digits, nothing shared with byhand; each network is
coded by hand below. Students work as students do: every answer rounded to 2 decimals (half up),
the next answer computed from their own rounded numbers, with their slips. Writes <id>/*.csv|json
and <id>.reference.json here (the reference to 40 significant digits).

Run from the repository root: python3 src/test/resources/grammar/compute.py
"""
import json
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
from fractions import Fraction as F
from pathlib import Path

getcontext().prec = 50
HERE = Path(__file__).resolve().parent


def dec(x):
    return D(x.numerator) / D(x.denominator) if isinstance(x, F) else D(x)


def rnd(x):
    return dec(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def rounded(m):
    return [rounded(r) for r in m] if isinstance(m, list) else rnd(m)


def matmul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]


def transpose(A):
    return [list(r) for r in zip(*A)]


def columns(A, a, b):
    return [r[a:b] for r in A]


def softmax_rows(S):
    out = []
    for row in S:
        m = max(row)
        e = [(x - m).exp() for x in row]
        s = sum(e)
        out.append([x / s for x in e])
    return out


def plain(x):
    """A number as a student writes it: 2.50 -> 2.5, 3.00 -> 3."""
    if isinstance(x, F):
        return str(x.numerator) if x.denominator == 1 else plain(dec(x))
    if isinstance(x, int):
        return str(x)
    return format(x.normalize(), "f")


def csv_line(key, value):
    if isinstance(value, list) and value and isinstance(value[0], list):
        return "".join(csv_line(key, row) for row in value)
    value = value if isinstance(value, list) else [value]
    return key + "," + ",".join(plain(x) for x in value) + "\n"


def jsonable(value):
    return [jsonable(x) for x in value] if isinstance(value, list) else float(plain(value)) if "." in plain(value) else int(plain(value))


def forty(value):
    if isinstance(value, list):
        return [forty(x) for x in value]
    if isinstance(value, F) and value.denominator == 1:
        return str(value.numerator)
    return format(dec(value).normalize(getcontext().__class__(prec=40, rounding=ROUND_HALF_UP)), "f")


def write(folder, name, answers, as_json):
    path = HERE / folder / name
    path.parent.mkdir(exist_ok=True)
    if as_json:
        path.write_text(json.dumps({k: jsonable(v) for k, v in answers.items()}, indent=2) + "\n")
    else:
        path.write_text("".join(csv_line(k, v) for k, v in answers.items()))


# Batch norm ------------------------------------------------------------------------------------------
X = [[F(1), F(2), F(0)], [F(3), F(2), F(4)], [F(5), F(6), F(4)], [F(7), F(2), F(0)]]
gamma, beta, eps = [F(1), F(2), F(1, 2)], [F(0), F(1), F(-1)], F(1, 1000)


def batch_norm(mu, sigma2):
    xhat = [[dec(x - m) / dec(s + eps).sqrt() for x, m, s in zip(row, mu, sigma2)] for row in X]
    return xhat


def layer(xhat):
    return [[dec(g) * x + dec(b) for x, g, b in zip(row, gamma, beta)] for row in xhat]


mu = [sum(c) / len(c) for c in transpose(X)]
sigma2 = [sum((x - m) ** 2 for x in c) / len(c) for c, m in zip(transpose(X), mu)]
xhat = batch_norm(mu, sigma2)
y = layer(xhat)
(HERE / "batch-norm.reference.json").write_text(
    json.dumps({"mu": forty(mu), "sigma2": forty(sigma2), "xhat": forty(xhat), "y": forty(y)}, indent=2) + "\n")

write("batch-norm", "ana.csv",
      {"q1.mu": mu, "q1.sigma2": sigma2, "q2.xhat": rounded(xhat), "q2.y": rounded(layer(rounded(xhat)))}, False)
# ben adds the middle column up to 14 instead of 12 (mean 3.5), and carries on correctly from there.
ben_mu = [F(4), F(7, 2), F(2)]
ben_sigma2 = [sum((x - m) ** 2 for x in c) / len(c) for c, m in zip(transpose(X), ben_mu)]
ben_xhat = rounded(batch_norm(ben_mu, ben_sigma2))
write("batch-norm", "ben.json",
      {"q1.mu": ben_mu, "q1.sigma2": ben_sigma2, "q2.xhat": ben_xhat, "q2.y": rounded(layer(ben_xhat))}, True)
# cy leaves the variance and the layer's output out.
write("batch-norm", "cy.csv", {"q1.mu": mu, "q2.xhat": rounded(xhat)}, False)

# Two-head attention ----------------------------------------------------------------------------------
AX = [[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 0, 0]]
Wq = [[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0], [0, 0, 1, 1]]
Wk = [[0, 1, 1, 0], [1, 0, 0, 1], [0, 0, 1, 1], [1, 1, 0, 0]]
Wv = [[1, 0, 2, 0], [0, 1, 0, 2], [2, 0, 0, 1], [0, 2, 1, 0]]


def heads(Q, K, V):
    root2 = D(2).sqrt()
    A = []
    for a, b in ((0, 2), (2, 4)):
        S = matmul(columns(Q, a, b), transpose(columns(K, a, b)))
        A.append(softmax_rows([[D(s) / root2 for s in row] for row in S]))
    return A


def joined(A1, A2, V):
    H1 = matmul(A1, [[D(x) for x in r] for r in columns(V, 0, 2)])
    H2 = matmul(A2, [[D(x) for x in r] for r in columns(V, 2, 4)])
    return [r1 + r2 for r1, r2 in zip(H1, H2)]


Q, K, V = matmul(AX, Wq), matmul(AX, Wk), matmul(AX, Wv)
A1, A2 = heads(Q, K, V)
H = joined(A1, A2, V)
(HERE / "two-head-attention.reference.json").write_text(
    json.dumps({"Q": Q, "K": K, "A1": forty(A1), "A2": forty(A2), "H": forty(H), "first": forty(H[0])},
               indent=2) + "\n")
rA1, rA2 = rounded(A1), rounded(A2)
rH = rounded(joined(rA1, rA2, V))
write("two-head-attention", "eva.json",
      {"q1.Q": Q, "q1.K": K, "q2.A1": rA1, "q2.A2": rA2, "q3.H": rH, "q3.first": rH[0]}, True)
# finn slips in K's last row (adds 1 + 1 as 1 in its second entry), then carries on from his own K.
finn_K = [row[:] for row in K]
finn_K[2][1] = 0
fA1, fA2 = (rounded(a) for a in heads(Q, finn_K, V))
fH = rounded(joined(fA1, fA2, V))
write("two-head-attention", "finn.csv",
      {"q1.Q": Q, "q1.K": finn_K, "q2.A1": fA1, "q2.A2": fA2, "q3.H": fH, "q3.first": fH[0]}, False)
# gus keeps every digit on his calculator and hands in only the queries and the joined heads.
write("two-head-attention", "gus.csv", {"q1.Q": Q, "q3.H": rounded(H)}, False)
