//! `import statistics`: the averages and measures of spread of CPython
//! 3.11's module for ints, bools and floats (runtime/statistics.py), and
//! StatisticsError. The rest of the module (quantiles, NormalDist,
//! correlation, ...) is a compile error naming it.

use super::stdmod::StdFunc;

pub const MODULE: &str = "statistics";

const DATA: &[&str] = &["data"];

pub(super) const FUNCS: &[StdFunc] = &[
    (MODULE, "mean", "stat_mean", DATA, 1, 1),
    (MODULE, "fmean", "stat_fmean", &["data", "weights"], 1, 2),
    (MODULE, "median", "stat_median", DATA, 1, 1),
    (MODULE, "median_low", "stat_median_low", DATA, 1, 1),
    (MODULE, "median_high", "stat_median_high", DATA, 1, 1),
    (MODULE, "mode", "stat_mode", DATA, 1, 1),
    (MODULE, "multimode", "stat_multimode", DATA, 1, 1),
    (MODULE, "variance", "stat_variance", &["data", "xbar"], 1, 2),
    (MODULE, "pvariance", "stat_pvariance", &["data", "mu"], 1, 2),
    (MODULE, "stdev", "stat_stdev", &["data", "xbar"], 1, 2),
    (MODULE, "pstdev", "stat_pstdev", &["data", "mu"], 1, 2),
];

/// Is `module.name` statistics.StatisticsError (a value: an except
/// clause's class)?
pub fn is_error(module: &str, name: &str) -> bool {
    (module, name) == (MODULE, "StatisticsError")
}
