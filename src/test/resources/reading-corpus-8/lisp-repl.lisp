;;; RNN by hand (no activation -- I read the equation as linear)
(defparameter *h1* '(5 4 -1))          ; Q1 hidden
(defparameter *logits1* '(21 11 10 16 10 13)) ; Q1 output
;; Q2: BOS

;; CL-USER> (step-rnn *h1* 'the)
;; (62 5 34)
;; CL-USER> (logits (step-rnn *h1* 'the))
;; (82 -92 33 161 174 -19)
;; CL-USER> (argmax-word (logits (step-rnn *h1* 'the)))
;; OUTSIDE
