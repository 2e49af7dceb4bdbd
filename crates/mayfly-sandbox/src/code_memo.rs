//! Cranelift's incremental compilation cache, kept in memory for the
//! process: machine code per function, keyed by Cranelift's hash of the
//! function's IR and the compiler's settings.
//!
//! Why: a tenant with init is compiled twice, once to run init and once
//! after its snapshot, and the two modules differ only in data, global
//! initial values and exports, never in a function body. With this store
//! the second compile finds every function of the first and Cranelift does
//! not run again, so a load costs one Cranelift compile. Functions whose IR
//! is the same in different tenants (the shared Python runtime) hit too.
//! A hit yields the code a miss would have produced (Cranelift applies the
//! function's own relocations to the cached code), so request speed is as
//! before.
//!
//! Bounded: beyond `max_bytes` the oldest entry not hit since it was
//! stored (or last passed over) is evicted (second chance), so the shared
//! runtime's functions stay while each tenant's own ones, needed only
//! until its second compile, go. Nothing here is per tenant; after a cold
//! start it holds at most `max_bytes`.

use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// Counts since the process started, for tests and the load log.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MemoStats {
    /// Functions whose machine code was found here.
    pub hits: u64,
    /// Functions Cranelift compiled (and stored here).
    pub misses: u64,
    /// Bytes held now.
    pub bytes: u64,
}

#[derive(Debug)]
pub(crate) struct CodeMemo {
    max_bytes: usize,
    inner: Mutex<Inner>,
    hits: AtomicU64,
    misses: AtomicU64,
}

#[derive(Debug, Default)]
struct Inner {
    /// Machine code, and whether it was hit since it was last passed over.
    entries: HashMap<Vec<u8>, (Vec<u8>, bool)>,
    /// Insertion order, for eviction.
    order: VecDeque<Vec<u8>>,
    bytes: usize,
}

impl CodeMemo {
    pub(crate) fn new(max_bytes: usize) -> CodeMemo {
        CodeMemo {
            max_bytes,
            inner: Mutex::new(Inner::default()),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    fn inner(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn stats(&self) -> MemoStats {
        MemoStats {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
            bytes: self.inner().bytes as u64,
        }
    }
}

impl wasmtime::CacheStore for CodeMemo {
    fn get(&self, key: &[u8]) -> Option<Cow<'_, [u8]>> {
        // Copied out: the lock cannot be held while Cranelift uses it, and
        // a copy is small next to the compile it replaces.
        let found = self.inner().entries.get_mut(key).map(|(code, hit)| {
            *hit = true;
            code.clone()
        });
        let counter = if found.is_some() {
            &self.hits
        } else {
            &self.misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
        found.map(Cow::Owned)
    }

    fn insert(&self, key: &[u8], value: Vec<u8>) -> bool {
        let size = key.len() + value.len();
        if size > self.max_bytes {
            return false;
        }
        let mut inner = self.inner();
        if inner.entries.contains_key(key) {
            // Two loads compiled the same function at once: keep one copy.
            return true;
        }
        while inner.bytes + size > self.max_bytes {
            let Some(old) = inner.order.pop_front() else {
                break;
            };
            match inner.entries.get_mut(&old) {
                Some((_, hit)) if *hit => {
                    *hit = false;
                    inner.order.push_back(old);
                }
                Some(_) => {
                    let (value, _) = inner.entries.remove(&old).expect("present");
                    inner.bytes -= old.len() + value.len();
                }
                None => {}
            }
        }
        inner.bytes += size;
        inner.order.push_back(key.to_vec());
        inner.entries.insert(key.to_vec(), (value, false));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasmtime::CacheStore;

    #[test]
    fn evicts_the_oldest_unused_entry_and_stays_within_its_bound() {
        let memo = CodeMemo::new(30);
        assert!(memo.insert(b"a", vec![0; 9]));
        assert!(memo.insert(b"b", vec![1; 9]));
        assert!(memo.insert(b"c", vec![2; 9]));
        assert_eq!(memo.stats().bytes, 30);
        assert!(memo.get(b"a").is_some(), "a hit gives `a` a second chance");
        assert!(memo.insert(b"d", vec![3; 9]));
        assert_eq!(memo.stats().bytes, 30);
        assert!(memo.get(b"b").is_none(), "the oldest unused one is evicted");
        assert_eq!(memo.get(b"a").as_deref(), Some(&[0u8; 9][..]));
        assert_eq!(memo.get(b"d").as_deref(), Some(&[3u8; 9][..]));
        assert!(!memo.insert(b"big", vec![0; 40]), "larger than the bound");
        assert_eq!(memo.stats().hits, 3);
        assert_eq!(memo.stats().misses, 1);
    }
}
