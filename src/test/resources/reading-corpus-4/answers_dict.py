# HW5 RNN by hand -- Sofia Ivanova
# My answers as a Python dict (the instructions said CSV or JSON, this is basically JSON)

answers = {
    "q1": {
        "hidden": [5, 4, 0],
        "logits": [21, 8, 9, 20, 13, 12],
    },
    "q2": {"prediction": "BOS"},
    "q3": {
        "hidden": [57, 8, 36],
        "logits": [89, -92, 29, 184, 181, -12],
        "prediction": "is",
    },
}
