import numpy as np

# step 1 (read BOS)
q1_hidden = np.array([5, 4, 0])
q1_logits = np.array([21, 8, 9, 20, 13, 12])
q2_prediction = "BOS"

# step 2 (read "the")
q3_hidden = np.array([57, 8, 36])
q3_logits = np.array([89, -92, 29, 184, 181, -12])
q3_prediction = "is"
