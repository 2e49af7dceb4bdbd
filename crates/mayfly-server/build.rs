//! Sets `MAYFLY_COMPILER_ID`: a hash of every source that decides what a
//! tenant's compiled module is (the Python compiler with its runtime
//! dialect, the sandbox with its init snapshot, the dependency versions in
//! Cargo.lock). The compile cache keys its entries with it, so an entry
//! made by another build of the compiler is never reused. The crate
//! versions alone would not do: the compiler changes many times between
//! two releases.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let inputs = [
        "crates/mayfly-compiler",
        "crates/mayfly-sandbox/src",
        "crates/mayfly-sandbox/Cargo.toml",
        "crates/mayfly-server/src/source.rs",
        "Cargo.lock",
    ];
    let mut hasher = Sha256::new();
    for input in inputs {
        let path = root.join(input);
        // A directory is scanned whole by cargo for changes.
        println!("cargo:rerun-if-changed={}", path.display());
        let mut files = Vec::new();
        collect(&path, &mut files);
        files.sort();
        for file in files {
            let relative = file.strip_prefix(&root).unwrap_or(&file);
            hasher.update(relative.to_string_lossy().as_bytes());
            hasher.update([0]);
            // A file that cannot be read (a race with an editor) hashes as
            // empty: the next build sees it changed and hashes again.
            hasher.update(std::fs::read(&file).unwrap_or_default());
            hasher.update([0]);
        }
    }
    let id: String = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    println!("cargo:rustc-env=MAYFLY_COMPILER_ID={id}");
}

/// Every file under `path`, leaving out the compiler's tests and anything
/// a build or an editor leaves behind.
fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with('.') || name == "target" || name == "tests" {
        return;
    }
    match std::fs::read_dir(path) {
        Ok(entries) => {
            for entry in entries.flatten() {
                collect(&entry.path(), files);
            }
        }
        Err(_) if path.is_file() => files.push(path.to_path_buf()),
        Err(_) => {}
    }
}
