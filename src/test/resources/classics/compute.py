"""Independent reference computation for the classic exercises (Fraction and decimal, nothing from
byhand), and the writer of their student files. Run: python3 compute.py  (prints the references,
rewrites the students)."""
import json, os
from fractions import Fraction as F
from decimal import Decimal as D, getcontext
getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))

def dec(x): return D(x.numerator) / D(x.denominator) if isinstance(x, F) else D(x)
def exp(x): return dec(x).exp()
def ln(x): return dec(x).ln()
def sigmoid(x): return 1 / (1 + exp(-dec(x)))
def softmax(v):
    e = [exp(a) for a in v]; s = sum(e); return [a / s for a in e]
def mm(A, B): return [[sum(a * b for a, b in zip(r, c)) for c in zip(*B)] for r in A]
def vm(v, B): return [sum(a * b for a, b in zip(v, c)) for c in zip(*B)]
def T(A): return [list(c) for c in zip(*A)]
def r(x, n):
    if isinstance(x, list): return [r(y, n) for y in x]
    return float(round(dec(x), n))
def write(rid, name, text):
    os.makedirs(os.path.join(HERE, rid), exist_ok=True)
    open(os.path.join(HERE, rid, name), "w").write(text)
def csv(rows): return "question,answer\n" + "".join(f'{k},"{json.dumps(v)}"\n' if isinstance(v, list) else f"{k},{v}\n" for k, v in rows)

refs = {}
# perceptron
def perceptron(b1=None):
    X = [[2, 1], [-1, 3], [1, -2]]; y = [1, -1, 1]; w = [0, 0]; b = 0; out = []
    for t in range(3):
        s = sum(a * c for a, c in zip(X[t], w)) + b
        yh = 1 if s > 0 else -1
        w = [wi + F(y[t] - yh, 2) * xi for wi, xi in zip(w, X[t])]
        b = b + F(y[t] - yh, 2)
        if t == 0 and b1 is not None: b = b1
        out.append((s, yh, w, b))
    return out
refs["perceptron"] = perceptron()
def prows(res, steps=3):
    rows = []
    for t, (s, yh, w, b) in enumerate(res[:steps]):
        rows += [(f"q{t+1}.s", int(s)), (f"q{t+1}.yhat", yh), (f"q{t+1}.w", [int(v) for v in w]), (f"q{t+1}.b", int(b))]
    return rows
write("perceptron", "ana.csv", csv(prows(refs["perceptron"])))
write("perceptron", "ben.json", json.dumps(dict((k, v) for k, v in prows(perceptron(b1=0))), indent=1))
write("perceptron", "cy.csv", csv(prows(refs["perceptron"], 2)))

# logistic regression
def logreg(p=None):
    X = [[1, 2], [2, 0], [0, 1]]; y = [1, 0, 1]; w = [F(1, 2), F(-1, 2)]; b = 0; lr = F(1, 10)
    z = [sum(a * c for a, c in zip(row, w)) + b for row in X]
    if p is None: p = [sigmoid(v) for v in z]
    p = [dec(v) for v in p]
    loss = -sum(yi * ln(pi) + (1 - yi) * ln(1 - pi) for yi, pi in zip(y, p)) / 3
    gw = [sum((pi - yi) * row[j] for pi, yi, row in zip(p, y, X)) / 3 for j in range(2)]
    gb = sum(pi - yi for pi, yi in zip(p, y)) / 3
    return dict(z=z, p=p, loss=loss, gw=gw, gb=gb, w_new=[dec(wi) - dec(lr) * g for wi, g in zip(w, gw)], b_new=-dec(lr) * gb)
refs["logreg-step"] = L = logreg()
Q = {"z": "q1", "p": "q1", "loss": "q2", "gw": "q3", "gb": "q3", "w_new": "q4", "b_new": "q4"}
def rows_of(res, qmap, n, skip=()):
    return [(f"{qmap[k]}.{k}", r(v, n) if not isinstance(v, int) else v) for k, v in res.items() if k in qmap and k not in skip]
write("logreg-step", "ana.csv", csv(rows_of(L, Q, 4)))
bp = [D("0.6225"), D("0.7311"), D("0.3775")]  # sigmoid(-1/2) taken as sigmoid(1/2) for the first example
write("logreg-step", "ben.json", json.dumps(dict(rows_of(logreg(bp), Q, 4)), indent=1))
write("logreg-step", "cy.csv", csv(rows_of(L, Q, 4, skip=("loss", "w_new", "b_new"))))

# layer norm with a residual
def layernorm(ddof=0):
    X = [[1, 2, 3, 2], [0, 4, 0, 4]]; Fm = [[1, 0, 1, 2], [2, 0, -2, 0]]; eps = F(1, 1000)
    g = [1, 2, 1, 2]; be = [0, 0, 1, 1]
    R = [[a + c for a, c in zip(x, f)] for x, f in zip(X, Fm)]
    mu = [F(sum(row), 4) for row in R]
    s2 = [sum((a - m) ** 2 for a in row) / (4 - ddof) for row, m in zip(R, mu)]
    N = [[dec(a - m) / dec(v + eps).sqrt() for a in row] for row, m, v in zip(R, mu, s2)]
    out = [[gi * n + bi for n, gi, bi in zip(row, g, be)] for row in N]
    return dict(R=R, mu=mu, sigma2=s2, N=N, out=out)
refs["layernorm-residual"] = LN = layernorm()
Q = {"R": "q1", "mu": "q2", "sigma2": "q2", "N": "q3", "out": "q3"}
def jrows(res, qmap, n, skip=()):
    o = {}
    for k, v in res.items():
        if k in qmap and k not in skip:
            o[f"{qmap[k]}.{k}"] = json.loads(json.dumps(v, default=lambda x: float(round(dec(x), n))))
    return o
def rnd(v, n):
    if isinstance(v, list): return [rnd(x, n) for x in v]
    if isinstance(v, F) and v.denominator == 1: return int(v)
    if isinstance(v, int): return v
    return float(round(dec(v), n))
def jr(res, qmap, n, skip=()):
    return {f"{qmap[k]}.{k}": rnd(v, n) for k, v in res.items() if k in qmap and k not in skip}
write("layernorm-residual", "ana.json", json.dumps(jr(LN, Q, 2), indent=1))
ben = jr(layernorm(ddof=1), Q, 3); ben["q2.sigma2"] = ["4/3", 8]  # the variance divided by n - 1
def flat(v): return [x for row in v for x in flat(row)] if isinstance(v, list) else [v]
write("layernorm-residual", "ben.csv", "".join(k + "," + (",".join(str(x) for x in v) if k == "q2.sigma2" else '"' + json.dumps(v) + '"') + "\n" for k, v in ben.items()))
write("layernorm-residual", "cy.csv", csv(list(jr(LN, Q, 2, skip=("out",)).items())))

# self-attention
def attention(scale=True):
    X = [[1, 0], [0, 1], [1, 1]]; Wq = [[1, 1], [0, 1]]; Wk = [[1, 0], [1, 1]]; Wv = [[1, 2], [0, 1]]
    Qm, K, V = mm(X, Wq), mm(X, Wk), mm(X, Wv)
    S = [[dec(a) / (D(2).sqrt() if scale else 1) for a in row] for row in mm(Qm, T(K))]
    A = [softmax(row) for row in S]
    Z = [[sum(a * dec(v) for a, v in zip(row, c)) for c in zip(*V)] for row in A]
    return dict(Q=Qm, K=K, V=V, S=S, A=A, Z=Z)
refs["self-attention"] = AT = attention()
Q = {"Q": "q1", "K": "q1", "V": "q1", "S": "q2", "A": "q2", "Z": "q3"}
write("self-attention", "ana.csv", csv(list(jr(AT, Q, 3).items())))
write("self-attention", "ben.json", json.dumps(jr(attention(scale=False), Q, 3), indent=1))
write("self-attention", "cy.json", json.dumps(jr(AT, Q, 2, skip=("Z",)), indent=1))

# MLP with softmax and cross-entropy
def mlp(bias=True):
    x = [1, 2]; W1 = [[1, -1, 2], [1, 0, -1]]; b1 = [0, 1, 1] if bias else [0, 0, 0]
    W2 = [[1, 0, -1], [0, 2, 1], [1, 1, 0]]; b2 = [0, 0, 1]; label = 1
    z1 = [a + c for a, c in zip(vm(x, W1), b1)]; h = [max(0, a) for a in z1]
    z2 = [a + c for a, c in zip(vm(h, W2), b2)]; p = softmax(z2)
    return dict(z1=z1, h=h, z2=z2, p=p, pred=z2.index(max(z2)), loss=-p[label].ln(),
                dz2=[pi - (1 if i == label else 0) for i, pi in enumerate(p)])
refs["mlp-softmax-ce"] = M = mlp()
Q = {"z1": "q1", "h": "q1", "z2": "q2", "p": "q2", "pred": "q2", "loss": "q3", "dz2": "q3"}
write("mlp-softmax-ce", "ana.csv", csv(list(jr(M, Q, 4).items())))
write("mlp-softmax-ce", "ben.json", json.dumps(jr(mlp(bias=False), Q, 4), indent=1))
cy = jr(M, Q, 3, skip=("loss",)); cy["q2.pred"] = "0"
write("mlp-softmax-ce", "cy.json", json.dumps(cy, indent=1))

# 1-D convolution, stride 2, pad 1, then max pooling
def conv1d(flip=False):
    x = [1, -2, 3, 0, -1, 2, 4, -3]; k = [1, 0, -1]; b = 1; v = [1, -1]; c = 0
    if flip: k = k[::-1]
    xp = [0] + x + [0]
    f = [sum(a * w for a, w in zip(xp[i:i + 3], k)) + b for i in range(0, len(xp) - 3 + 1, 2)]
    a = [max(0, z) for z in f]; m = [max(a[i:i + 2]) for i in range(0, len(a) - 1, 2)]
    return dict(f=f, a=a, m=m, y=sum(p * q for p, q in zip(m, v)) + c)
refs["conv1d-pool"] = C1 = conv1d()
Q = {"f": "q1", "a": "q2", "m": "q2", "y": "q3"}
write("conv1d-pool", "ana.csv", csv(list(jr(C1, Q, 0).items())))
write("conv1d-pool", "ben.csv", csv(list(jr(conv1d(flip=True), Q, 0).items())))
write("conv1d-pool", "cy.json", json.dumps(jr(C1, Q, 0, skip=("m", "y")), indent=1))

# Levenshtein kitten -> sitting
def lev(s="kitten", u="sitting", slip=None):
    Dm = [[0] * (len(u) + 1) for _ in range(len(s) + 1)]
    for i in range(len(s) + 1):
        for j in range(len(u) + 1):
            if i == 0: Dm[i][j] = j
            elif j == 0: Dm[i][j] = i
            else: Dm[i][j] = min(Dm[i-1][j] + 1, Dm[i][j-1] + 1, Dm[i-1][j-1] + (s[i-1] != u[j-1]))
            if slip and (i, j) == slip[0]: Dm[i][j] = slip[1]
    return dict(D=Dm, distance=Dm[6][7])
refs["levenshtein"] = LV = lev()
write("levenshtein", "ana.json", json.dumps({"q1": {"D": LV["D"]}, "q2": {"distance": 3}}))
bl = lev(slip=((1, 1), 0))  # k and s taken as a match: D_{1,1} = 0, the rest filled correctly from it
write("levenshtein", "ben.csv", "question,answer\nq1.D,\"" + json.dumps(bl["D"]) + "\"\nq2.distance," + str(bl["distance"]) + "\n")
write("levenshtein", "cy.csv", "question,answer\nq2.distance,3\n")

# HMM forward, Wikipedia's weather HMM
def hmm(a1=None):
    pi = [F(6, 10), F(4, 10)]; A = [[F(7, 10), F(3, 10)], [F(4, 10), F(6, 10)]]
    B = [[F(1, 10), F(4, 10), F(5, 10)], [F(6, 10), F(3, 10), F(1, 10)]]; obs = [0, 1, 2]
    al = [pi[s] * B[s][obs[0]] for s in range(2)] if a1 is None else a1
    alphas = [al]
    for o in obs[1:]:
        al = [sum(al[r] * A[r][s] for r in range(2)) * B[s][o] for s in range(2)]; alphas.append(al)
    return dict(alpha=alphas, total=sum(alphas[2]), best=alphas[2].index(max(alphas[2])))
refs["hmm-weather"] = H = hmm()
def hrows(h, n=None, upto=3, tail=True):
    rows = [(f"q{t+1}.alpha", [float(a) for a in h["alpha"][t]]) for t in range(upto)]
    if tail: rows += [("q4.total", float(h["total"])), ("q4.best", h["best"])]
    return rows
write("hmm-weather", "ana.csv", csv(hrows(H)))
write("hmm-weather", "ben.json", json.dumps(dict(hrows(hmm(a1=[F(6, 100), F(42, 100)]))), indent=1))
write("hmm-weather", "cy.json", json.dumps(dict(hrows(H, upto=2, tail=False) + [("q4.best", [0])]), indent=1))

# PCA covariance
def pca(n=4):
    X = [[1, 2], [3, 3], [4, 5], [0, 2]]; v = [F(6, 10), F(8, 10)]
    mu = [F(sum(c), 4) for c in zip(*X)]; Xc = [[a - m for a, m in zip(row, mu)] for row in X]
    C = [[c / n for c in row] for row in mm(T(Xc), Xc)]
    z = [sum(a * b for a, b in zip(row, v)) for row in Xc]; zm = sum(z) / 4
    return dict(mu=mu, Xc=Xc, C=C, z=z, varz=sum((a - zm) ** 2 for a in z) / 4)
refs["pca-cov"] = P = pca()
Q = {"mu": "q1", "Xc": "q1", "C": "q2", "z": "q3", "varz": "q3"}
write("pca-cov", "ana.csv", csv(list(jr(P, Q, 4).items())))
write("pca-cov", "ben.json", json.dumps(jr(pca(n=3), Q, 4), indent=1))
write("pca-cov", "cy.csv", csv(list(jr(P, Q, 4, skip=("z",)).items())))

def show(v):
    if isinstance(v, list): return "[" + ", ".join(show(x) for x in v) + "]"
    if isinstance(v, F): return str(v)
    if isinstance(v, D): return format(+v, "f")[:45]
    return str(v)
for rid, res in refs.items():
    print("==", rid)
    if isinstance(res, list):
        for t, row in enumerate(res): print(t + 1, show(list(row)))
    else:
        for k, v in res.items(): print(k, "=", show(v))

def exact_text(v):
    if isinstance(v, list): return [exact_text(x) for x in v]
    if isinstance(v, bool): return int(v)
    if isinstance(v, int): return v
    if isinstance(v, F): return int(v) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"
    return format(+v, "f")  # a decimal to 60 digits
def per_step(res):
    if isinstance(res, list):  # the perceptron: (s, yhat, w, b) per step
        return {"steps": [dict(zip(["s", "yhat", "w", "b"], exact_text(list(row)))) for row in res]}
    if "alpha" in res:
        return {"steps": [{"alpha": exact_text(a)} for a in res["alpha"]],
                "quantities": {k: exact_text(v) for k, v in res.items() if k != "alpha"}}
    return {"quantities": {k: exact_text(v) for k, v in res.items()}}
with open(os.path.join(HERE, "references.json"), "w") as out:
    json.dump({rid: per_step(res) for rid, res in refs.items()}, out, indent=1)
    out.write("\n")
