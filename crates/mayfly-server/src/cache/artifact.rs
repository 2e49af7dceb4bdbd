//! The on-disk form of one cache entry: wasmtime's serialized module, then
//! a trailer with a checksum. The module comes first so that the file can
//! be mapped as it is (`Module::deserialize_open_file`): its machine code is
//! then file-backed pages the kernel shares and drops, not a copy on the
//! heap of every tenant (issue 17, idle memory). The checksum finds what a
//! crash or a full disk leaves behind (a truncated file) and any flipped
//! byte, before wasmtime is handed the file; wasmtime's own header check
//! then refuses the output of another wasmtime version or configuration.
//!
//! | bytes | field |
//! |---|---|
//! | n | the module, as `Module::serialize` wrote it |
//! | 32 | SHA-256 of the module and the next two fields |
//! | 8 | image_bytes, little endian (what the admin API reports) |
//! | 8 | n, little endian |
//! | 8 | magic `MAYFLYC2` (the format's version is its last byte) |

use std::io::{Read, Seek, SeekFrom};

use sha2::{Digest, Sha256};

const MAGIC: &[u8; 8] = b"MAYFLYC2";
const TRAILER: usize = 32 + 8 + 8 + 8;

/// A cached final module and what is reported about it, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    /// Size of the pre-initialised Wasm module it was compiled from.
    pub image_bytes: u64,
    /// wasmtime's serialized module (machine code).
    pub module: Vec<u8>,
}

/// Why an entry's bytes are not an artifact.
#[derive(Debug, thiserror::Error)]
pub enum Corrupt {
    #[error("truncated ({0} bytes, its end is missing)")]
    Truncated(u64),
    #[error("not a mayfly cache entry of this format (bad magic)")]
    Magic,
    #[error("longer than its trailer says ({0} bytes)")]
    Trailing(u64),
    #[error("checksum mismatch (bytes changed after it was written)")]
    Checksum,
    #[error("cannot be read: {0}")]
    Io(#[from] std::io::Error),
}

impl Artifact {
    pub fn encode(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(self.module.len() + TRAILER);
        bytes.extend_from_slice(&self.module);
        let mut fields = [0u8; 16];
        fields[..8].copy_from_slice(&self.image_bytes.to_le_bytes());
        fields[8..].copy_from_slice(&(self.module.len() as u64).to_le_bytes());
        let mut sum = Sha256::new();
        sum.update(&self.module);
        sum.update(fields);
        bytes.extend_from_slice(&sum.finalize());
        bytes.extend_from_slice(&fields);
        bytes.extend_from_slice(MAGIC);
        bytes
    }
}

/// Checks the entry in `file` (of `len` bytes) without keeping its bytes:
/// they are streamed through the checksum and stay in the page cache for
/// the mapping that follows. Returns the image size and leaves the file's
/// position at the start.
pub fn verify(file: &mut std::fs::File, len: u64) -> Result<u64, Corrupt> {
    // A truncation cuts the trailer off, magic and all: a file that starts
    // as wasmtime's output (an ELF object) but lacks it was cut short.
    let mut start = [0u8; 4];
    file.seek(SeekFrom::Start(0))?;
    let elf = file.read_exact(&mut start).is_ok() && &start == b"\x7fELF";
    let cut_or_foreign = || {
        if elf {
            Corrupt::Truncated(len)
        } else {
            Corrupt::Magic
        }
    };
    if len < TRAILER as u64 {
        return Err(cut_or_foreign());
    }
    let mut trailer = [0u8; TRAILER];
    file.seek(SeekFrom::Start(len - TRAILER as u64))?;
    file.read_exact(&mut trailer)?;
    if &trailer[48..] != MAGIC {
        return Err(cut_or_foreign());
    }
    let word = |at: usize| {
        let mut le = [0u8; 8];
        le.copy_from_slice(&trailer[at..at + 8]);
        u64::from_le_bytes(le)
    };
    let image_bytes = word(32);
    let declared = word(40);
    let actual = len - TRAILER as u64;
    if actual < declared {
        return Err(Corrupt::Truncated(len));
    }
    if actual > declared {
        return Err(Corrupt::Trailing(len));
    }
    file.seek(SeekFrom::Start(0))?;
    let mut sum = Sha256::new();
    let mut left = declared;
    let mut chunk = vec![0u8; 64 << 10];
    while left > 0 {
        let n = chunk.len().min(left as usize);
        file.read_exact(&mut chunk[..n])?;
        sum.update(&chunk[..n]);
        left -= n as u64;
    }
    sum.update(&trailer[32..48]);
    if sum.finalize()[..] != trailer[..32] {
        return Err(Corrupt::Checksum);
    }
    file.seek(SeekFrom::Start(0))?;
    Ok(image_bytes)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn sample() -> Artifact {
        Artifact {
            image_bytes: 1234,
            // Starts as an ELF object does, as wasmtime's output does.
            module: b"\x7fELF".iter().copied().chain(4..=255).collect(),
        }
    }

    fn check(bytes: &[u8]) -> Result<u64, Corrupt> {
        let mut file = tempfile::tempfile().expect("temp file");
        file.write_all(bytes).expect("write");
        verify(&mut file, bytes.len() as u64)
    }

    #[test]
    fn round_trip_and_the_module_starts_the_file() {
        let bytes = sample().encode();
        assert_eq!(check(&bytes).expect("sound"), 1234);
        assert_eq!(&bytes[..256], &sample().module[..]);
    }

    #[test]
    fn a_cut_module_reads_as_truncated_and_other_files_as_foreign() {
        let bytes = sample().encode();
        assert!(matches!(check(&bytes[..100]), Err(Corrupt::Truncated(100))));
        assert!(matches!(check(&[7u8; 100]), Err(Corrupt::Magic)));
    }

    #[test]
    fn every_truncation_and_every_flipped_byte_is_found() {
        let bytes = sample().encode();
        for len in 0..bytes.len() {
            assert!(check(&bytes[..len]).is_err(), "{len}");
        }
        for at in 0..bytes.len() {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x40;
            assert!(check(&flipped).is_err(), "{at}");
        }
    }
}
