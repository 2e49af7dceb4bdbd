//! What a file in the tenants dir is, and whether it may be read as a
//! tenant source. The checks found by dropping bad files into tenants/:
//!
//! - a file with a source extension but a name that is not a tenant name
//!   (`Upper Case.py`) is logged once with the rule it breaks, not skipped
//!   in silence;
//! - a symlink resolving outside the tenants dir is refused: the admin API
//!   never writes one, so only a local mistake or an attack makes one, and
//!   following it would serve (and quote in errors) any file the server's
//!   user can read;
//! - a file that does not look like its kind (a `.wat` that is not WAT
//!   text) fails with a message that never quotes its content, so a stray
//!   copy of a secret in tenants/ does not end up in the log as a code frame.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::names::name_problem;
use crate::source::SourceKind;

/// What a path in the tenants dir stands for.
#[derive(Debug, PartialEq, Eq)]
pub enum FileRole {
    Tenant(String, SourceKind),
    /// Not meant as a tenant: no source extension, hidden (editor swap
    /// files, publish temp files), backups (`x.py~`).
    Ignored,
    /// A source extension on a name that is not a tenant name.
    BadName {
        file: String,
        problem: String,
    },
}

pub fn classify(path: &Path) -> FileRole {
    let Some(kind) = SourceKind::of_path(path) else {
        return FileRole::Ignored;
    };
    let file = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let file = file.unwrap_or_default();
    if file.starts_with('.') {
        return FileRole::Ignored;
    }
    let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
        let problem = "the file name is not UTF-8".to_string();
        return FileRole::BadName { file, problem };
    };
    match name_problem(name) {
        None => FileRole::Tenant(name.to_string(), kind),
        Some(problem) => FileRole::BadName { file, problem },
    }
}

/// Remembers which bad file names were logged, so that a rescan or every
/// write to the same file does not repeat the warning.
#[derive(Default)]
pub struct BadNames {
    logged: Mutex<HashSet<String>>,
}

impl BadNames {
    /// Logs `file` with its problem the first time it is seen.
    pub fn note(&self, file: &str, problem: &str) {
        let mut logged = self.logged.lock().unwrap_or_else(|p| p.into_inner());
        if logged.insert(file.to_string()) {
            tracing::warn!(file, "not a tenant, skipped: {problem}");
        }
    }
}

/// The path to read for `path` in `dir`: itself for a regular file, its
/// target for a symlink that resolves inside `dir`; an error naming both
/// for one that resolves outside it.
pub fn resolve_inside(dir: &Path, path: &Path) -> Result<PathBuf, String> {
    let meta = std::fs::symlink_metadata(path)
        .map_err(|e| format!("cannot stat {}: {e}", path.display()))?;
    if !meta.file_type().is_symlink() {
        return Ok(path.to_path_buf());
    }
    let target = std::fs::canonicalize(path)
        .map_err(|e| format!("cannot resolve the symlink {}: {e}", path.display()))?;
    let root = std::fs::canonicalize(dir)
        .map_err(|e| format!("cannot resolve the tenants dir {}: {e}", dir.display()))?;
    if target.starts_with(&root) {
        Ok(target)
    } else {
        Err(format!(
            "refused: {} is a symlink to {}, outside the tenants dir",
            path.display(),
            target.display()
        ))
    }
}

/// Reads `path` without following a symlink in its last component: what
/// [`resolve_inside`] checked is what is read, even if the file is swapped
/// for a symlink in between.
pub fn read_no_follow(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    let mut bytes = Vec::new();
    options.open(path)?.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Checks that `bytes` look like a source of `kind` before anything parses
/// them: the parsers' errors quote the offending line, which is right for
/// a tenant's source and wrong for any other file that got its name.
pub fn check_looks_like(kind: SourceKind, bytes: &[u8]) -> Result<(), String> {
    match kind {
        SourceKind::Wasm if bytes.starts_with(b"\0asm") => Ok(()),
        SourceKind::Wasm => Err("is not a Wasm binary (no `\\0asm` header)".into()),
        SourceKind::Wat => {
            let text = utf8(bytes)?;
            let mut rest = text.trim_start();
            // Line comments may come before the module; block comments
            // start with `(` themselves.
            while let Some(comment) = rest.strip_prefix(";;") {
                rest = comment.split_once('\n').map_or("", |(_, r)| r).trim_start();
            }
            if rest.starts_with('(') {
                Ok(())
            } else {
                Err("is not WAT text (it does not start with `(`)".into())
            }
        }
        SourceKind::Python => {
            let text = utf8(bytes)?;
            match text.find('\0') {
                Some(at) => Err(format!("is not Python source (a NUL byte at offset {at})")),
                None => Ok(()),
            }
        }
    }
}

fn utf8(bytes: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(bytes)
        .map_err(|e| format!("is not UTF-8 text (bad byte at offset {})", e.valid_up_to()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles() {
        let role = |p: &str| classify(Path::new(p));
        assert_eq!(
            role("t/my_app.py"),
            FileRole::Tenant("my_app".into(), SourceKind::Python)
        );
        for ignored in [
            "t/.x.py.swp",
            "t/x.py~",
            "t/#x.py#",
            "t/.hidden.py",
            "t/readme.md",
        ] {
            assert_eq!(role(ignored), FileRole::Ignored, "{ignored}");
        }
        let FileRole::BadName { file, problem } = role("t/Upper Case.py") else {
            panic!("Upper Case.py is a bad name");
        };
        assert_eq!(file, "Upper Case.py");
        assert!(problem.contains("lowercase"), "{problem}");
    }

    #[test]
    fn kinds_are_sniffed_without_parsing() {
        assert!(check_looks_like(SourceKind::Wat, b";; hi\n(module)").is_ok());
        assert!(check_looks_like(SourceKind::Wat, b"(; block ;) (module)").is_ok());
        assert!(check_looks_like(SourceKind::Wat, b"root:x:0:0:root:/root").is_err());
        assert!(check_looks_like(SourceKind::Wasm, b"\0asm\x01\0\0\0").is_ok());
        assert!(check_looks_like(SourceKind::Wasm, b"(module)").is_err());
        assert!(check_looks_like(SourceKind::Python, b"x = 1\n").is_ok());
        assert!(check_looks_like(SourceKind::Python, b"\xff\xfe").is_err());
        let err = check_looks_like(SourceKind::Wat, b"secret-line").unwrap_err();
        assert!(!err.contains("secret"), "{err}");
    }
}
