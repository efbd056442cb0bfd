%% HW4 - RNN by hand
% Student: Leo Fischer
% Column vectors throughout (h is 3x1, logits are 6x1).

%% Question 1
h1 = [5; 4; 0];
logits1 = [21; 8; 9; 20; 13; 12];

%% Question 2
pred1 = 'BOS';

%% Question 3
h2 = [57; 8; 36];
logits2 = [89; -92; 29; 184; 181; -12];
pred2 = 'is';
