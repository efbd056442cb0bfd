#!/usr/bin/env python3
"""Independent reference computation for the equation rubrics (issue 13).

For each of rubrics/mlp-backprop.json, rubrics/stacked-rnn.json and rubrics/jordan-rnn.json this
script
  1. computes the reference with exact fractions, coding each network directly (the rubric's
     equations are not parsed; the script only checks that they are still the ones coded here),
     and writes src/test/resources/networks/<rubric-id>/reference.json;
  2. builds each sample student's answers (mistakes carried forward are computed here, from the
     student's own wrong value), writes them in that student's style to samples/<rubric-id>/,
     reads every file back with its own small reader and checks it says what was meant;
  3. grades every student the way a careful TA does under byhand's rules and writes
     src/test/resources/networks/<rubric-id>/expected.json.

Standard library only. Run from anywhere: python3 src/test/resources/networks/compute.py
"""

import csv
import io
import json
import os
import re
from decimal import Decimal
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(HERE))))


# ---------------------------------------------------------------------------------------------
# exact linear algebra on lists of Fractions (a vector is a list, a matrix a list of rows)

def fr(x):
    return Fraction(x) if not isinstance(x, str) else Fraction(x.strip())


def value(v):
    """A rubric value (number, list, list of rows) as Fractions."""
    if isinstance(v, list):
        return [value(e) for e in v]
    return fr(v)


def vecmat(v, m):
    """Row vector times matrix."""
    assert len(v) == len(m), (len(v), len(m))
    return [sum((v[i] * m[i][j] for i in range(len(v))), Fraction(0)) for j in range(len(m[0]))]


def transpose(m):
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


def add(a, b):
    assert len(a) == len(b)
    return [x + y for x, y in zip(a, b)]


def sub(a, b):
    assert len(a) == len(b)
    return [x - y for x, y in zip(a, b)]


def mul(a, b):
    assert len(a) == len(b)
    return [x * y for x, y in zip(a, b)]


def relu(v):
    return [x if x > 0 else Fraction(0) for x in v]


def step(v):
    return [Fraction(1) if x > 0 else Fraction(0) for x in v]


def outer(a, b):
    return [[x * y for y in b] for x in a]


def argmax_words(v, vocabulary):
    """Every token tied for the largest entry (a tuple, usually of one word)."""
    top = max(v)
    return tuple(vocabulary[i] for i, x in enumerate(v) if x == top)


# ---------------------------------------------------------------------------------------------
# the three networks, coded by hand. `over` maps (quantity, step) to a value that replaces what
# the network would compute there (step is None for quantities without _t); every quantity after
# it is computed from the replaced value. With no overrides this is the reference.

MLP_EQUATIONS = [
    "z1 = x @ W1 + b1",
    "a1 = relu(z1)",
    "y = a1 @ W2 + b2",
    "loss = sum((y - target) * (y - target)) / 2",
    "dy = y - target",
    "dW2 = outer(a1, dy)",
    "db2 = dy",
    "da1 = dy @ W2^T",
    "dz1 = da1 * step(z1)",
    "dW1 = outer(x, dz1)",
    "db1 = dz1",
]


def run_mlp(model, over=None):
    over = over or {}
    v = model["values"]
    out = {}

    def put(name, computed):
        out[(name, None)] = over.get((name, None), computed)
        return out[(name, None)]

    x, W1, b1, W2, b2, target = v["x"], v["W1"], v["b1"], v["W2"], v["b2"], v["target"]
    z1 = put("z1", add(vecmat(x, W1), b1))
    a1 = put("a1", relu(z1))
    y = put("y", add(vecmat(a1, W2), b2))
    diff = sub(y, target)
    put("loss", sum(mul(diff, diff), Fraction(0)) / 2)
    dy = put("dy", sub(y, target))
    put("dW2", outer(a1, dy))
    put("db2", list(dy))
    da1 = put("da1", vecmat(dy, transpose(W2)))
    dz1 = put("dz1", mul(da1, step(z1)))
    put("dW1", outer(x, dz1))
    put("db1", list(dz1))
    return out


STACKED_EQUATIONS = [
    "input_t = E[x_t]",
    "low_t = relu(low_{t-1} @ W1 + input_t @ U1)",
    "high_t = relu(high_{t-1} @ W2 + low_t @ U2)",
    "logits_t = high_t @ V",
    "prediction_t = argmax(logits_t)",
]


def run_stacked(model, over=None):
    over = over or {}
    v, vocab = model["values"], model["vocabulary"]
    out = {}

    def put(name, t, computed):
        out[(name, t)] = over.get((name, t), computed)
        return out[(name, t)]

    low, high = v["low_0"], v["high_0"]
    for t, word in enumerate(model["sentence"], start=1):
        inp = put("input", t, list(v["E"][vocab.index(word)]))
        low = put("low", t, relu(add(vecmat(low, v["W1"]), vecmat(inp, v["U1"]))))
        high = put("high", t, relu(add(vecmat(high, v["W2"]), vecmat(low, v["U2"]))))
        logits = put("logits", t, vecmat(high, v["V"]))
        put("prediction", t, argmax_words(logits, vocab))
    return out


JORDAN_EQUATIONS = [
    "hidden_t = relu(E[x_t] @ U + output_{t-1} @ W)",
    "output_t = hidden_t @ V",
    "prediction_t = argmax(output_t)",
]


def run_jordan(model, over=None):
    over = over or {}
    v, vocab = model["values"], model["vocabulary"]
    out = {}

    def put(name, t, computed):
        out[(name, t)] = over.get((name, t), computed)
        return out[(name, t)]

    output = v["output_0"]
    for t, word in enumerate(model["sentence"], start=1):
        e = v["E"][vocab.index(word)]
        hidden = put("hidden", t, relu(add(vecmat(e, v["U"]), vecmat(output, v["W"]))))
        output = put("output", t, vecmat(hidden, v["V"]))
        put("prediction", t, argmax_words(output, vocab))
    return out


CONV_EQUATIONS = [
    "F = conv(X, K) + b",
    "A = relu(F)",
    "P = maxpool(A, 2)",
    "y = sum(P * V) + c",
]


def correlate(X, K):
    """The valid cross-correlation of the image X with the kernel K (the kernel not flipped)."""
    n, m = len(K), len(K[0])
    return [[sum((X[r + i][c + j] * K[i][j] for i in range(n) for j in range(m)), Fraction(0))
             for c in range(len(X[0]) - m + 1)] for r in range(len(X) - n + 1)]


def maxpool(A, size, stride):
    return [[max(A[r + i][c + j] for i in range(size) for j in range(size))
             for c in range(0, len(A[0]) - size + 1, stride)]
            for r in range(0, len(A) - size + 1, stride)]


def run_conv(model, over=None):
    over = over or {}
    v = model["values"]
    out = {}

    def put(name, computed):
        out[(name, None)] = over.get((name, None), computed)
        return out[(name, None)]

    F = put("F", [[x + v["b"] for x in row] for row in correlate(v["X"], v["K"])])
    A = put("A", [relu(row) for row in F])
    P = put("P", maxpool(A, 2, 2))
    if shape(P) == shape(v["V"]):
        put("y", sum((p * w for pr, vr in zip(P, v["V"]) for p, w in zip(pr, vr)), Fraction(0))
            + v["c"])
    return out


KMEANS_EQUATIONS = [
    "d0 = sum((X - C[0])^2, axis=1)",
    "d1 = sum((X - C[1])^2, axis=1)",
    "D = hstack(col(d0), col(d1))",
    "assign = argmin(D, axis=1)",
    "c0 = (assign == 0) @ X / sum(assign == 0)",
    "c1 = (assign == 1) @ X / sum(assign == 1)",
]


def run_kmeans(model, over=None):
    over = over or {}
    v = model["values"]
    out = {}

    def put(name, computed):
        out[(name, None)] = over.get((name, None), computed)
        return out[(name, None)]

    X, C = v["X"], v["C"]
    d = [put("d%d" % k, [sum(((x - c) ** 2 for x, c in zip(point, centroid)), Fraction(0))
                         for point in X]) for k, centroid in enumerate(C)]
    D = put("D", [list(row) for row in zip(*d)])
    assign = put("assign", [Fraction(row.index(min(row))) for row in D])
    for k in range(len(C)):
        members = [point for point, a in zip(X, assign) if a == k]
        if members:
            put("c%d" % k, [sum(coords, Fraction(0)) / len(members) for coords in zip(*members)])
    return out


BIGRAM_EQUATIONS = [
    "n = sum(C, axis=1)",
    "P = (C + 1) / col(n + V)",
    "p = P[0, 1] * P[1, 2] * P[2, 3]",
]


def run_bigram(model, over=None):
    over = over or {}
    v = model["values"]
    out = {}

    def put(name, computed):
        out[(name, None)] = over.get((name, None), computed)
        return out[(name, None)]

    n = put("n", [sum(row, Fraction(0)) for row in v["C"]])
    P = put("P", [[(c + 1) / (total + v["V"]) for c in row] for row, total in zip(v["C"], n)])
    put("p", P[0][1] * P[1][2] * P[2][3])
    return out


EDIT_EQUATIONS = [
    "D_{0,j} = j",
    "D_{i,0} = i",
    "D_{i,j} = min(D_{i-1,j} + 1, D_{i,j-1} + 1, D_{i-1,j-1} + sub * (1 - (source_i == target_j)))",
    "distance = D[9][9]",
]


def edit_table(source, target, sub, own=None):
    """The minimum edit distance table, cell by cell; with own, each cell from own's neighbours."""
    cells = [[None] * (len(target) + 1) for _ in source + " "]
    around = own if own is not None else cells
    for i in range(len(source) + 1):
        for j in range(len(target) + 1):
            if i == 0:
                cells[i][j] = Fraction(j)
            elif j == 0:
                cells[i][j] = Fraction(i)
            else:
                substitute = 0 if source[i - 1] == target[j - 1] else sub
                cells[i][j] = min(around[i - 1][j] + 1, around[i][j - 1] + 1,
                                  around[i - 1][j - 1] + substitute)
    return cells


def run_edit(model, over=None):
    over = over or {}
    source, target = model["sequences"]
    table = over.get(("D", None)) or edit_table(source, target, model["values"]["sub"])
    return {("D", None): table, ("distance", None): table[9][9]}


def edit_own_cells(model, given):
    source, target = model["sequences"]
    return edit_table(source, target, model["values"]["sub"], own=given)


# ---------------------------------------------------------------------------------------------
# rubric loading (values, vocabulary, sentence and questions are data; equations are checked)

def load_rubric(rubric_id, equations):
    with open(os.path.join(REPO, "rubrics", rubric_id + ".json"), encoding="utf-8") as f:
        # Decimals, not floats: 0.1 in a rubric is exactly 1/10.
        rubric = json.load(f, parse_float=Decimal)
    assert rubric["id"] == rubric_id
    assert rubric["model"]["equations"] == equations, (
        rubric_id + ": the rubric's equations changed; update the network coded in compute.py")
    model = {"values": {k: value(x) for k, x in rubric["model"]["values"].items()},
             "vocabulary": rubric["model"].get("vocabulary")}
    if "sentence" in rubric:
        model["sentence"] = rubric["sentence"].split()
    if "steps" in rubric:
        model["steps"] = rubric["steps"]
    if "sequences" in rubric:
        model["sequences"] = list(rubric["sequences"].values())
    items = []  # (key, quantity, step, points, per_entry)
    for q in rubric["questions"]:
        for it in q["items"]:
            items.append((q["id"] + "." + it["item"], it["item"], q.get("step"),
                          Fraction(str(it["points"])), it.get("credit") == "per-entry"))
    return rubric, model, items


def text(x):
    """A value for reference.json / comparisons: numbers as exact strings."""
    if isinstance(x, tuple):  # a prediction
        assert len(x) == 1, "tied prediction " + repr(x)
        return x[0]
    if isinstance(x, list):
        return [text(e) for e in x]
    return str(x)


def write_json(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")


def write_reference(rubric, model, run):
    ref = run(model)
    data = {}
    fixed = {name: text(val) for (name, t), val in ref.items() if t is None}
    if fixed:
        data["quantities"] = fixed
    if "sentence" in model or "steps" in model:
        steps = []
        words = model.get("sentence") or [None] * model["steps"]
        for t, word in enumerate(words, start=1):
            step = {"step": t}
            if word is not None:
                step["word"] = word
            step["values"] = {name: text(val) for (name, s), val in ref.items() if s == t}
            steps.append(step)
        data["steps"] = steps
    write_json(os.path.join(HERE, rubric["id"], "reference.json"), data)
    return ref


# ---------------------------------------------------------------------------------------------
# how students write numbers

def num(x):
    """A number as a student types it: integers plain, halves and the like as decimals."""
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    d = x.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d == 1:
        return repr(x.numerator / x.denominator)
    return str(x)


def json_num(x):
    """A JSON number where exact as a decimal, else the fraction as a string."""
    s = num(x)
    return s if "/" not in s else '"' + s + '"'


def json_value(v):
    if isinstance(v, list):
        return "[" + ", ".join(json_value(e) for e in v) + "]"
    if isinstance(v, str):
        return json.dumps(v)
    return json_num(v)


def pretty(obj, indent="  ", depth=0):
    """JSON as people write it: objects one key a line, lists on one line."""
    if isinstance(obj, dict):
        pad = indent * (depth + 1)
        inner = (",\n").join(pad + json.dumps(k) + ": " + pretty(v, indent, depth + 1)
                             for k, v in obj.items())
        return "{\n" + inner + "\n" + indent * depth + "}"
    if isinstance(obj, list):
        return "[" + ", ".join(pretty(e, indent, depth) for e in obj) + "]"
    return json.dumps(obj, ensure_ascii=False)


def flat(v, sep=", "):
    return sep.join(num(e) for e in v)


def bracket(v):
    if isinstance(v[0], list):
        return "[" + ", ".join(bracket(r) for r in v) + "]"
    return "[" + flat(v) + "]"


def matlab(m):
    return "; ".join(flat(r, " ") for r in m)


def numpy_print(v, floats=True):
    """numpy's print of an int or float array: every entry padded to the widest one."""
    rows = v if isinstance(v[0], list) else [v]

    def one(x):
        s = num(x)
        return (s + ".") if floats and "." not in s else s
    width = max(len(one(x)) for r in rows for x in r)
    lines = ["[" + " ".join(one(x).rjust(width) for x in r) + "]" for r in rows]
    if not isinstance(v[0], list):
        return lines[0]
    return "[" + "\n ".join(lines) + "]"


def cell(s, sep=","):
    if any(c in s for c in (sep, '"', "\n")):
        return '"' + s.replace('"', '""') + '"'
    return s


# ---------------------------------------------------------------------------------------------
# a small reader for what the samples hold (an independent check that each file says what it
# was meant to say; byhand has its own, far more forgiving, reader)

def parse_numbers(s):
    s = s.replace("\u2212", "-").strip()
    if ";" in s:  # MATLAB: rows separated by ;
        return [parse_row(r) for r in s.strip("[]").split(";")]
    if s.startswith("[["):  # a nested list or numpy's multi-line print
        return [parse_row(r) for r in re.findall(r"\[([^\[\]]*)\]", s[1:-1])]
    return parse_row(s.strip("[]"))


def parse_row(r):
    return [Fraction(tok) for tok in re.split(r"[\s,]+", r.strip()) if tok]


def normal_key(k):
    return re.sub(r"[\s_\-]+", ".", k.strip()).lower()


def answer(raw, quantity, vocab, scalar):
    if quantity == "prediction":
        raw = str(raw).strip()
        if raw.isdigit():
            return (vocab[int(raw)],)
        return (next(w for w in vocab if w.lower() == raw.lower()),)
    if isinstance(raw, list):
        return [answer(e, quantity, vocab, False) if isinstance(e, list) else fr(str(e))
                for e in raw]
    if isinstance(raw, (int, float)):
        return Fraction(str(raw))
    got = parse_numbers(raw)
    if scalar:
        assert len(got) == 1 and not isinstance(got[0], list), raw
        return got[0]
    return got


def read_sample(path, items, vocab, ref):
    keys = {key.lower(): (key, quantity, t) for key, quantity, t, *_ in items}
    raw = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        content = f.read()
    if path.endswith(".json"):
        data = json.loads(content)
        for k, v in data.items():
            if isinstance(v, dict):
                for k2, v2 in v.items():
                    raw[normal_key(k + "." + k2)] = v2
            else:
                raw[normal_key(k)] = v
    else:
        first = next(l for l in content.splitlines() if l.strip() and not l.startswith("#"))
        sep = ";" if ";" in first and "," not in first else ","
        for row in csv.reader(io.StringIO(content), delimiter=sep):
            cells = [c for c in row if c.strip()]
            if not cells or cells[0].startswith("#") or cells[0].lower() in ("question", "key"):
                continue
            rest = cells[1:]
            if not rest:  # the key with nothing after it: missing
                continue
            raw[normal_key(cells[0])] = rest[0] if len(rest) == 1 else [c.strip() for c in rest]
    got = {}
    for k, v in raw.items():
        assert k in keys, path + ": unexpected key " + k
        key, quantity, t = keys[k]
        got[key] = answer(v, quantity, vocab, shape(ref[(quantity, t)]) == ())
    return got


# ---------------------------------------------------------------------------------------------
# grading as a careful TA under byhand's rules

def shape(v):
    if isinstance(v, tuple):
        return "token"
    if isinstance(v, list):
        return (len(v),) + (shape(v[0]) if v and isinstance(v[0], list) else ())
    return ()


def entries(v):
    if isinstance(v, list):
        return [x for e in v for x in entries(e)]
    return [v]


def readable(given, ref):
    """Usable for follow-through: the right shape and not a placeholder of zeros."""
    if shape(given) != shape(ref):
        return False
    if isinstance(given, tuple):
        return True
    return any(x != 0 for x in entries(given))


def same(given, expected):
    if isinstance(expected, tuple):  # a prediction: any token tied for the largest
        return isinstance(given, tuple) and given[0] in expected
    return shape(given) == shape(expected) and entries(given) == entries(expected)


def grade(model, run, items, ref, answers):
    verdicts, points = {}, {}
    for key, quantity, t, pts, per_entry in items:
        if key not in answers:
            verdicts[key], points[key] = "missing", Fraction(0)
            continue
        given, expected = answers[key], ref[(quantity, t)]
        if same(given, expected):
            verdicts[key], points[key] = "correct", pts
            continue
        # follow-through: every other answer the student gave readably takes the student's
        # value; whatever the rubric does not ask for is recomputed from those.
        over = {}
        for k2, q2, t2, *_ in items:
            if k2 != key and k2 in answers and readable(answers[k2], ref[(q2, t2)]):
                over[(q2, t2)] = answers[k2]
        own = run(model, over)[(quantity, t)]
        assert not (isinstance(own, tuple) and len(own) > 1), key + ": tie in the student's own logits"
        if same(given, own):
            verdicts[key], points[key] = "followthrough", pts
            continue
        if quantity in model.get("tables", {}) and shape(given) == shape(expected):
            # a table, cell by cell: right, or what the rule gives from the student's own cells
            # around it (follow-through), or wrong
            g = entries(given)
            local = entries(model["tables"][quantity](model, given))
            right = sum(a == b for a, b in zip(g, entries(expected)))
            carried = sum(a != b and a == c for a, b, c in zip(g, entries(expected), local))
            if right + carried == len(g):
                verdicts[key], points[key] = "followthrough", pts
            elif per_entry and right + carried > 0:
                verdicts[key], points[key] = "partial", pts * (right + carried) / len(g)
            else:
                verdicts[key], points[key] = "incorrect", Fraction(0)
            continue
        if per_entry and shape(given) == shape(expected):
            g = entries(given)
            right = max(sum(a == b for a, b in zip(g, entries(expected))),
                        sum(a == b for a, b in zip(g, entries(own))))
            if right > 0:
                verdicts[key], points[key] = "partial", pts * right / len(g)
                continue
        verdicts[key], points[key] = "incorrect", Fraction(0)
    return verdicts, points


# ---------------------------------------------------------------------------------------------
# the students

def answers_from(trace, items, drop=(), replace=None):
    got = {key: trace[(quantity, t)] for key, quantity, t, *_ in items if key not in drop}
    got.update(replace or {})
    return got


def mlp_students(model, ref, items):
    v = model["values"]
    z1 = ref[("z1", None)]
    students = []

    # ana: all right; nested JSON, matrices as nested lists, the loss as a decimal
    a = answers_from(ref, items)
    students.append(("ana.json", a, lambda a: (
        "{\n"
        '  "q1": {"z1": ' + json_value(a["q1.z1"]) + ', "a1": ' + json_value(a["q1.a1"])
        + ', "y": ' + json_value(a["q1.y"]) + "},\n"
        '  "q2": {"loss": ' + json_value(a["q2.loss"]) + ', "dy": ' + json_value(a["q2.dy"]) + "},\n"
        '  "q3": {\n'
        '    "dW2": ' + json_value(a["q3.dW2"]) + ",\n"
        '    "db2": ' + json_value(a["q3.db2"]) + ",\n"
        '    "da1": ' + json_value(a["q3.da1"]) + "\n"
        "  },\n"
        '  "q4": {\n'
        '    "dz1": ' + json_value(a["q4.dz1"]) + ",\n"
        '    "dW1": ' + json_value(a["q4.dW1"]) + "\n"
        "  }\n"
        "}\n")))

    # ben-okoro: slip in z1[0]: 3 + (-1) written as 4 (the bias added with the wrong sign);
    # everything after it computed correctly from his z1
    z1_ben = [z1[0] + 2] + z1[1:]
    ben = run_mlp(model, {("z1", None): z1_ben})
    b = answers_from(ben, items)
    students.append(("ben-okoro.csv", b, lambda a: (
        "question,answer\n"
        + "q1.z1," + flat(a["q1.z1"], ",") + "\n"
        + "q1.a1," + flat(a["q1.a1"], ",") + "\n"
        + "q1.y," + flat(a["q1.y"], ",") + "\n"
        + "q2.loss," + num(a["q2.loss"]) + "\n"
        + "q2.dy," + flat(a["q2.dy"], ",") + "\n"
        + "q3.dW2," + cell(bracket(a["q3.dW2"])) + "\n"
        + "q3.db2," + flat(a["q3.db2"], ",") + "\n"
        + "q3.da1," + flat(a["q3.da1"], ",") + "\n"
        + "q4.dz1," + flat(a["q4.dz1"], ",") + "\n"
        + "q4.dW1," + cell(bracket(a["q4.dW1"])) + "\n")))

    # carla-mendes: forgot the ReLU (a1 = z1, the negative entry kept) and carried it through;
    # in the backward pass she still multiplies by step(z1)
    carla = run_mlp(model, {("a1", None): list(z1)})
    c = answers_from(carla, items)
    students.append(("carla-mendes.json", c, lambda a: pretty({
        "q1": {"z1": flat(a["q1.z1"], " "), "a1": flat(a["q1.a1"], " "), "y": flat(a["q1.y"], " ")},
        "q2": {"loss": num(a["q2.loss"]), "dy": flat(a["q2.dy"], " ")},
        "q3": {"dW2": bracket(a["q3.dW2"]), "db2": flat(a["q3.db2"], " "),
               "da1": flat(a["q3.da1"], " ")},
        "q4": {"dz1": flat(a["q4.dz1"], " "), "dW1": bracket(a["q4.dW1"])},
    }, indent="    ") + "\n"))

    # dmitri: left db2 and dW1 out; the rest right
    d = answers_from(ref, items, drop=("q3.db2", "q4.dW1"))
    students.append(("dmitri.csv", d, lambda a: (
        "# Dmitri Volkov, HW4 backprop\n"
        "# q1 forward\n"
        + "Q1 z1," + cell(bracket(a["q1.z1"])) + "\n"
        + "Q1 a1," + cell(bracket(a["q1.a1"])) + "\n"
        + "Q1 y," + cell(bracket(a["q1.y"])) + "\n"
        "\n# q2\n"
        + "Q2 loss," + num(a["q2.loss"]) + "\n"
        + "Q2 dy," + cell(bracket(a["q2.dy"])) + "\n"
        "\n# q3 (dW2 = a1^T dy)\n"
        + "Q3 dW2," + cell(bracket(a["q3.dW2"])) + "\n"
        + "Q3 da1," + cell(bracket(a["q3.da1"])) + "\n"
        "\n# q4\n"
        + "Q4 dz1," + cell(bracket(a["q4.dz1"])) + "\n")))

    # elif-yilmaz: all right; checked everything in numpy and pasted the prints
    e = answers_from(ref, items)
    students.append(("elif-yilmaz.csv", e, lambda a: (
        "key,value\n"
        + "q1_z1," + numpy_print(a["q1.z1"]) + "\n"
        + "q1_a1," + numpy_print(a["q1.a1"]) + "\n"
        + "q1_y," + numpy_print(a["q1.y"]) + "\n"
        + "q2_loss," + num(a["q2.loss"]) + "\n"
        + "q2_dy," + numpy_print(a["q2.dy"]) + "\n"
        + "q3_dW2," + cell(numpy_print(a["q3.dW2"], floats=False)) + "\n"
        + "q3_db2," + numpy_print(a["q3.db2"]) + "\n"
        + "q3_da1," + numpy_print(a["q3.da1"]) + "\n"
        + "q4_dz1," + numpy_print(a["q4.dz1"]) + "\n"
        + "q4_dW1," + cell(numpy_print(a["q4.dW1"])) + "\n")))

    # fatima: MATLAB-style matrices; forgot the 1/2 in the loss; dW1 written as outer(dz1, x),
    # i.e. transposed
    f = answers_from(ref, items, replace={
        "q2.loss": ref[("loss", None)] * 2,
        "q4.dW1": outer(ref[("dz1", None)], v["x"]),
    })
    students.append(("fatima.json", f, lambda a: pretty({
        "q1.z1": [int(x) for x in a["q1.z1"]], "q1.a1": [int(x) for x in a["q1.a1"]],
        "q1.y": [int(x) for x in a["q1.y"]],
        "q2.loss": int(a["q2.loss"]), "q2.dy": [int(x) for x in a["q2.dy"]],
        "q3.dW2": matlab(a["q3.dW2"]), "q3.db2": [int(x) for x in a["q3.db2"]],
        "q3.da1": [int(x) for x in a["q3.da1"]],
        "q4.dz1": [int(x) for x in a["q4.dz1"]], "q4.dW1": matlab(a["q4.dW1"]),
    }) + "\n"))
    return students


def words(p):
    return p[0]


def rnn_json_flat(a, vocab, as_string=False):
    out = {}
    for k, x in a.items():
        if isinstance(x, tuple):
            out[k] = words(x)
        else:
            out[k] = flat(x, " ") if as_string else [int(e) for e in x]
    return pretty(out) + "\n"


def stacked_students(model, ref, items):
    v, vocab = model["values"], model["vocabulary"]
    students = []

    # amara: all right; nested JSON
    a = answers_from(ref, items)
    students.append(("amara.json", a, lambda a: (
        "{\n"
        + '  "q1": {"low": ' + json_value(a["q1.low"]) + ', "high": ' + json_value(a["q1.high"])
        + ', "logits": ' + json_value(a["q1.logits"]) + ', "prediction": '
        + json.dumps(words(a["q1.prediction"])) + "},\n"
        + '  "q2": {"low": ' + json_value(a["q2.low"]) + ', "high": ' + json_value(a["q2.high"])
        + ', "logits": ' + json_value(a["q2.logits"]) + ', "prediction": '
        + json.dumps(words(a["q2.prediction"])) + "},\n"
        + '  "q3": {"high": ' + json_value(a["q3.high"]) + ', "prediction": '
        + json.dumps(words(a["q3.prediction"])) + "}\n"
        "}\n")))

    # bruno-silva: slip in low_1[1]: 1*1 + 0*(-1) + 1*(-1) + 1 = 1, the -1 dropped, written 2;
    # everything after it computed correctly from his low_1
    low1 = list(ref[("low", 1)])
    low1[1] += 1
    bruno = run_stacked(model, {("low", 1): low1})
    b = answers_from(bruno, items)
    students.append(("bruno-silva.csv", b, lambda a: "".join(
        k + "," + (words(x) if isinstance(x, tuple) else flat(x, ",")) + "\n"
        for k, x in a.items())))

    # chloe: forgot the ReLU on the upper layer at step 1 (kept its negative entry) and carried
    # it through; everywhere else she applies the ReLU
    pre_high1 = add(vecmat(v["high_0"], v["W2"]), vecmat(ref[("low", 1)], v["U2"]))
    assert any(x < 0 for x in pre_high1), "the ReLU must bite on high at step 1"
    chloe = run_stacked(model, {("high", 1): pre_high1})
    c = answers_from(chloe, items)
    students.append(("chloe.json", c, lambda a: rnn_json_flat(a, vocab, as_string=True)))

    # daniel-park: left q2.logits and q3.high out; predictions as token ids
    d = answers_from(ref, items, drop=("q2.logits", "q3.high"))
    students.append(("daniel-park.csv", d, lambda a: (
        "Question,Answer\n"
        "# step 1 (BOS)\n"
        + "q1 low," + cell(bracket(a["q1.low"])) + "\n"
        + "q1 high," + cell(bracket(a["q1.high"])) + "\n"
        + "q1 logits," + cell(bracket(a["q1.logits"])) + "\n"
        + "q1 prediction," + str(vocab.index(words(a["q1.prediction"]))) + "\n"
        "# step 2 (birds)\n"
        + "q2 low," + cell(bracket(a["q2.low"])) + "\n"
        + "q2 high," + cell(bracket(a["q2.high"])) + "\n"
        + "q2 logits,\n"
        + "q2 prediction," + str(vocab.index(words(a["q2.prediction"]))) + "\n"
        "# step 3: did not finish\n"
        + "q3 prediction," + str(vocab.index(words(a["q3.prediction"]))) + "\n")))

    # eva: all right; vectors pasted from numpy prints (float arrays)
    e = answers_from(ref, items)
    students.append(("eva.csv", e, lambda a: "".join(
        k + "," + (words(x) if isinstance(x, tuple) else cell(numpy_print(x))) + "\n"
        for k, x in a.items())))

    # farid: gave the sentence's next word at step 3 (loudly) instead of the model's argmax
    f = answers_from(ref, items, replace={"q3.prediction": ("loudly",)})
    assert ref[("prediction", 3)] != ("loudly",)
    students.append(("farid.json", f, lambda a: rnn_json_flat(a, vocab)))
    return students


def jordan_students(model, ref, items):
    v, vocab = model["values"], model["vocabulary"]
    students = []

    # ines: all right; flat JSON
    a = answers_from(ref, items)
    students.append(("ines.json", a, lambda a: rnn_json_flat(a, vocab)))

    # jakub: slip in output_1[2]: 1*(-2) + 0*(-1) + 1*2 = 0, written 2; carried through
    out1 = list(ref[("output", 1)])
    out1[2] += 2
    jakub = run_jordan(model, {("output", 1): out1})
    b = answers_from(jakub, items)
    students.append(("jakub.csv", b, lambda a: (
        "question,answer\n"
        + "".join(k + "," + (words(x) if isinstance(x, tuple) else cell(bracket(x))) + "\n"
                  for k, x in a.items()))))

    # kemal: forgot the ReLU at step 1 (hidden_1 keeps its negative entry), carried through
    pre1 = add(vecmat(v["E"][vocab.index(model["sentence"][0])], v["U"]),
               vecmat(v["output_0"], v["W"]))
    assert any(x < 0 for x in pre1), "the ReLU must bite at step 1"
    kemal = run_jordan(model, {("hidden", 1): pre1})
    c = answers_from(kemal, items)
    students.append(("kemal.json", c, lambda a: pretty({
        q: {k.split(".")[1]: (words(x) if isinstance(x, tuple) else [int(e) for e in x])
            for k, x in a.items() if k.startswith(q + ".")}
        for q in ("q1", "q2", "q3")}) + "\n"))

    # lucia-fernandez: left q2.output and q3.hidden out
    d = answers_from(ref, items, drop=("q2.output", "q3.hidden"))
    students.append(("lucia-fernandez.csv", d, lambda a: (
        "# Lucia Fernandez - Jordan network\n"
        + "".join(k.replace(".", "_") + ","
                  + (words(x) if isinstance(x, tuple) else flat(x, ",")) + "\n"
                  for k, x in a.items()))))

    # mei: all right; numpy prints, predictions as token ids
    e = answers_from(ref, items)
    students.append(("mei.csv", e, lambda a: "".join(
        k + "," + (str(vocab.index(words(x))) if isinstance(x, tuple)
                   else cell(numpy_print(x, floats=False))) + "\n"
        for k, x in a.items())))

    # noah: European spreadsheet export (BOM, ;, CRLF); gave the sentence's next word at step 1
    f = answers_from(ref, items, replace={"q1.prediction": (model["sentence"][1],)})
    assert ref[("prediction", 1)] != (model["sentence"][1],)
    students.append(("noah.csv", f, lambda a: "\ufeff" + "Question;Answer;;;;\r\n" + "".join(
        k + ";" + (words(x) if isinstance(x, tuple) else ";".join(num(e) for e in x))
        + "\r\n" for k, x in a.items())))
    return students


def conv_students(model, ref, items):
    v = model["values"]
    students = []

    # ana: all right; matrices as nested lists in quoted CSV cells
    a = answers_from(ref, items)
    students.append(("ana.csv", a, lambda a: (
        "question,answer\n"
        + "".join(k + "," + (cell(bracket(x)) if isinstance(x, list) else num(x)) + "\n"
                  for k, x in a.items()))))

    # ben: subtracted the bias twice at F[1][1] (4 instead of 6); everything after it computed
    # correctly from his F
    F = [list(r) for r in ref[("F", None)]]
    F[1][1] -= 2
    ben = run_conv(model, {("F", None): F})
    b = answers_from(ben, items)
    students.append(("ben.json", b, lambda a: pretty({
        k: ([[int(e) for e in r] for r in x] if isinstance(x, list) else int(x))
        for k, x in a.items()}) + "\n"))

    # cy: flipped the kernel (true convolution, as in a signals course) and carried it through
    flipped = [list(reversed(r)) for r in reversed(v["K"])]
    F_cy = [[x + v["b"] for x in row] for row in correlate(v["X"], flipped)]
    cy = run_conv(model, {("F", None): F_cy})
    c = answers_from(cy, items)
    students.append(("cy.csv", c, lambda a: (
        "# Cy Okafor, conv layer\n"
        + "".join(k + "," + (cell(matlab(x)) if isinstance(x, list) else num(x)) + "\n"
                  for k, x in a.items()))))

    # dee: pooled with windows moved one entry at a time (a 3 x 3 map) and so could not finish y
    d = answers_from(ref, items, drop=("q3.y",),
                     replace={"q2.P": maxpool(ref[("A", None)], 2, 1)})
    students.append(("dee.json", d, lambda a: pretty({
        "q1": {"F": numpy_print(a["q1.F"], floats=False)},
        "q2": {"A": numpy_print(a["q2.A"], floats=False),
               "P": numpy_print(a["q2.P"], floats=False)},
    }) + "\n"))

    # eli: European spreadsheet export; gave the feature map and the pooled map only
    e = answers_from(ref, items, drop=("q2.A", "q3.y"))
    students.append(("eli.csv", e, lambda a: "\ufeff" + "Question;Answer\r\n" + "".join(
        k + ";" + bracket(x) + "\r\n" for k, x in a.items())))
    return students


def kmeans_students(model, ref, items):
    students = []

    # ana: all right; the distances one row a line, as a spreadsheet holds them
    a = answers_from(ref, items)
    students.append(("ana.csv", a, lambda a: (
        "question,answer\n"
        + "".join(k + "," + (cell(bracket(x)) if isinstance(x[0], list) else flat(x, ",")) + "\n"
                  for k, x in a.items()))))

    # ben: the distance of (3, 3) to (1, 1) written 4 instead of 8, so (3, 3) went to centroid 0;
    # the assignment and both centroids computed correctly from that
    D = [list(r) for r in ref[("D", None)]]
    D[3][0] = Fraction(4)
    ben = run_kmeans(model, {("D", None): D})
    b = answers_from(ben, items)
    students.append(("ben.json", b, lambda a: pretty({
        "q1": {"D": [[int(e) for e in r] for r in a["q1.D"]]},
        "q2": {"assign": [int(e) for e in a["q2.assign"]]},
        "q3": {"c0": [num(e) for e in a["q3.c0"]], "c1": [num(e) for e in a["q3.c1"]]},
    }) + "\n"))

    # cy: numbered the clusters from 1, as the lecture's slides do; the centroids right
    c = answers_from(ref, items, replace={"q2.assign": [x + 1 for x in ref[("assign", None)]]})
    students.append(("cy.csv", c, lambda a: (
        "# Cy, k-means homework\n"
        + "q1.D," + cell(matlab(a["q1.D"])) + "\n"
        + "q2.assign," + flat(a["q2.assign"], " ") + "\n"
        + "q3.c0," + flat(a["q3.c0"], ",") + "\n"
        + "q3.c1," + flat(a["q3.c1"], ",") + "\n")))

    # dee: skipped the distance matrix and the second centroid
    d = answers_from(ref, items, drop=("q1.D", "q3.c1"))
    students.append(("dee.csv", d, lambda a: "".join(
        k + "," + flat(x, ",") + "\n" for k, x in a.items())))
    return students


def bigram_students(model, ref, items):
    students = []

    # ana: all right, fractions as fractions
    a = answers_from(ref, items)
    students.append(("ana.csv", a, lambda a: (
        "question,answer\n"
        + "q1.n," + flat(a["q1.n"], ",") + "\n"
        + "q2.P," + cell(bracket(a["q2.P"])) + "\n"
        + "q3.p," + num(a["q3.p"]) + "\n")))

    # ben: counted the row of "like" as 4 (missed the like -> I bigram); P's row and p from that
    n = list(ref[("n", None)])
    n[2] -= 1
    ben = run_bigram(model, {("n", None): n})
    b = answers_from(ben, items)
    students.append(("ben.json", b, lambda a: pretty({
        "q1.n": [int(e) for e in a["q1.n"]],
        "q2.P": [[num(e) for e in r] for r in a["q2.P"]],
        "q3.p": num(a["q3.p"]),
    }) + "\n"))

    # cy: added V to the denominator but forgot the one in the numerator, carried through
    cy = run_bigram(model, {("P", None): [[c / (total + model["values"]["V"]) for c in row]
                                          for row, total in zip(model["values"]["C"],
                                                                ref[("n", None)])]})
    c = answers_from(cy, items)
    students.append(("cy.csv", c, lambda a: (
        "q1.n," + flat(a["q1.n"], ",") + "\n"
        + "q2.P," + cell(matlab(a["q2.P"])) + "\n"
        + "q3.p," + num(a["q3.p"]) + "\n")))

    # dee: only the totals and the sentence's probability
    d = answers_from(ref, items, drop=("q2.P",))
    students.append(("dee.csv", d, lambda a: (
        "q1.n," + flat(a["q1.n"], ",") + "\n" + "q3.p," + num(a["q3.p"]) + "\n")))
    return students


FORWARD_EQUATIONS = [
    "alpha_1 = pi * B[:, x_1]",
    "alpha_t = (alpha_{t-1} @ A) * B[:, x_t]",
    "total = sum(alpha[2])",
]


def emission(v, vocab, word):
    """B[:, x_t]: how likely each state emits the word."""
    return [row[vocab.index(word)] for row in v["B"]]


def run_forward(model, over=None):
    over = over or {}
    v, vocab = model["values"], model["vocabulary"]
    out = {}

    def put(name, t, computed):
        out[(name, t)] = over.get((name, t), computed)
        return out[(name, t)]

    alpha = None
    for t, word in enumerate(model["sentence"], start=1):
        start = v["pi"] if t == 1 else vecmat(alpha, v["A"])
        alpha = put("alpha", t, mul(start, emission(v, vocab, word)))
    put("total", None, sum(out[("alpha", 3)], Fraction(0)))
    return out


VITERBI_EQUATIONS = [
    "v_1 = pi * B[:, x_1]",
    "v_t = max(col(v_{t-1}) * A, axis=0) * B[:, x_t]",
    "bp_1 = 0 * pi",
    "bp_t = argmax(col(v_{t-1}) * A, axis=0)",
    "best = max(v[2])",
    "last = argmax(v[2])",
    "middle = bp[2][last]",
    "path = concat(bp[1][middle], middle, last)",
]


def run_viterbi(model, over=None, combine=max):
    """The trellis; `combine` is how the paths into a state are joined (max; sum is forward)."""
    over = over or {}
    v, vocab = model["values"], model["vocabulary"]
    out = {}

    def put(name, t, computed):
        out[(name, t)] = over.get((name, t), computed)
        return out[(name, t)]

    states = range(len(v["pi"]))
    trellis = None
    for t, word in enumerate(model["sentence"], start=1):
        emit = emission(v, vocab, word)
        if t == 1:
            trellis = put("v", t, mul(v["pi"], emit))
            put("bp", t, [Fraction(0) for _ in states])
            continue
        into = [[trellis[i] * v["A"][i][j] for i in states] for j in states]
        joined = [combine(paths) if combine is max else sum(paths, Fraction(0)) for paths in into]
        back = [Fraction(paths.index(max(paths))) for paths in into]
        trellis = put("v", t, mul(joined, emit))
        put("bp", t, back)
    final = out[("v", 3)]
    put("best", None, max(final))
    last = put("last", None, Fraction(final.index(max(final))))
    middle = put("middle", None, out[("bp", 3)][int(last)])
    put("path", None, [out[("bp", 2)][int(middle)], middle, last])
    return out


def forward_students(model, ref, items):
    v, vocab = model["values"], model["vocabulary"]
    students = []

    # olga: all right; nested JSON with decimals
    a = answers_from(ref, items)
    students.append(("olga.json", a, lambda a: pretty({
        q: {k.split(".")[1]: (json.loads(json_value(x)) if "/" not in json_value(x) else x)
            for k, x in a.items() if k.startswith(q + ".")}
        for q in ("q1", "q2", "q3", "q4")}) + "\n"))

    # pablo: slip in alpha_1[1]: 0.2 * 0.1 written 0.2 (the emission left out of one entry);
    # everything after it computed from his alpha_1
    alpha1 = list(ref[("alpha", 1)])
    alpha1[1] = v["pi"][1]
    pablo = run_forward(model, {("alpha", 1): alpha1})
    b = answers_from(pablo, items)
    students.append(("pablo.csv", b, lambda a: "question,answer\n" + "".join(
        k + "," + (num(x) if not isinstance(x, list) else flat(x, ",")) + "\n"
        for k, x in a.items())))

    # quinn: at step 2 forgot to multiply by the emission B[:, x_2] and carried it on
    quinn = run_forward(model, {("alpha", 2): vecmat(ref[("alpha", 1)], v["A"])})
    c = answers_from(quinn, items)
    students.append(("quinn.csv", c, lambda a: "".join(
        k + "," + (num(x) if not isinstance(x, list) else cell(bracket(x))) + "\n"
        for k, x in a.items())))

    # rosa: stopped after step 2 (alpha_3 and the total left out); wrote fractions
    d = answers_from(ref, items, drop=("q3.alpha", "q4.total"))
    students.append(("rosa.json", d, lambda a: pretty(
        {k: [str(e) for e in x] for k, x in a.items()}) + "\n"))
    return students


def viterbi_students(model, ref, items):
    students = []

    # sam: all right; flat JSON
    a = answers_from(ref, items)
    students.append(("sam.json", a, lambda a: pretty(
        {k: (json.loads(json_value(x))) for k, x in a.items()}) + "\n"))

    # tara: took the sum of the paths into each state (the forward algorithm) instead of their
    # max, from step 2 on; her backpointers, best path and probability follow from her trellis
    tara = run_viterbi(model, combine=sum)
    b = answers_from(tara, items)
    students.append(("tara.csv", b, lambda a: "question,answer\n" + "".join(
        k + "," + (num(x) if not isinstance(x, list) else flat(x, ",")) + "\n"
        for k, x in a.items())))

    # ugo: slip in v_2[1]: 0.128 * 0.5 written 0.64; carried through to the end
    v2 = list(ref[("v", 2)])
    v2[1] = v2[1] * 10
    ugo = run_viterbi(model, {("v", 2): v2})
    c = answers_from(ugo, items)
    students.append(("ugo.csv", c, lambda a: "".join(
        k + "," + (num(x) if not isinstance(x, list) else cell(bracket(x))) + "\n"
        for k, x in a.items())))

    # vera: did the trellis, left the backpointers and the path out
    d = answers_from(ref, items, drop=("q2.bp", "q3.bp", "q4.path"))
    students.append(("vera.json", d, lambda a: pretty(
        {k: (json.loads(json_value(x))) for k, x in a.items()}) + "\n"))

    # wen: European spreadsheet export; counted the states from 1 in the path
    e = answers_from(ref, items, replace={"q4.path": [x + 1 for x in ref[("path", None)]]})
    students.append(("wen.csv", e, lambda a: "\ufeff" + "Question;Answer\r\n" + "".join(
        k + ";" + (num(x) if not isinstance(x, list)
                   else " ".join(num(y) for y in x)) + "\r\n" for k, x in a.items())))
    return students


GD_EQUATIONS = [
    "grad_t = 2 * c * (w_{t-1} - m)",
    "w_t = w_{t-1} - lr * grad_t",
    "loss_t = sum(c * (w_t - m)^2)",
]


def run_gd(model, over=None, sign=-1):
    """Gradient descent on sum(c * (w - m)^2); `sign` +1 is a student who adds the step."""
    over = over or {}
    v = model["values"]
    out = {}

    def put(name, t, computed):
        out[(name, t)] = over.get((name, t), computed)
        return out[(name, t)]

    w = v["w_0"]
    for t in range(1, model["steps"] + 1):
        grad = put("grad", t, [2 * c * (x - m) for c, x, m in zip(v["c"], w, v["m"])])
        w = put("w", t, [x + sign * v["lr"] * g for x, g in zip(w, grad)])
        put("loss", t, sum((c * (x - m) ** 2 for c, x, m in zip(v["c"], w, v["m"])), Fraction(0)))
    return out


def gd_students(model, ref, items):
    students = []

    # xena: all right; nested JSON
    a = answers_from(ref, items)
    students.append(("xena.json", a, lambda a: pretty({
        q: {k.split(".")[1]: json.loads(json_value(x)) for k, x in a.items()
            if k.startswith(q + ".")}
        for q in ("q1", "q2", "q3")}) + "\n"))

    # yusuf: adds lr * grad instead of subtracting it, at every step (gradient ascent); his
    # gradients are right at his own weights
    yusuf = run_gd(model, sign=1)
    b = answers_from(yusuf, items)
    students.append(("yusuf.csv", b, lambda a: "question,answer\n" + "".join(
        k + "," + (num(x) if not isinstance(x, list) else flat(x, ",")) + "\n"
        for k, x in a.items())))

    # zoe: slip in grad_1[1]: 2 * 2 * (0 + 1) = 4 written 8; carried through
    grad1 = list(ref[("grad", 1)])
    grad1[1] = grad1[1] * 2
    zoe = run_gd(model, {("grad", 1): grad1})
    c = answers_from(zoe, items)
    students.append(("zoe.csv", c, lambda a: "".join(
        k + "," + (num(x) if not isinstance(x, list) else cell(bracket(x))) + "\n"
        for k, x in a.items())))

    # abe: stopped after step 2; wrote fractions
    d = answers_from(ref, items, drop=("q3.w", "q3.loss"))
    students.append(("abe.json", d, lambda a: pretty(
        {k: [str(e) for e in x] for k, x in a.items()}) + "\n"))
    return students


def edit_students(model, ref, items):
    source, target = model["sequences"]
    table = ref[("D", None)]
    students = []

    def rows(t):
        return "[" + ",\n ".join(bracket(r) for r in t) + "]"

    # ana: all right; nested JSON, the table as a list of rows
    a = answers_from(ref, items)
    students.append(("ana.json", a, lambda a: (
        "{\n"
        '  "q1": {"D": [\n    ' + ",\n    ".join(json_value(r) for r in a["q1.D"]) + "\n  ]},\n"
        '  "q2": {"distance": ' + json_value(a["q2.distance"]) + "}\n"
        "}\n")))

    # ben: one slip, D_{6,6} written 9 for 8 (he missed that t matches t), every later cell
    # computed from his own, so his distance is 9
    slipped = [row[:] for row in table]
    slipped[6][6] += 1
    for i in range(6, len(source) + 1):
        for j in range(1, len(target) + 1):
            if (i, j) > (6, 6):
                substitute = 0 if source[i - 1] == target[j - 1] else model["values"]["sub"]
                slipped[i][j] = min(slipped[i - 1][j] + 1, slipped[i][j - 1] + 1,
                                    slipped[i - 1][j - 1] + substitute)
    b = answers_from(ref, items, replace={"q1.D": slipped, "q2.distance": slipped[9][9]})
    students.append(("ben.csv", b, lambda a: (
        "question,answer\n"
        "q1.D," + cell(rows(a["q1.D"])) + "\n"
        "q2.distance," + num(a["q2.distance"]) + "\n")))

    # carla: a substitution costs 1 (plain Levenshtein), so the distance is 5
    unit = edit_table(source, target, 1)
    c = answers_from(ref, items, replace={"q1.D": unit, "q2.distance": unit[9][9]})
    students.append(("carla.csv", c, lambda a: (
        "# Carla, HW3 edit distance\n"
        "q1 D," + cell(bracket(a["q1.D"])) + "\n"
        "q2 distance," + num(a["q2.distance"]) + "\n")))

    # dev: left the table out, gave the distance only
    d = answers_from(ref, items, drop=("q1.D",))
    students.append(("dev.csv", d, lambda a: (
        "key,value\n"
        "q2.distance," + num(a["q2.distance"]) + "\n")))

    # erin: one cell copied wrong (D_{5,2} as 6 for 4) but carried nothing forward
    typo = [row[:] for row in table]
    typo[5][2] = Fraction(6)
    e = answers_from(ref, items, replace={"q1.D": typo})
    students.append(("erin.json", e, lambda a: (
        '{"q1.D": ' + json_value(a["q1.D"]) + ', "q2.distance": ' + json_value(a["q2.distance"])
        + "}\n")))
    return students


# ---------------------------------------------------------------------------------------------

NETWORKS = [
    ("mlp-backprop", MLP_EQUATIONS, run_mlp, mlp_students),
    ("stacked-rnn", STACKED_EQUATIONS, run_stacked, stacked_students),
    ("jordan-rnn", JORDAN_EQUATIONS, run_jordan, jordan_students),
    ("conv-pool", CONV_EQUATIONS, run_conv, conv_students),
    ("kmeans-step", KMEANS_EQUATIONS, run_kmeans, kmeans_students),
    ("bigram-add-one", BIGRAM_EQUATIONS, run_bigram, bigram_students),
    ("hmm-forward", FORWARD_EQUATIONS, run_forward, forward_students),
    ("viterbi", VITERBI_EQUATIONS, run_viterbi, viterbi_students),
    ("gradient-descent", GD_EQUATIONS, run_gd, gd_students),
    ("edit-distance", EDIT_EQUATIONS, run_edit, edit_students),
]


def check_reference(rubric, model, ref, items):
    """The exercise is a good one: unique argmax wherever a prediction is asked."""
    for key, quantity, t, *_ in items:
        if quantity == "prediction":
            assert len(ref[(quantity, t)]) == 1, key + ": tied prediction"


def main():
    for rubric_id, equations, run, make_students in NETWORKS:
        rubric, model, items = load_rubric(rubric_id, equations)
        if rubric_id == "edit-distance":
            model["tables"] = {"D": edit_own_cells}
        ref = write_reference(rubric, model, run)
        check_reference(rubric, model, ref, items)
        sample_dir = os.path.join(REPO, "samples", rubric_id)
        os.makedirs(sample_dir, exist_ok=True)
        report = []
        for file_name, meant, render in make_students(model, ref, items):
            path = os.path.join(sample_dir, file_name)
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(render(meant))
            read = read_sample(path, items, model["vocabulary"], ref)
            assert set(read) == set(meant), (path, set(read) ^ set(meant))
            for k in meant:
                assert same(read[k], meant[k]) and shape(read[k]) == shape(meant[k]), \
                    (path, k, read[k], meant[k])
            for k, x in read.items():
                if isinstance(x, tuple):
                    assert len(x) == 1
            verdicts, points = grade(model, run, items, ref, read)
            report.append({
                "id": os.path.splitext(file_name)[0],
                "file": file_name,
                "items": verdicts,
                "points": {k: str(p) for k, p in points.items()},
            })
        write_json(os.path.join(HERE, rubric_id, "expected.json"), {"students": report})
        total = sum((it[3] for it in items), Fraction(0))
        print(rubric_id + ":", len(report), "students; max", total)
        for s in report:
            score = sum((Fraction(p) for p in s["points"].values()), Fraction(0))
            odd = {k: v for k, v in s["items"].items() if v != "correct"}
            print("  %-22s %6s  %s" % (s["file"], score, odd or "all correct"))


if __name__ == "__main__":
    main()
