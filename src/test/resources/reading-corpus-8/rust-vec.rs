// RNN by hand, checked in Rust (cargo run)
fn main() {
    // Q1: after reading BOS
    let h1: Vec<i64> = vec![5, 4, 0];
    let logits1: Vec<i64> = vec![21, 8, 9, 20, 13, 12];
    // Q2
    let pred1 = "BOS";
    // Q3: after reading "the"
    let h2: Vec<i64> = vec![57, 8, 36];
    let logits2: Vec<i64> = vec![89, -92, 29, 184, 181, -12];
    let pred2 = "is";
    println!("{:?} {:?} {} {:?} {:?} {}", h1, logits1, pred1, h2, logits2, pred2);
}
