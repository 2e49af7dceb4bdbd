//! The `# call:` lines with which corpus programs declare their requests,
//! shared by the CPython and Flask differential tests.

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
