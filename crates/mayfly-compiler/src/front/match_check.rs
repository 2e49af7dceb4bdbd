//! The SyntaxErrors CPython's compiler gives for a match statement, with
//! its messages: an irrefutable case (or alternative) before others, a
//! name captured twice, alternatives that bind different names, two
//! starred names in a sequence, duplicate literal keys, an attribute
//! repeated in a class pattern.

use super::Gen;
use ruff_python_ast::{self as ast, Expr, Number, Pattern, UnaryOp};
use ruff_text_size::{Ranged, TextRange};

pub(super) fn check(g: &mut Gen, m: &ast::StmtMatch) {
    let last = m.cases.len().saturating_sub(1);
    for (i, case) in m.cases.iter().enumerate() {
        if i < last && case.guard.is_none() {
            if let Some(msg) = irrefutable(&case.pattern) {
                g.error(case.pattern.range(), msg);
            }
        }
        bound_names(g, &case.pattern, &mut Vec::new());
    }
}

/// Why `p` matches every subject (the message CPython gives when more
/// patterns follow it), or None when it can fail.
fn irrefutable(p: &Pattern) -> Option<String> {
    match p {
        Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
            (Some(inner), _) => irrefutable(inner),
            (None, Some(n)) => Some(format!(
                "name capture '{}' makes remaining patterns unreachable",
                n.as_str()
            )),
            (None, None) => Some("wildcard makes remaining patterns unreachable".into()),
        },
        Pattern::MatchOr(o) => o.patterns.last().and_then(irrefutable),
        _ => None,
    }
}

/// Adds the names `p` captures to `names`, reporting those CPython's
/// compiler refuses.
fn bound_names(g: &mut Gen, p: &Pattern, names: &mut Vec<String>) {
    let bind = |g: &mut Gen, n: &ast::Identifier, names: &mut Vec<String>| {
        if names.iter().any(|x| x == n.as_str()) {
            g.error(
                n.range,
                format!("multiple assignments to name '{}' in pattern", n.as_str()),
            );
        } else {
            names.push(n.to_string());
        }
    };
    match p {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        Pattern::MatchAs(a) => {
            if let Some(inner) = &a.pattern {
                bound_names(g, inner, names);
            }
            if let Some(n) = &a.name {
                bind(g, n, names);
            }
        }
        Pattern::MatchStar(s) => {
            if let Some(n) = &s.name {
                bind(g, n, names);
            }
        }
        Pattern::MatchSequence(q) => {
            let stars = q
                .patterns
                .iter()
                .filter(|p| matches!(p, Pattern::MatchStar(_)));
            if stars.count() > 1 {
                g.error(q.range, "multiple starred names in sequence pattern");
            }
            for p in &q.patterns {
                bound_names(g, p, names);
            }
        }
        Pattern::MatchMapping(m) => {
            let mut seen: Vec<Key> = Vec::new();
            for k in &m.keys {
                if let Some(key) = literal_key(k) {
                    if seen.iter().any(|s| s.same(&key)) {
                        let msg = format!("mapping pattern checks duplicate key ({})", key.repr());
                        g.error(m.range, msg);
                    }
                    seen.push(key);
                }
            }
            for p in &m.patterns {
                bound_names(g, p, names);
            }
            if let Some(n) = &m.rest {
                bind(g, n, names);
            }
        }
        Pattern::MatchClass(c) => {
            let kws = &c.arguments.keywords;
            for (i, k) in kws.iter().enumerate() {
                if kws[..i].iter().any(|o| o.attr.as_str() == k.attr.as_str()) {
                    let msg = format!(
                        "attribute name repeated in class pattern: {}",
                        k.attr.as_str()
                    );
                    g.error(k.attr.range, msg);
                }
            }
            for p in &c.arguments.patterns {
                bound_names(g, p, names);
            }
            for k in kws {
                bound_names(g, &k.pattern, names);
            }
        }
        Pattern::MatchOr(o) => {
            let mut first: Option<Vec<String>> = None;
            let last = o.patterns.len().saturating_sub(1);
            for (i, alt) in o.patterns.iter().enumerate() {
                if i < last {
                    if let Some(msg) = irrefutable(alt) {
                        g.error(alt.range(), msg);
                    }
                }
                let mut own = Vec::new();
                bound_names(g, alt, &mut own);
                match &first {
                    None => first = Some(own),
                    Some(f) => {
                        let mut a = f.clone();
                        let mut b = own;
                        a.sort();
                        b.sort();
                        if a != b {
                            g.error(alt.range(), "alternative patterns bind different names");
                        }
                    }
                }
            }
            for n in first.unwrap_or_default() {
                let id = ast::Identifier::new(n, TextRange::new(o.range.start(), o.range.start()));
                bind(g, &id, names);
            }
        }
    }
}

/// A literal key of a mapping pattern, compared as CPython compares keys
/// (`1`, `1.0` and `True` are the same key).
enum Key {
    Int(i128),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    None,
}

impl Key {
    fn same(&self, o: &Key) -> bool {
        match (self, o) {
            (Key::Int(a), Key::Int(b)) => a == b,
            (Key::Float(a), Key::Float(b)) => a == b,
            (Key::Int(a), Key::Float(b)) | (Key::Float(b), Key::Int(a)) => *a as f64 == *b,
            (Key::Str(a), Key::Str(b)) => a == b,
            (Key::Bytes(a), Key::Bytes(b)) => a == b,
            (Key::None, Key::None) => true,
            _ => false,
        }
    }

    fn repr(&self) -> String {
        match self {
            Key::Int(n) => n.to_string(),
            Key::Float(f) if f.fract() == 0.0 && f.abs() < 1e16 => format!("{f:.1}"),
            Key::Float(f) => f.to_string(),
            Key::Str(s) if s.contains('\'') && !s.contains('"') => format!("\"{s}\""),
            Key::Str(s) => format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'")),
            Key::Bytes(b) => format!("b'{}'", String::from_utf8_lossy(b)),
            Key::None => "None".into(),
        }
    }
}

fn literal_key(e: &Expr) -> Option<Key> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => Key::Int(i.to_string().parse().ok()?),
            Number::Float(f) => Key::Float(*f),
            Number::Complex { .. } => return None,
        },
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => match literal_key(&u.operand)? {
            Key::Int(i) => Key::Int(-i),
            Key::Float(f) => Key::Float(-f),
            _ => return None,
        },
        Expr::StringLiteral(s) => Key::Str(s.value.to_str().to_string()),
        Expr::BytesLiteral(b) => Key::Bytes(b.value.bytes().collect()),
        Expr::BooleanLiteral(b) => Key::Int(b.value as i128),
        Expr::NoneLiteral(_) => Key::None,
        _ => return None,
    })
}
