//! Werkzeug rule strings, parsed at compile time: the prelude receives
//! the segments as a Python literal, so a malformed or unsupported rule is
//! a compile error with the rule's range and loading pays no parsing.
//!
//! A segment is `["", text]` (static), `[conv, name]` (one whole-segment
//! converter without arguments: the common case, matched directly), or
//! `["*", pieces, weight]` (text mixed with converters, or converter
//! arguments), matched by `_flask_match_pieces` like Werkzeug's regex.

/// One piece of a mixed segment.
enum Piece {
    Text(String),
    /// Converter name, variable, options as Python `key: value` text.
    Conv(String, String, Vec<(String, String)>),
}

/// Python string literal (the prelude is Python; Rust's `{:?}` is not).
pub fn py_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn is_ident(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && cs.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A rule: the segments as Python literal text and the variables in order.
pub struct Parsed {
    pub segs: String,
    pub vars: Vec<String>,
}

/// Converter options Werkzeug accepts that mayfly implements.
fn conv_options(conv: &str, args: &str) -> Result<Vec<(String, String)>, String> {
    let mut opts = Vec::new();
    let mut items = Vec::new();
    for a in args.split(',').map(str::trim).filter(|a| !a.is_empty()) {
        match a.split_once('=') {
            Some((k, v)) => {
                let (k, v) = (k.trim(), v.trim());
                let value = match (conv, k) {
                    ("int" | "float", "signed") if v == "True" || v == "False" => v.to_string(),
                    ("string" | "default", "length" | "minlength" | "maxlength")
                        if v.parse::<u32>().is_ok() =>
                    {
                        v.to_string()
                    }
                    _ => return Err(format!("converter argument '{a}' is not supported (int/float: signed=True; string: length=, minlength=, maxlength=; any: values)")),
                };
                opts.push((k.to_string(), value));
            }
            None if conv == "any" => {
                let v = a.trim_matches(|c| c == '"' || c == '\'');
                items.push(py_str(v));
            }
            None => {
                return Err(format!(
                    "positional converter argument '{a}' is not supported"
                ))
            }
        }
    }
    if conv == "any" {
        if items.is_empty() {
            return Err("any() needs at least one value".into());
        }
        opts.push(("items".into(), format!("[{}]", items.join(", "))));
    }
    Ok(opts)
}

fn weight(conv: &str) -> i32 {
    match conv {
        "int" | "float" => 50,
        "path" => 200,
        _ => 100,
    }
}

/// Splits one segment into text and converters.
fn pieces(seg: &str) -> Result<Vec<Piece>, String> {
    let mut out = Vec::new();
    let mut rest = seg;
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            if rest.contains('>') {
                return Err(format!("malformed rule segment '{seg}'"));
            }
            out.push(Piece::Text(rest.to_string()));
            break;
        };
        if open > 0 {
            out.push(Piece::Text(rest[..open].to_string()));
        }
        let Some(close) = rest[open..].find('>') else {
            return Err(format!("malformed rule segment '{seg}'"));
        };
        let inner = &rest[open + 1..open + close];
        let (spec, var) = inner.rsplit_once(':').unwrap_or(("default", inner));
        let (conv, args) = match spec.split_once('(') {
            Some((c, a)) if a.ends_with(')') => (c, &a[..a.len() - 1]),
            Some(_) => return Err(format!("malformed converter in '{seg}'")),
            None => (spec, ""),
        };
        if !is_ident(var) || !is_ident(conv) {
            return Err(format!("malformed rule segment '{seg}'"));
        }
        if !matches!(
            conv,
            "default" | "string" | "int" | "float" | "path" | "any"
        ) {
            return Err(format!(
                "converter '{conv}' is not supported (string, int, float, path, any)"
            ));
        }
        let conv = if conv == "default" { "string" } else { conv };
        out.push(Piece::Conv(
            conv.to_string(),
            var.to_string(),
            conv_options(conv, args)?,
        ));
        rest = &rest[open + close + 1..];
    }
    Ok(out)
}

/// Parses `rule`, which must start with '/' (a blueprint's prefix may
/// not give one).
pub fn parse(rule: &str) -> Result<Parsed, String> {
    let Some(path) = rule.strip_prefix('/') else {
        return Err(format!("the rule '{rule}' must start with '/'"));
    };
    let mut segs = Vec::new();
    let mut vars = Vec::new();
    for seg in path.split('/') {
        let ps = pieces(seg)?;
        match &ps[..] {
            [] => segs.push("[\"\", \"\"]".to_string()),
            [Piece::Text(t)] => segs.push(format!("[\"\", {}]", py_str(t))),
            [Piece::Conv(c, v, o)] if o.is_empty() && c != "any" => {
                vars.push(v.clone());
                segs.push(format!("[{}, {}]", py_str(c), py_str(v)));
            }
            _ => {
                // Werkzeug's Weighting for such a part puts it after a
                // static segment and before plain converters (50..200):
                // more text pieces first, then longer text.
                let mut n_text = 0;
                let mut text_len = 0;
                let mut items = Vec::new();
                let mut conv_weight = 0;
                for p in &ps {
                    match p {
                        Piece::Text(t) => {
                            n_text += 1;
                            text_len += t.chars().count() as i32;
                            items.push(py_str(t));
                        }
                        Piece::Conv(c, v, o) => {
                            if c == "path" {
                                return Err(format!(
                                    "a <path:> converter must be a whole segment ('{seg}')"
                                ));
                            }
                            vars.push(v.clone());
                            conv_weight = weight(c);
                            let o: Vec<String> = o
                                .iter()
                                .map(|(k, v)| format!("{}: {v}", py_str(k)))
                                .collect();
                            items.push(format!(
                                "[{}, {}, {{{}}}]",
                                py_str(c),
                                py_str(v),
                                o.join(", ")
                            ));
                        }
                    }
                }
                let w = if n_text == 0 {
                    conv_weight
                } else {
                    (45 - 10 * n_text - text_len.min(9)).max(1)
                };
                segs.push(format!("[\"*\", [{}], {w}]", items.join(", ")));
            }
        }
    }
    let mut seen = Vec::new();
    for v in &vars {
        if seen.contains(v) {
            return Err(format!("variable '{v}' appears twice in the rule"));
        }
        seen.push(v.clone());
    }
    Ok(Parsed {
        segs: format!("[{}]", segs.join(", ")),
        vars,
    })
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn segments() {
        let p = parse("/api/v2/<msisdn>").unwrap();
        assert_eq!(p.segs, r#"[["", "api"], ["", "v2"], ["string", "msisdn"]]"#);
        let p = parse("/file/<name>.<ext>").unwrap();
        assert_eq!(p.vars, ["name", "ext"]);
        assert!(p
            .segs
            .contains(r#"["*", [["string", "name", {}], ".", ["string", "ext", {}]], 34]"#));
        let p = parse("/v<int:version>/<int(signed=True):n>").unwrap();
        assert!(
            p.segs.contains(r#"["int", "n", {"signed": True}]"#),
            "{}",
            p.segs
        );
        assert!(parse("/<uuid:u>").is_err());
        // A blueprint prefix can make a rule that starts with anything,
        // a multi-byte character included (found by the fuzzer).
        assert_eq!(
            parse("\u{83}\u{83}/admin/").err().as_deref(),
            Some("the rule '\u{83}\u{83}/admin/' must start with '/'")
        );
        assert!(parse("").is_err());
        assert!(parse("/<int(max=3):u>").is_err());
        assert!(parse("/<a>/<a>").is_err());
        assert!(parse("/<path:p>.txt").is_err());
    }
}
