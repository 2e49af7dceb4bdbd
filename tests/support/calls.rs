//! The `# call:` lines with which corpus programs declare their requests,
//! shared by the CPython and Flask differential tests.

use std::path::{Path, PathBuf};

/// Splits a `# call:` line like a shell would for the simple cases the
/// corpora need: whitespace separates words, '...' and "..." group.
pub fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => word.push(c),
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                in_word = true;
            }
            None if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            None => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// The requests a program declares in its leading comment lines, each as
/// `mayfly call` arguments; empty if it declares none.
pub fn declared_requests(source: &str) -> Vec<Vec<String>> {
    source
        .lines()
        .take_while(|l| l.starts_with('#'))
        .filter_map(|l| l.strip_prefix("# call:"))
        .map(shell_words)
        .collect()
}

/// Runs `compare` on every case on two threads (the machine has two cores
/// and each comparison runs processes) and returns every failure it
/// reported, so a run shows all mismatches at once.
pub fn compare_all<T: Sync>(
    cases: &[T],
    compare: impl Fn(&T) -> Option<String> + Sync,
) -> Vec<String> {
    std::thread::scope(|s| {
        let workers: Vec<_> = [0, 1]
            .map(|k| {
                let compare = &compare;
                s.spawn(move || {
                    cases
                        .iter()
                        .skip(k)
                        .step_by(2)
                        .filter_map(compare)
                        .collect::<Vec<_>>()
                })
            })
            .into_iter()
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("worker"))
            .collect()
    })
}

/// Every `.py` program in `dir` (sorted) and the requests `requests` finds
/// in each, as (program, `mayfly call` arguments) cases.
pub fn corpus_cases(
    dir: &Path,
    requests: impl Fn(&str) -> Vec<Vec<String>>,
) -> (usize, Vec<(PathBuf, Vec<String>)>) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    let cases = files
        .iter()
        .flat_map(|f| {
            let source =
                std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            requests(&source)
                .into_iter()
                .map(move |args| (f.clone(), args))
        })
        .collect();
    (files.len(), cases)
}

/// Fails with every mismatch if there are any.
pub fn assert_no_failures(failures: &[String], cases: usize) {
    assert!(
        failures.is_empty(),
        "{} of {cases} requests differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
