-- RNN by hand
module Rnn where

-- Q1
h1 :: [Integer]
h1 = [5, 4, 0]

logits1 :: [Integer]
logits1 = [21, 8, 9, 20, 13, 12]

{- GHCi:
ghci> argmaxWord logits1
"BOS"
ghci> h2
[57,8,36]
ghci> logits h2
[89,-92,29,184,181,-12]
ghci> argmaxWord (logits h2)
"is"
-}
