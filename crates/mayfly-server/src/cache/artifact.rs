//! The on-disk form of one cache entry: a header with a checksum, then
//! wasmtime's serialized module. The checksum finds what a crash or a
//! full disk leaves behind (a truncated file) and any flipped byte, before
//! wasmtime is handed the bytes; wasmtime's own header check then refuses
//! the output of another wasmtime version or engine configuration.
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `MAYFLYC1` (the format's version is its last byte) |
//! | 32 | SHA-256 of everything after this field |
//! | 8 | image_bytes, little endian (what the admin API reports) |
//! | 8 | length of the module, little endian |
//! | n | the module, as `Module::serialize` wrote it |

use sha2::{Digest, Sha256};

const MAGIC: &[u8; 8] = b"MAYFLYC1";
const HEADER: usize = 8 + 32 + 8 + 8;

/// A cached final module and what is reported about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    /// Size of the pre-initialised Wasm module it was compiled from.
    pub image_bytes: u64,
    /// wasmtime's serialized module (machine code).
    pub module: Vec<u8>,
}

/// Why an entry's bytes are not an artifact.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Corrupt {
    #[error("truncated ({0} bytes, shorter than its header says)")]
    Truncated(usize),
    #[error("not a mayfly cache entry of this format (bad magic)")]
    Magic,
    #[error("longer than its header says ({0} bytes)")]
    Trailing(usize),
    #[error("checksum mismatch (bytes changed after it was written)")]
    Checksum,
}

impl Artifact {
    pub fn encode(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(HEADER + self.module.len());
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&[0; 32]);
        bytes.extend_from_slice(&self.image_bytes.to_le_bytes());
        bytes.extend_from_slice(&(self.module.len() as u64).to_le_bytes());
        bytes.extend_from_slice(&self.module);
        let sum = Sha256::digest(&bytes[40..]);
        bytes[8..40].copy_from_slice(&sum);
        bytes
    }

    pub fn decode(mut bytes: Vec<u8>) -> Result<Artifact, Corrupt> {
        if bytes.len() < HEADER {
            return Err(if bytes.starts_with(MAGIC) || MAGIC.starts_with(&bytes) {
                Corrupt::Truncated(bytes.len())
            } else {
                Corrupt::Magic
            });
        }
        if &bytes[..8] != MAGIC {
            return Err(Corrupt::Magic);
        }
        let word = |at: usize| {
            let mut le = [0u8; 8];
            le.copy_from_slice(&bytes[at..at + 8]);
            u64::from_le_bytes(le)
        };
        let image_bytes = word(40);
        let declared = word(48);
        let actual = (bytes.len() - HEADER) as u64;
        if actual < declared {
            return Err(Corrupt::Truncated(bytes.len()));
        }
        if actual > declared {
            return Err(Corrupt::Trailing(bytes.len()));
        }
        if Sha256::digest(&bytes[40..])[..] != bytes[8..40] {
            return Err(Corrupt::Checksum);
        }
        let module = bytes.split_off(HEADER);
        Ok(Artifact {
            image_bytes,
            module,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Artifact {
        Artifact {
            image_bytes: 1234,
            module: (0..=255).collect(),
        }
    }

    #[test]
    fn round_trip() {
        assert_eq!(Artifact::decode(sample().encode()), Ok(sample()));
    }

    #[test]
    fn every_truncation_and_every_flipped_byte_is_found() {
        let bytes = sample().encode();
        for len in 0..bytes.len() {
            assert!(Artifact::decode(bytes[..len].to_vec()).is_err(), "{len}");
        }
        for at in 0..bytes.len() {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x40;
            assert!(Artifact::decode(flipped).is_err(), "{at}");
        }
        let mut longer = bytes;
        longer.push(0);
        assert_eq!(Artifact::decode(longer), Err(Corrupt::Trailing(56 + 257)));
    }
}
