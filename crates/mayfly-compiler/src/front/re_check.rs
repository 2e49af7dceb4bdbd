//! A literal pattern given to one of re's functions is read at compile
//! time for the syntax CPython 3.11 accepts and mayfly's engine does not
//! (possessive quantifiers, atomic and conditional groups, `\N{...}`):
//! those are compile errors naming the construct. Everything else about
//! the pattern (its errors too) is the run-time parser's
//! (runtime/re_parse*.py). A verbose pattern (`(?x)`) is not read here:
//! its comments may hold any text.

/// What the pattern holds that mayfly refuses, if anything.
pub fn refused_syntax(p: &str) -> Option<String> {
    if p.contains("(?x") || p.contains("(?ax") || p.contains("(?ix") {
        return None;
    }
    let c: Vec<char> = p.chars().collect();
    let mut i = 0;
    let mut in_class = false;
    let refuse = |what: &str| Some(format!("{what} are not supported"));
    while i < c.len() {
        let ch = c[i];
        if ch == '\\' {
            if !in_class && c.get(i + 1) == Some(&'N') {
                return refuse("\\N{...} escapes");
            }
            i += 2;
            continue;
        }
        if in_class {
            if ch == ']' {
                in_class = false;
            }
            i += 1;
            continue;
        }
        match ch {
            '[' => {
                in_class = true;
                i += 1;
                if c.get(i) == Some(&'^') {
                    i += 1;
                }
                if c.get(i) == Some(&']') {
                    i += 1;
                }
                continue;
            }
            '(' if c.get(i + 1) == Some(&'?') => {
                match c.get(i + 2) {
                    Some('>') => return refuse("atomic groups (?>...)"),
                    Some('(') => return refuse("conditional groups (?(...)...)"),
                    _ => {}
                }
                i += 2;
                continue;
            }
            '*' | '+' | '?' if c.get(i + 1) == Some(&'+') => {
                return refuse("possessive quantifiers");
            }
            '{' => {
                let mut j = i + 1;
                while j < c.len() && (c[j].is_ascii_digit() || c[j] == ',') {
                    j += 1;
                }
                let commas = c[i + 1..j].iter().filter(|&&x| x == ',').count();
                if j > i + 1 && commas <= 1 && c.get(j) == Some(&'}') && c.get(j + 1) == Some(&'+')
                {
                    return refuse("possessive quantifiers");
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::refused_syntax;

    #[test]
    fn refuses_what_the_engine_lacks_and_nothing_else() {
        assert!(refused_syntax(r"a*+").is_some());
        assert!(refused_syntax(r"a{2,3}+").is_some());
        assert!(refused_syntax(r"(?>ab)").is_some());
        assert!(refused_syntax(r"(a)?(?(1)b|c)").is_some());
        assert!(refused_syntax(r"\N{EM DASH}").is_some());
        for ok in [
            r"a+b*?",
            r"[*+]+",
            r"\++",
            r"(?:a)+",
            r"x{2}",
            r"[(?>]",
            r"(?x) a *+ # (?>",
        ] {
            assert_eq!(refused_syntax(ok), None, "{ok}");
        }
    }
}
