/* RNN by hand -- answers */
#include <stdio.h>

int pre1[3]    = {5, 4, -1};            /* E[BOS]U, before ReLU */
int h1[3]      = {5, 4, 0};             /* Q1 hidden */
int logits1[6] = {21, 11, 10, 16, 10, 13}; /* Q1 output = pre1 * V */
const char *pred1 = "BOS";              /* Q2 */

int h2[3]      = {57, 8, 36};           /* Q3 hidden */
int logits2[6] = {89, -92, 29, 184, 181, -12};
const char *pred2 = "is";

int main(void) { printf("%s %s\n", pred1, pred2); return 0; }
