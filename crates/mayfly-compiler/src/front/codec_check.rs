//! The literal codec and error-handler arguments of str.encode and
//! bytes.decode, checked at compile time against what the runtime's
//! codecs (runtime/bytes.py, runtime/codecs.py) implement.

use super::Gen;
use ruff_python_ast::{self as ast, Expr};

/// Only UTF-8, ASCII and Latin-1 are implemented: a literal naming another
/// codec (or an error handler they lack) is refused here rather than
/// failing at run time.
pub(super) fn check_codec_args(g: &mut Gen, c: &ast::ExprCall, decode: bool) {
    let args = &c.arguments;
    let lit = |pos: usize, kw: &str| {
        args.args
            .get(pos)
            .or_else(|| args.find_keyword(kw).map(|k| &k.value))
    };
    let mut codec_utf8 = lit(0, "encoding").is_none();
    if let Some(Expr::StringLiteral(s)) = lit(0, "encoding") {
        let norm: String = s
            .value
            .to_str()
            .chars()
            .map(|c| match c {
                '-' | ' ' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        // The names bytes.py's codec_id knows.
        let utf8 = matches!(norm.as_str(), "utf_8" | "utf8" | "u8" | "utf" | "cp65001");
        let narrow = matches!(
            norm.as_str(),
            "ascii"
                | "us_ascii"
                | "646"
                | "latin_1"
                | "latin1"
                | "latin"
                | "l1"
                | "iso_8859_1"
                | "iso8859_1"
                | "8859"
                | "cp819"
        );
        if !utf8 && !narrow {
            g.error(
                s.range,
                format!(
                    "only the UTF-8, ASCII and Latin-1 codecs are supported, not {:?}",
                    s.value.to_str()
                ),
            );
        }
        codec_utf8 = utf8;
    }
    // Encoding to UTF-8 never consults the error handler; the others
    // implement strict, replace, ignore, backslashreplace and (encoding)
    // xmlcharrefreplace, UTF-8 decoding strict, replace and ignore.
    if let Some(Expr::StringLiteral(s)) = lit(1, "errors") {
        let h = s.value.to_str();
        let refused = match h {
            "surrogateescape" | "surrogatepass" | "namereplace" if decode || !codec_utf8 => {
                "strict, replace, ignore, backslashreplace and xmlcharrefreplace are"
            }
            "backslashreplace" | "xmlcharrefreplace" if decode && codec_utf8 => {
                "decoding UTF-8 takes strict, replace and ignore"
            }
            _ => "",
        };
        if !refused.is_empty() {
            g.error(
                s.range,
                format!("the '{h}' error handler is not supported here ({refused})"),
            );
        }
    }
}
