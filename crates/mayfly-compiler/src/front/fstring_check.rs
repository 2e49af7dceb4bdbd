//! f-strings as Python 3.11 reads them. ruff parses the 3.12 grammar
//! (PEP 701), in which a replacement field may reuse the enclosing quote,
//! hold a backslash or a `#` comment; 3.11 refuses all three with a
//! SyntaxError, so a program that relied on them would fail to load on
//! CPython 3.11 and must not compile here either.

use ruff_python_ast::visitor::{walk_expr, Visitor};
use ruff_python_ast::{self as ast, Expr, InterpolatedStringElement, Stmt, StringFlags};
use ruff_text_size::{Ranged, TextRange};

/// The errors of every f-string in `body`, with CPython 3.11's wording
/// where it has one.
pub(super) fn check(src: &str, body: &[Stmt]) -> Vec<(TextRange, String)> {
    let mut v = Check {
        src,
        errors: Vec::new(),
    };
    for s in body {
        v.visit_stmt(s);
    }
    v.errors
}

struct Check<'s> {
    src: &'s str,
    errors: Vec<(TextRange, String)>,
}

impl Check<'_> {
    fn fields(&mut self, quote: &str, elements: &[InterpolatedStringElement]) {
        for el in elements {
            let InterpolatedStringElement::Interpolation(i) = el else {
                continue;
            };
            let r = i.expression.range();
            let text = &self.src[r.start().to_usize()..r.end().to_usize()];
            // Around the expression, up to the spec: where a comment sits.
            let field_end = i
                .format_spec
                .as_ref()
                .map_or(i.range.end(), |f| f.range.start());
            let before = &self.src[i.range.start().to_usize()..r.start().to_usize()];
            let after = &self.src[r.end().to_usize()..field_end.to_usize()];
            let why = if text.contains('\\') {
                Some("f-string expression part cannot include a backslash".to_string())
            } else if code_of(text).contains('#') || before.contains('#') || after.contains('#') {
                Some("f-string expression part cannot include '#'".to_string())
            } else if text.contains(quote) {
                Some(format!(
                    "f-string: the expression reuses the f-string's quote {quote} (Python 3.12 syntax; mayfly follows 3.11)"
                ))
            } else {
                None
            };
            if let Some(why) = why {
                self.errors.push((r, why));
                continue;
            }
            if let Some(spec) = &i.format_spec {
                self.fields(quote, &spec.elements);
            }
        }
    }
}

impl<'a> Visitor<'a> for Check<'_> {
    fn visit_expr(&mut self, e: &'a Expr) {
        if let Expr::FString(f) = e {
            for part in f.value.iter() {
                if let ast::FStringPart::FString(fs) = part {
                    let q = fs.flags.quote_str();
                    let quote = if fs.flags.is_triple_quoted() {
                        q.repeat(3)
                    } else {
                        q.to_string()
                    };
                    self.fields(&quote, &fs.elements);
                }
            }
        }
        walk_expr(self, e);
    }
}

/// `text` with the insides of its string literals dropped: a `#` in one
/// (`f"{'#' * n}"`) is no comment, and 3.11 takes it.
fn code_of(text: &str) -> String {
    let mut out = String::new();
    let mut quote: Option<&str> = None;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        match quote {
            Some(q) if rest.starts_with(q) => {
                rest = &rest[q.len()..];
                quote = None;
                continue;
            }
            Some(_) => {}
            None => {
                let opener = ["\"\"\"", "'''", "\"", "'"]
                    .into_iter()
                    .find(|q| rest.starts_with(q));
                if let Some(q) = opener {
                    rest = &rest[q.len()..];
                    quote = Some(q);
                    continue;
                }
                out.push(c);
            }
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}
