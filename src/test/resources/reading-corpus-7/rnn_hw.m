% HW4 RNN by hand -- Ava Martinez
% I started from h0 = ones(1,3) because the notes said "initialise the state"
E = [1 0 1 0; 2 -1 3 5; -1 2 1 4; 5 2 -1 3; 4 0 1 1; 1 3 4 -1];
U = [3 -1 0; 1 4 -3; 2 5 -1; 4 2 3];
W = [2 -3 1; 4 1 4; -5 3 2];
V = [1 0 1 0 1 0; 4 2 1 5 2 3; 0 -3 -1 4 3 -1];
h0 = [1 1 1];

% Q1
h1 = max(0, h0*W + E(1,:)*U)      % answer: h1 = [6 5 6]
logits1 = h1*V                    % answer: [26 -8 5 49 34 9]
% Q2: max is 49 at position 4 -> 'is'
% Q3
h2 = max(0, h1*W + E(2,:)*U)      % answer: h2 = [33 24 53]
logits2 = h2*V                    % answer: [129 -111 4 332 240 19]
% predicted next token: 'is'
