#!/usr/bin/env python3
"""Independent reference and verdicts for the inexact rubrics (attention, lstm-step, cross-entropy,
batch-norm, entropy-gain, tfidf-cosine, two-head-attention, gru-step).

Python's decimal module at 50 digits, nothing shared with byhand. Each network is coded by hand below;
each sample student is simulated the way students work: rounding every answer to the decimals the
question asks and computing the next answer from their own rounded numbers, with their slips. The
script writes samples/<id>/*, and <id>/reference.json and <id>/expected.json here, where a careful TA
applies byhand's rules: an inexact item is right when every entry lies within the tolerance of the
reference; else it is follow-through when it lies within the tolerance of what the equations give
from the student's other answers (right shape, not all zeros), and simply correct when those answers
are themselves right as rounded; else per-entry credit counts entries within the tolerance.

Run from the repository root: python3 src/test/resources/inexact/compute.py
"""
import json
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
from fractions import Fraction
from pathlib import Path

getcontext().prec = 50
ROOT = Path(__file__).resolve().parents[4]
HERE = Path(__file__).resolve().parent


def rnd(x, places):
    return x.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def sigmoid(x): return 1 / (1 + (-x).exp())
def tanh(x): return ((2 * x).exp() - 1) / ((2 * x).exp() + 1)
def softmax(v):
    m = max(v); e = [(x - m).exp() for x in v]; s = sum(e); return [x / s for x in e]
def vecmat(v, M): return [sum(v[k] * M[k][j] for k in range(len(v))) for j in range(len(M[0]))]
def add(a, b): return [x + y for x, y in zip(a, b)]
def mul(a, b): return [x * y for x, y in zip(a, b)]


def decimals(value):
    if isinstance(value, float):
        value = str(value)  # as the rubric writes it: 0.001, not the binary float nearest it
    return [decimals(x) for x in value] if isinstance(value, list) else D(str(Fraction(value).numerator)) / D(str(Fraction(value).denominator)) if isinstance(value, (int, str)) else value


def attention(v, own):
    q = own.get('scores')
    scores = q if q is not None else [x / D(4).sqrt() for x in vecmat(v['q'], [list(r) for r in zip(*v['K'])])]
    weights = own.get('weights') or softmax(scores)
    context = vecmat(weights, v['V'])
    return {'scores': scores, 'weights': weights, 'context': context}


def lstm(v, own):
    z = v['hprev'] + v['x']
    gate = lambda W, b, f: [f(x) for x in add(vecmat(z, W), b)]
    f = own.get('f') or gate(v['Wf'], v['bf'], sigmoid)
    i = own.get('i') or gate(v['Wi'], v['bi'], sigmoid)
    o = own.get('o') or gate(v['Wo'], v['bo'], sigmoid)
    g = own.get('g') or gate(v['Wg'], v['bg'], tanh)
    c = own.get('c') or add(mul(f, v['cprev']), mul(i, g))
    h = mul(o, [tanh(x) for x in c])
    return {'f': f, 'i': i, 'o': o, 'g': g, 'c': c, 'h': h}


def gru(v, own):
    x, hp = v['x'], v['hprev']
    z = own.get('z') or [sigmoid(a) for a in add(vecmat(x, v['Wz']), vecmat(hp, v['Uz']))]
    r = own.get('r') or [sigmoid(a) for a in add(vecmat(x, v['Wr']), vecmat(hp, v['Ur']))]
    hcand = own.get('hcand') or [tanh(a) for a in add(vecmat(x, v['Wh']), vecmat(mul(r, hp), v['Uh']))]
    h = add(mul([1 - a for a in z], hp), mul(z, hcand))
    return {'z': z, 'r': r, 'hcand': hcand, 'h': h}


def cross_entropy(v, own):
    logits = v['logits']
    m = max(logits)
    shifted = [x - m for x in logits]
    probs = softmax(logits)
    loss = m + sum(x.exp() for x in shifted).ln() - logits[int(v['target'])]
    return {'shifted': shifted, 'probs': probs, 'loss': loss}


def batch_norm(v, own):
    X = v['X']
    n = len(X)
    columns = [list(c) for c in zip(*X)]
    mu = own.get('mu') or [sum(c) / n for c in columns]
    sigma2 = own.get('sigma2') or [sum((x - sum(c) / n) ** 2 for x in c) / n for c in columns]
    sigma2 = [D(s.numerator) / D(s.denominator) if isinstance(s, Fraction) else s for s in sigma2]
    xhat = own.get('xhat') or [[(x - m) / (s + v['eps']).sqrt() for x, m, s in zip(row, mu, sigma2)]
                               for row in X]
    y = [[g * x + b for x, g, b in zip(row, v['gamma'], v['beta'])] for row in xhat]
    return {'mu': mu, 'sigma2': sigma2, 'xhat': xhat, 'y': y}


def bits(p):
    """-sum p log2 p, with 0 log 0 = 0."""
    return -sum((x * x.ln() / D(2).ln() for x in p if x != 0), D(0))


def entropy_gain(v, own):
    N = v['N']
    total = own.get('total') or [sum(c) for c in zip(*N)]
    sizes = own.get('sizes') or [sum(r) for r in N]
    H = own.get('H') or bits([x / sum(total) for x in total])
    Hb = own.get('Hb') or [bits([x / size for x in row]) for row, size in zip(N, sizes)]
    IG = H - sum(s * h for s, h in zip(sizes, Hb)) / sum(sizes)
    return {'total': total, 'sizes': sizes, 'H': H, 'Hb': Hb, 'IG': IG}


def tfidf(v, own):
    C = v['C']
    df = own.get('df') or [D(sum(1 for x in col if x > 0)) for col in zip(*C)]
    idf = own.get('idf') or [(v['N'] / d).log10() for d in df]
    W = own.get('W') or [[x * i for x, i in zip(row, idf)] for row in C]
    norm = lambda w: sum(x * x for x in w).sqrt()
    cos = sum(a * b for a, b in zip(W[0], W[1])) / (norm(W[0]) * norm(W[1]))
    return {'df': df, 'idf': idf, 'W': W, 'cos': cos}


def matmul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]


def cols(A, a, b):
    return [row[a:b] for row in A]


def heads(v, own, columns=False):
    """Two heads on columns 0-1 and 2-3, joined side by side; columns: head 1's softmax down the
    columns of its scores, a student's slip."""
    X = v['X']
    Q = own.get('Q') or matmul(X, v['Wq'])
    K = own.get('K') or matmul(X, v['Wk'])
    V = matmul(X, v['Wv'])

    def weights(a, b):
        S = [[x / v['dh'].sqrt() for x in row] for row in matmul(cols(Q, a, b), transpose(cols(K, a, b)))]
        return [softmax(row) for row in S]
    A1 = own.get('A1') or (transpose([softmax(c) for c in transpose(
        [[x / v['dh'].sqrt() for x in row] for row in matmul(cols(Q, 0, 2), transpose(cols(K, 0, 2)))])])
        if columns else weights(0, 2))
    A2 = own.get('A2') or weights(2, 4)
    H = [l + r for l, r in zip(matmul(A1, cols(V, 0, 2)), matmul(A2, cols(V, 2, 4)))]
    return {'Q': Q, 'K': K, 'A1': A1, 'A2': A2, 'H': H}


def transpose(A):
    return [list(r) for r in zip(*A)]


NETWORKS = {
    'gru-step': (gru, ["z = sigmoid(x @ Wz + hprev @ Uz)", "r = sigmoid(x @ Wr + hprev @ Ur)",
                       "hcand = tanh(x @ Wh + (r * hprev) @ Uh)", "h = (1 - z) * hprev + z * hcand"]),
    'attention': (attention, ["scores = q @ K^T / sqrt(dk)", "weights = softmax(scores)", "context = weights @ V"]),
    'lstm-step': (lstm, ["z = concat(hprev, x)", "f = sigmoid(z @ Wf + bf)", "i = sigmoid(z @ Wi + bi)",
                         "o = sigmoid(z @ Wo + bo)", "g = tanh(z @ Wg + bg)", "c = f * cprev + i * g",
                         "h = o * tanh(c)"]),
    'cross-entropy': (cross_entropy, ["shifted = logits - max(logits)", "probs = softmax(logits)",
                                      "loss = max(logits) + log(sum(exp(shifted))) - logits[target]",
                                      "prediction = argmax(logits)"]),
    'batch-norm': (batch_norm, ["mu = mean(X, axis=0)", "sigma2 = var(X, axis=0)",
                                "xhat = (X - mu) / sqrt(sigma2 + eps)", "y = gamma * xhat + beta"]),
    'entropy-gain': (entropy_gain, [
        "total = sum(N, axis=0)", "sizes = sum(N, axis=1)", "H = entropy(total / sum(total))",
        "Hb = concat(entropy(N[0] / sizes[0]), entropy(N[1] / sizes[1]), entropy(N[2] / sizes[2]))",
        "IG = H - sum(sizes * Hb) / sum(sizes)"]),
    'tfidf-cosine': (tfidf, ["df = sum(step(C), axis=0)", "idf = log10(N / df)", "W = C * idf",
                             "cos = W[0] @ W[1] / (sqrt(sum(W[0]^2)) * sqrt(sum(W[1]^2)))"]),
    'two-head-attention': (heads, ["Q = X @ Wq", "K = X @ Wk", "V = X @ Wv",
                                   "A1 = softmax(Q[:, 0:2] @ K[:, 0:2]^T / sqrt(dh))",
                                   "A2 = softmax(Q[:, 2:4] @ K[:, 2:4]^T / sqrt(dh))",
                                   "H = hstack(A1 @ V[:, 0:2], A2 @ V[:, 2:4])"]),
}


def R(values, places):
    return [rnd(x, places) for x in values] if isinstance(values, list) else rnd(values, places)


# Each student: (file, how they answer). A function of the reference computation that returns answers.
def attention_students(v):
    right = attention(v, {})
    def rounded(p):
        s = right['scores']; w = R(right['weights'], p)
        return {'scores': s, 'weights': w, 'context': R(vecmat(w, v['V']), p)}
    unscaled = vecmat(v['q'], [list(r) for r in zip(*v['K'])])
    w_slip = R(softmax(unscaled), 2)
    w_out = R(right['weights'], 2); w_out[2] += D('0.02')
    w_coarse = R(right['weights'], 1)
    return {
        'ada.csv': rounded(2),
        'ben.json': rounded(3),
        'cleo.csv': {'scores': unscaled, 'weights': w_slip, 'context': R(vecmat(w_slip, v['V']), 2)},
        'dana.csv': {'scores': right['scores'], 'weights': w_out, 'context': R(right['context'], 2)},
        'emil.json': {'scores': right['scores'], 'weights': w_coarse, 'context': R(vecmat(w_coarse, v['V']), 1)},
    }


def lstm_students(v):
    def rounded(p, slip=None, no_tanh=False, h_slip=None):
        gates = {k: R(x, p) for k, x in lstm(v, {}).items() if k in 'fiog'}
        if slip:
            gates.update(slip)
        c = R(add(mul(gates['f'], v['cprev']), mul(gates['i'], gates['g'])), p)
        h = R(mul(gates['o'], c if no_tanh else [tanh(x) for x in c]), p)
        if h_slip:
            h = [h[0], h_slip]
        return {**gates, 'c': c, 'h': h}
    return {
        'fiona.csv': rounded(2),
        'gus.json': rounded(3),
        'hana.csv': rounded(2, slip={'i': R([sigmoid(D(0)), sigmoid(D(-2))], 2)}),
        'ivan.json': rounded(2, h_slip=D('0.18')),
        'jo.csv': rounded(2, no_tanh=True),
    }


def cross_entropy_students(v):
    right = cross_entropy(v, {})
    loss3 = rnd(right['loss'], 3)
    return {
        'kai.csv': {'shifted': right['shifted'], 'probs': R(right['probs'], 3), 'loss': loss3, 'prediction': 'BOS'},
        'lena.json': {'shifted': right['shifted'], 'probs': R(right['probs'], 2), 'loss': rnd(right['loss'], 2),
                      'prediction': 'BOS'},
        # ln(p) of the rounded probability 0.000 is impossible; she takes log of the sum without the max.
        'milo.csv': {'shifted': right['shifted'], 'probs': R(right['probs'], 3),
                     'loss': rnd(sum(x.exp() for x in right['shifted']).ln() - v['logits'][1], 3), 'prediction': 'BOS'},
        'nia.json': {'shifted': [x + 21 for x in right['shifted']], 'probs': R(right['probs'], 3), 'loss': loss3,
                     'prediction': 'is'},
        'omar.csv': {'shifted': right['shifted'], 'probs': [D('0.731'), D(0), D(0), D('0.279'), D(0), D(0)],
                     'loss': loss3, 'prediction': 'BOS'},
    }


def batch_norm_students(v):
    def rounded(own=None):
        """Exact statistics (or the student's own), xhat rounded, y from the rounded xhat."""
        stats = batch_norm(v, own or {})
        xhat = [R(row, 2) for row in stats['xhat']]
        y = [R(row, 2) for row in batch_norm(v, {**(own or {}), 'xhat': xhat})['y']]
        return {'mu': stats['mu'], 'sigma2': (own or {}).get('sigma2', stats['sigma2']), 'xhat': xhat, 'y': y}
    X = v['X']
    n = len(X)
    # exact, as the question asks: 20/3, 4, 16/3
    sample = [Fraction(str(s)) * n / (n - 1) for s in batch_norm(v, {})['sigma2']]
    slip = list(batch_norm(v, {})['sigma2'])
    slip[1] += 1  # 3 written as 4 for the second feature
    return {
        'ada.csv': rounded(),
        # divided the variance by n - 1 (numpy's ddof=1, pandas' default) and carried it through
        'bo.csv': rounded({'sigma2': sample}),
        'cleo.csv': rounded({'sigma2': slip}),
        # only the statistics: the normalisation and the output left out
        'dev.csv': {k: x for k, x in rounded().items() if k in ('mu', 'sigma2')},
    }


def entropy_gain_students(v):
    right = entropy_gain(v, {})

    def rounded(H, Hb):
        """Entropies rounded to 3 decimals, the gain from the rounded numbers."""
        H, Hb = rnd(H, 3), R(Hb, 3)
        return {'total': right['total'], 'sizes': right['sizes'], 'H': H, 'Hb': Hb,
                'IG': rnd(entropy_gain(v, {'H': H, 'Hb': Hb})['IG'], 3)}
    nats = lambda p: -sum((x * x.ln() for x in p if x != 0), D(0))
    N, sizes, total = v['N'], right['sizes'], right['total']
    slip = list(right['Hb'])
    slip[2] = D('0.918')  # the rain branch's entropy taken for a 2 : 1 split
    return {
        'ada.csv': rounded(right['H'], right['Hb']),
        # natural logarithms throughout (nats, not bits), carried into the gain
        'bo.json': rounded(nats([x / sum(total) for x in total]),
                           [nats([x / s for x in row]) for row, s in zip(N, sizes)]),
        'cleo.csv': rounded(right['H'], slip),
        # only the counts and the entropy before the split
        'dev.json': {k: x for k, x in rounded(right['H'], right['Hb']).items() if k in ('total', 'sizes', 'H')},
    }


def tfidf_students(v):
    right = tfidf(v, {})

    def rounded(idf=None, W=None):
        """idf rounded to 3 decimals, W from the rounded idf, the cosine from the rounded W."""
        idf = R(idf or right['idf'], 3)
        W = W or [R(row, 3) for row in tfidf(v, {'idf': idf})['W']]
        return {'df': right['df'], 'idf': idf, 'W': W, 'cos': rnd(tfidf(v, {'idf': idf, 'W': W})['cos'], 3)}
    return {
        'ada.csv': rounded(),
        # forgot to weigh: the raw counts as W, and their cosine
        'bo.json': rounded(W=[[D(x) for x in row] for row in v['C']]),
        # natural logarithms for the idf (the cosine does not change: every weight scales alike)
        'cleo.csv': rounded(idf=[(v['N'] / d).ln() for d in right['df']]),
        # the frequencies only
        'dev.csv': {k: x for k, x in rounded().items() if k in ('df', 'idf')},
    }


def heads_students(v):
    right = heads(v, {})

    def rounded(A1=None, A2=None):
        """Weights rounded to 2 decimals, H from the rounded weights, rounded."""
        A1 = [R(row, 2) for row in (A1 or right['A1'])]
        A2 = [R(row, 2) for row in (A2 or right['A2'])]
        H = [R(row, 2) for row in heads(v, {'A1': A1, 'A2': A2})['H']]
        return {'Q': right['Q'], 'K': right['K'], 'A1': A1, 'A2': A2, 'H': H}
    unscaled = heads({**v, 'dh': D(1)}, {})
    return {
        'ada.csv': rounded(),
        # forgot to divide the scores by sqrt(dh) in both heads, carried into H
        'bo.csv': rounded(unscaled['A1'], unscaled['A2']),
        # head 1's softmax taken down each column instead of across each row
        'cleo.json': rounded(heads(v, {}, columns=True)['A1']),
        # the projections and head 1 only
        'dev.csv': {k: x for k, x in rounded().items() if k in ('Q', 'K', 'A1')},
    }


def gru_students(v):
    def rounded(p, swapped=False, no_reset=False, slip=None):
        z = R(gru(v, {})['z'], p)
        r = R(gru(v, {})['r'], p)
        if slip:
            r = slip
        reset = v['hprev'] if no_reset else mul(r, v['hprev'])
        hcand = R([tanh(a) for a in add(vecmat(v['x'], v['Wh']), vecmat(reset, v['Uh']))], p)
        keep, take = (z, [1 - a for a in z]) if swapped else ([1 - a for a in z], z)
        h = R(add(mul(keep, v['hprev']), mul(take, hcand)), p)
        return {'z': z, 'r': r, 'hcand': hcand, 'h': h}
    right = R(gru(v, {})['r'], 2)
    return {
        'pia.csv': rounded(2),
        'quentin.json': rounded(3),
        # the convention of some textbooks: z keeps the old state, 1 - z takes the candidate
        'ravi.csv': rounded(2, swapped=True),
        # forgot the reset gate in the candidate
        'sofia.json': rounded(2, no_reset=True),
        # slip in r[1], carried into the candidate and h
        'tom.csv': rounded(2, slip=[right[0], right[1] + D('0.2')]),
    }


STUDENTS = {'attention': attention_students, 'lstm-step': lstm_students, 'cross-entropy': cross_entropy_students,
            'batch-norm': batch_norm_students, 'entropy-gain': entropy_gain_students,
            'tfidf-cosine': tfidf_students, 'two-head-attention': heads_students, 'gru-step': gru_students}


def entries(x):
    if isinstance(x, list):
        return [e for row in x for e in entries(row)] if x and isinstance(x[0], list) else list(x)
    return [x]


def text(x):
    if isinstance(x, Fraction):
        return str(x)
    if isinstance(x, list):
        return '[' + ', '.join(text(e) for e in x) + ']'
    if isinstance(x, str):
        return x
    s = format(x.normalize(), 'f') if x != x.to_integral_value() else str(int(x))
    return s


def close(a, b, tol):
    return abs(a - b) <= tol if tol is not None else a == b


def verdict(item, given, ref, tol, recomputed, used_rounded, points, per_entry):
    if isinstance(ref, str):
        return ('correct', points) if given == ref else ('incorrect', 0)
    g, e = entries(given), entries(ref)
    wrong = sum(not close(x, y, tol) for x, y in zip(g, e))
    if wrong == 0:
        return 'correct', points
    if recomputed is not None:
        own = sum(not close(x, y, tol) for x, y in zip(g, entries(recomputed)))
        if own == 0:
            return ('correct' if used_rounded else 'followthrough'), points
    share = Fraction(points) * Fraction(len(e) - wrong, len(e)) if per_entry else Fraction(0)
    if per_entry and recomputed is not None:
        own = sum(not close(x, y, tol) for x, y in zip(g, entries(recomputed)))
        share = max(share, Fraction(points) * Fraction(len(e) - own, len(e)))
    return ('partial' if share > 0 else 'incorrect'), share


def main():
    for rid, (network, equations) in NETWORKS.items():
        rubric = json.loads((ROOT / 'rubrics' / f'{rid}.json').read_text())
        assert rubric['model']['equations'] == equations, f'{rid}: the equations changed; update compute.py'
        v = {k: decimals(x) for k, x in rubric['model']['values'].items()}
        ref = network(v, {})
        items = []
        for q in rubric['questions']:
            for it in q['items']:
                tol = it.get('tolerance', q.get('tolerance', rubric.get('tolerance')))
                exact = it['item'] in ('scores', 'shifted', 'prediction', 'mu', 'sigma2', 'total', 'sizes', 'df', 'Q', 'K') \
                    and 'tolerance' not in it
                items.append((q['id'], it, None if exact or tol is None else D(str(tol))))
        out = HERE / rid
        out.mkdir(exist_ok=True)
        (out / 'reference.json').write_text(json.dumps({k: text(x) for k, x in ref.items()}, indent=2) + '\n')
        folder = ROOT / 'samples' / rid
        folder.mkdir(parents=True, exist_ok=True)
        expected = []
        for file, answers in STUDENTS[rid](v).items():
            write(folder / file, answers, items)
            statuses, points = {}, {}
            for qid, it, tol in items:
                name = it['item']
                if name not in answers:
                    statuses[f'{qid}.{name}'], points[f'{qid}.{name}'] = 'missing', '0'
                    continue
                if name == 'prediction':
                    r = 'BOS'
                    status = verdict(it, answers[name], r, None, None, False, it['points'], False)
                else:
                    others = {k: x for qq, ii, _ in items if ii['item'] in answers
                              for k, x in [(ii['item'], answers[ii['item']])]
                              if k != name and k != 'prediction' and entries(x) != entries(ref[k])
                              and any(e != 0 for e in entries(x))}
                    rec = network(v, others)[name] if others else None
                    used_rounded = all(all(close(a, b, t) for a, b in zip(entries(others[k]), entries(ref[k])))
                                       and t is not None for k in others for _, ii, t in items if ii['item'] == k)
                    status = verdict(it, answers[name], ref[name], tol, rec, used_rounded, it['points'],
                                     it.get('credit') == 'per-entry')
                statuses[f'{qid}.{name}'] = status[0]
                points[f'{qid}.{name}'] = str(Fraction(status[1]))
            expected.append({'id': file.rsplit('.', 1)[0], 'file': file, 'items': statuses, 'points': points})
        (out / 'expected.json').write_text(json.dumps({'students': expected}, indent=2) + '\n')


def write(path, answers, items):
    if path.suffix == '.json':
        data = {}
        for qid, it, _ in items:
            if it['item'] not in answers:
                continue
            x = answers[it['item']]
            data.setdefault(qid, {})[it['item']] = x if isinstance(x, str) else json.loads(text(x))
        path.write_text(json.dumps(data, indent=2) + '\n')
    else:
        lines = ['question,answer']
        for qid, it, _ in items:
            if it['item'] not in answers:
                continue
            x = answers[it['item']]
            if isinstance(x, list) and x and isinstance(x[0], list):
                # a matrix, one row a line, each line starting with its key
                lines.extend(f'{qid}.{it["item"]},' + ','.join(text(e) for e in row) for row in x)
                continue
            lines.append(f'{qid}.{it["item"]},' + (text(x)[1:-1].replace(' ', '') if isinstance(x, list) else text(x)))
        path.write_text('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
