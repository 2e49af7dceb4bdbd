//! Who may write the cache. A cached artifact is machine code that the
//! server maps executable and runs without compiling it again, so anyone
//! who can write an entry can run code as the server. The rule: the cache
//! directory, and every entry in it, must belong to the server's user and
//! be writable by no one else. A directory that breaks it is refused
//! whole (the cache is switched off, the server still serves), an entry
//! that breaks it is never read.
//!
//! The directory's ancestors are not checked: they are the server user's
//! home or a path the operator chose, as trustworthy as the binary itself.

use std::fs::Metadata;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum Untrusted {
    #[error("cannot create {path}: {source}")]
    Create {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot stat {path}: {source}")]
    Stat {
        path: String,
        source: std::io::Error,
    },
    #[error("{0} is not a directory")]
    NotADirectory(String),
    #[error(
        "{path} {problem}; cached modules are machine code the server runs, so \
         the cache directory must belong to the server's user (uid {uid}) and be \
         writable by no one else (chmod go-w, or point [cache] dir elsewhere)"
    )]
    Permissions {
        path: String,
        problem: String,
        uid: u32,
    },
}

/// Creates `dir` (mode 0700, parents too) if missing, then checks it.
pub fn ensure_private_dir(dir: &Path) -> Result<(), Untrusted> {
    let path = dir.display().to_string();
    if !dir.exists() {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(dir).map_err(|source| Untrusted::Create {
            path: path.clone(),
            source,
        })?;
    }
    let meta = std::fs::metadata(dir).map_err(|source| Untrusted::Stat {
        path: path.clone(),
        source,
    })?;
    if !meta.is_dir() {
        return Err(Untrusted::NotADirectory(path));
    }
    check_private(&meta).map_err(|problem| Untrusted::Permissions {
        path,
        problem,
        uid: current_uid(),
    })
}

/// Whether a file or directory belongs to the server's user and is
/// writable by no one else; the problem in words if not.
pub fn check_private(meta: &Metadata) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let uid = current_uid();
        if meta.uid() != uid {
            return Err(format!("belongs to uid {}, not to uid {uid}", meta.uid()));
        }
        if meta.mode() & 0o022 != 0 {
            return Err(format!(
                "is writable by group or others (mode {:o})",
                meta.mode() & 0o7777
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = meta;
    Ok(())
}

fn current_uid() -> u32 {
    #[cfg(unix)]
    {
        // SAFETY: geteuid has no preconditions and cannot fail.
        unsafe { libc::geteuid() }
    }
    #[cfg(not(unix))]
    0
}
