#!/usr/bin/env python3
"""Independent reference and verdicts for the inexact rubrics (attention, lstm-step, cross-entropy,
gru-step).

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


STUDENTS = {'gru-step': gru_students, 'attention': attention_students, 'lstm-step': lstm_students, 'cross-entropy': cross_entropy_students}


def entries(x):
    if isinstance(x, list):
        return [e for row in x for e in entries(row)] if x and isinstance(x[0], list) else list(x)
    return [x]


def text(x):
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
                exact = it['item'] in ('scores', 'shifted', 'prediction') and 'tolerance' not in it
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
                if name == 'prediction':
                    r = 'BOS'
                    status = verdict(it, answers[name], r, None, None, False, it['points'], False)
                else:
                    others = {k: x for qq, ii, _ in items for k, x in [(ii['item'], answers[ii['item']])]
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
            x = answers[it['item']]
            data.setdefault(qid, {})[it['item']] = x if isinstance(x, str) else json.loads(text(x))
        path.write_text(json.dumps(data, indent=2) + '\n')
    else:
        lines = ['question,answer']
        for qid, it, _ in items:
            x = answers[it['item']]
            lines.append(f'{qid}.{it["item"]},' + (text(x)[1:-1].replace(' ', '') if isinstance(x, list) else text(x)))
        path.write_text('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
