//! Ints beyond 64 bits, on the compiler's side: whether a program can
//! make one (then the runtime's `if LONGS:` clauses are linked, else an
//! i64 overflow stays an OverflowError and hello.wasm carries none of
//! runtime/long*.py), and int literals too large for i64, which become
//! Long constants in the image.

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr, Operator, Stmt, UnaryOp};

/// Whether any int the program computes could leave i64: it has
/// arithmetic (a binary or augmented operator but the comparisons, unary
/// `-` or `~`), a literal beyond i64, or calls a builtin or imports a
/// module whose results are computed ints (int() parses text, json.loads
/// reads numbers, sum adds, math and itertools count ...). Conservative:
/// a program this misses gets CPython's result as an OverflowError, never a
/// wrong number.
pub fn may_make_longs(body: &[Stmt]) -> bool {
    struct V(bool);
    impl<'a> Visitor<'a> for V {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::AugAssign(_) => self.0 = true,
                Stmt::Import(_) | Stmt::ImportFrom(_) => self.0 = true,
                _ => walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::BinOp(b) if b.op != Operator::MatMult => self.0 = true,
                Expr::UnaryOp(u) if matches!(u.op, UnaryOp::USub | UnaryOp::Invert) => {
                    self.0 = true
                }
                Expr::NumberLiteral(n) if matches!(&n.value, ast::Number::Int(i) if i.as_i64().is_none()) => {
                    self.0 = true
                }
                Expr::Name(n)
                    if matches!(
                        n.id.as_str(),
                        "int" | "sum" | "abs" | "pow" | "divmod" | "round" | "hash"
                    ) =>
                {
                    self.0 = true
                }
                _ => walk_expr(self, e),
            }
        }
    }
    let mut v = V(false);
    v.visit_body(body);
    v.0
}

/// The magnitude of an int literal's source text (`123_456`, `0xFF`,
/// `0o17`, `0b101`) as u32 digits, least significant first, no leading
/// zeros; None if the text is not an int literal.
pub fn literal_digits(text: &str) -> Option<Vec<u32>> {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (radix, body) = match lower.get(..2) {
        Some("0x") => (16, &lower[2..]),
        Some("0o") => (8, &lower[2..]),
        Some("0b") => (2, &lower[2..]),
        _ => (10, &lower[..]),
    };
    if body.is_empty() {
        return None;
    }
    let mut digits: Vec<u32> = Vec::new();
    for c in body.chars() {
        let mut carry = u64::from(c.to_digit(radix)?);
        for d in digits.iter_mut() {
            let t = u64::from(*d) * u64::from(radix) + carry;
            *d = t as u32;
            carry = t >> 32;
        }
        if carry != 0 {
            digits.push(carry as u32);
        }
    }
    Some(digits)
}

#[cfg(test)]
mod tests {
    use super::literal_digits;

    #[test]
    fn literal_digits_read_every_base() {
        assert_eq!(literal_digits("18446744073709551616"), Some(vec![0, 0, 1]));
        assert_eq!(
            literal_digits("0x1_0000_0000_0000_0000"),
            Some(vec![0, 0, 1])
        );
        assert_eq!(
            literal_digits("0o2000000000000000000000"),
            Some(vec![0, 0, 1])
        );
        assert_eq!(literal_digits("0b1".to_string().as_str()), Some(vec![1]));
        assert_eq!(literal_digits("12x"), None);
    }
}
