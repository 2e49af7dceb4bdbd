//! Input generators shared by the stable fuzz smoke test (tests/fuzz_smoke.rs)
//! and the cargo-fuzz targets (fuzz/): random Python-ish programs for the
//! compiler and random host-call sequences for the ABI.
#![allow(dead_code)]

/// A tiny deterministic PRNG (xorshift64*), so a failing case is
/// reproducible from its seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FRAGMENTS: &[&str] = &[
    "x",
    "y",
    "s",
    "d",
    "xs",
    "1",
    "0",
    "-3",
    "2.5",
    "1e308",
    "'a'",
    "\"bc\"",
    "None",
    "True",
    "[]",
    "{}",
    "()",
    "[1, 2]",
    "{'k': 1}",
    "(1,)",
    "x + y",
    "x * 3",
    "x // 0",
    "x % y",
    "x ** 40",
    "s[1:]",
    "xs[0]",
    "d['k']",
    "len(xs)",
    "str(x)",
    "int(s)",
    "float(s)",
    "f'{x:>5}'",
    "f'{y!r}'",
    "s.split(',')",
    "','.join(xs)",
    "sorted(xs)",
    "max(xs)",
    "range(3)",
    "[i for i in xs]",
    "{k: v for k, v in d.items()}",
    "lambda a: a",
    "x if y else s",
    "not x",
    "x and y",
    "x or y",
    "x < y < 3",
    "x in xs",
    "json.dumps(d)",
    "json.loads(s)",
    "abs(x)",
    "divmod(x, y)",
    "round(y, 1)",
    "hex(x)",
    "chr(x)",
    "ord(s)",
];

const STATEMENTS: &[&str] = &[
    "x = {e}",
    "y = {e}",
    "s = {e}",
    "xs = {e}",
    "d = {e}",
    "xs.append({e})",
    "d[{e}] = {e}",
    "del xs[0]",
    "if {e}:\n{i}    x = {e}\n{i}else:\n{i}    y = {e}",
    "for i in {e}:\n{i}    x = i",
    "while x < 3:\n{i}    x = x + 1",
    "try:\n{i}    x = {e}\n{i}except Exception as err:\n{i}    s = str(err)",
    "assert {e}",
    "raise ValueError({e})",
    "x, *xs = {e}",
    "pass",
    "return {e}",
    "global x",
    "def g(a, b=2):\n{i}    return a",
    "x += {e}",
];

fn expr(rng: &mut Rng, depth: usize) -> String {
    if depth > 2 || rng.below(3) == 0 {
        return rng.pick(FRAGMENTS).to_string();
    }
    match rng.below(4) {
        0 => format!("({} + {})", expr(rng, depth + 1), expr(rng, depth + 1)),
        1 => format!("[{}, {}]", expr(rng, depth + 1), expr(rng, depth + 1)),
        2 => format!("str({})", expr(rng, depth + 1)),
        _ => format!("{}[{}]", expr(rng, depth + 1), expr(rng, depth + 1)),
    }
}

/// A random program: mostly well-formed Python that may fail at compile or
/// run time, sometimes with a random byte mangled to hit the parser.
pub fn python_program(rng: &mut Rng) -> String {
    let mut body = String::from("import json\nx = 1\ny = 2\ns = '1,2'\nxs = [1, 2]\nd = {'k': 1}\n\ndef on_client_request():\n    global x, y, s, xs, d\n");
    for _ in 0..1 + rng.below(8) {
        let template = rng.pick(STATEMENTS);
        let mut line = template.replace("{i}", "    ");
        while line.contains("{e}") {
            line = line.replacen("{e}", &expr(rng, 0), 1);
        }
        for l in line.lines() {
            body.push_str("    ");
            body.push_str(l);
            body.push('\n');
        }
    }
    body.push_str("    return str(x) + str(xs)\n");
    if rng.below(5) == 0 && !body.is_empty() {
        let at = rng.below(body.len());
        if body.is_char_boundary(at) && body.is_char_boundary(at + 1) {
            body.replace_range(
                at..at + 1,
                rng.pick(&["(", ":", "\"", "\t", "\u{e9}", ")", "]"]),
            );
        }
    }
    body
}

const CALLS: &[(&str, &str, usize)] = &[
    ("request_method", "(param i32 i32) (result i32)", 2),
    ("request_path", "(param i32 i32) (result i32)", 2),
    ("request_query", "(param i32 i32) (result i32)", 2),
    ("request_body", "(param i32 i32) (result i32)", 2),
    ("request_header", "(param i32 i32 i32 i32) (result i32)", 4),
    ("request_header_count", "(result i32)", 0),
    ("request_header_name", "(param i32 i32 i32) (result i32)", 3),
    (
        "request_header_value",
        "(param i32 i32 i32) (result i32)",
        3,
    ),
    ("response_status", "(param i32)", 1),
    ("response_header", "(param i32 i32 i32 i32)", 4),
    ("response_body", "(param i32 i32)", 2),
    ("log", "(param i32 i32 i32)", 3),
];

fn arg(rng: &mut Rng) -> i64 {
    match rng.below(6) {
        0 => 0,
        1 => rng.below(64) as i64,
        2 => rng.below(70_000) as i64,
        3 => -(rng.below(100) as i64),
        4 => i32::MAX as i64 - rng.below(16) as i64,
        _ => (rng.next() as u32) as i32 as i64,
    }
}

/// A WAT module whose handler makes a random sequence of host calls with
/// random (often out-of-range) arguments.
pub fn host_call_module(rng: &mut Rng) -> String {
    let mut imports = String::new();
    for (i, (name, sig, _)) in CALLS.iter().enumerate() {
        imports.push_str(&format!(
            "  (import \"mayfly\" \"{name}\" (func $f{i} {sig}))\n"
        ));
    }
    let mut body = String::new();
    for _ in 0..1 + rng.below(12) {
        let index = rng.below(CALLS.len());
        let (_, sig, arity) = CALLS[index];
        let args: Vec<String> = (0..arity)
            .map(|_| format!("(i32.const {})", arg(rng)))
            .collect();
        let call = format!("(call $f{index} {})", args.join(" "));
        body.push_str("    ");
        body.push_str(&if sig.contains("result") {
            format!("(drop {call})")
        } else {
            call
        });
        body.push('\n');
    }
    format!(
        "(module\n{imports}  (memory (export \"memory\") 1)\n  (data (i32.const 0) \"content-type text/plain x-a\")\n  (func (export \"mayfly_handle\")\n{body}  ))\n"
    )
}
