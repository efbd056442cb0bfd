package main

import "fmt"

func main() {
	// Question 1
	h1 := []int{5, 4, 0}
	logits1 := []int{21, 8, 9, 20, 13, 12}
	fmt.Println(h1, logits1)
	// Output: [5 4 0] [21 8 9 20 13 12]

	// Question 2: argmax is index 0
	prediction1 := "BOS"

	// Question 3
	h2 := []int{57, 8, 36}
	logits2 := []int{89, -92, 29, 184, 181, -12}
	prediction2 := "is"
	fmt.Println(prediction1, h2, logits2, prediction2)
}
