//! `import random` and `import secrets`: their functions as stdmod's
//! table rows (runtime/random.py, randseq.py, randdist.py, secrets.py).
//! `random.Random` is the constructor of instances whose methods are
//! these functions (front/methods.rs, runtime/randapi.py). What is not
//! here (getstate/setstate, SystemRandom, ...) is a
//! compile error naming it.

use super::stdmod::StdFunc;

const NONE: &[&str] = &[];

pub(super) const FUNCS: &[StdFunc] = &[
    ("random", "Random", "random_new", &["x"], 0, 1),
    ("random", "seed", "random_seed", &["a", "version"], 0, 2),
    ("random", "random", "random_random", NONE, 0, 0),
    ("random", "getrandbits", "random_getrandbits", &["k"], 1, 1),
    ("random", "randbytes", "random_randbytes", &["n"], 1, 1),
    (
        "random",
        "randrange",
        "random_randrange",
        &["start", "stop", "step"],
        1,
        3,
    ),
    ("random", "randint", "random_randint", &["a", "b"], 2, 2),
    ("random", "choice", "random_choice", &["seq"], 1, 1),
    (
        "random",
        "choices",
        "random_choices",
        &["population", "weights", "cum_weights", "k"],
        1,
        2,
    ),
    ("random", "shuffle", "random_shuffle", &["x"], 1, 1),
    (
        "random",
        "sample",
        "random_sample",
        &["population", "k"],
        2,
        2,
    ),
    ("random", "uniform", "random_uniform", &["a", "b"], 2, 2),
    (
        "random",
        "triangular",
        "random_triangular",
        &["low", "high", "mode"],
        0,
        3,
    ),
    ("random", "gauss", "random_gauss", &["mu", "sigma"], 0, 2),
    (
        "random",
        "normalvariate",
        "random_normalvariate",
        &["mu", "sigma"],
        0,
        2,
    ),
    (
        "random",
        "lognormvariate",
        "random_lognormvariate",
        &["mu", "sigma"],
        2,
        2,
    ),
    (
        "random",
        "expovariate",
        "random_expovariate",
        &["lambd"],
        1,
        1,
    ),
    (
        "random",
        "gammavariate",
        "random_gammavariate",
        &["alpha", "beta"],
        2,
        2,
    ),
    (
        "random",
        "betavariate",
        "random_betavariate",
        &["alpha", "beta"],
        2,
        2,
    ),
    (
        "random",
        "vonmisesvariate",
        "random_vonmisesvariate",
        &["mu", "kappa"],
        2,
        2,
    ),
    (
        "random",
        "paretovariate",
        "random_paretovariate",
        &["alpha"],
        1,
        1,
    ),
    (
        "random",
        "weibullvariate",
        "random_weibullvariate",
        &["alpha", "beta"],
        2,
        2,
    ),
    (
        "secrets",
        "token_bytes",
        "secrets_token_bytes",
        &["nbytes"],
        0,
        1,
    ),
    (
        "secrets",
        "token_hex",
        "secrets_token_hex",
        &["nbytes"],
        0,
        1,
    ),
    (
        "secrets",
        "token_urlsafe",
        "secrets_token_urlsafe",
        &["nbytes"],
        0,
        1,
    ),
    ("secrets", "choice", "secrets_choice", &["seq"], 1, 1),
    (
        "secrets",
        "randbelow",
        "secrets_randbelow",
        &["exclusive_upper_bound"],
        1,
        1,
    ),
    (
        "secrets",
        "compare_digest",
        "secrets_compare_digest",
        &["a", "b"],
        2,
        2,
    ),
];

/// Keyword arguments refused at compile time: those CPython's function
/// takes and mayfly's does not, and any to compare_digest, which takes
/// its two by position only (CPython's TypeError on every call).
pub(super) fn refused_keyword(module: &str, name: &str, keyword: &str) -> bool {
    (module, name, keyword) == ("random", "sample", "counts")
        || (matches!(module, "secrets" | "hmac") && name == "compare_digest")
}
