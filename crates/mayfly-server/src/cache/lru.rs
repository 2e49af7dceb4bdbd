//! The cache's size bound: which entries exist, how big they are and when
//! each was last used, so that storing one past the bound evicts the least
//! recently used. Recency lives in the files' modification times (a hit
//! touches its file), so it survives restarts; this index is the running
//! server's view of it, read from the directory once at startup.

use std::collections::HashMap;
use std::time::SystemTime;

#[derive(Default)]
pub struct Index {
    entries: HashMap<String, Slot>,
    total_bytes: u64,
}

#[derive(Clone, Copy)]
struct Slot {
    bytes: u64,
    used: SystemTime,
}

impl Index {
    pub fn total_bytes(&self) -> u64 {
        self.total_bytes
    }

    /// How many entries there are.
    pub fn entries(&self) -> usize {
        self.entries.len()
    }

    /// Records `key` as present with `bytes`, used at `used`.
    pub fn insert(&mut self, key: &str, bytes: u64, used: SystemTime) {
        let slot = Slot { bytes, used };
        if let Some(old) = self.entries.insert(key.to_string(), slot) {
            self.total_bytes -= old.bytes;
        }
        self.total_bytes += bytes;
    }

    pub fn touch(&mut self, key: &str, used: SystemTime) {
        if let Some(slot) = self.entries.get_mut(key) {
            slot.used = used;
        }
    }

    pub fn remove(&mut self, key: &str) {
        if let Some(old) = self.entries.remove(key) {
            self.total_bytes -= old.bytes;
        }
    }

    /// The keys to evict, least recently used first, so that the rest fit
    /// in `target` bytes; `keep` (the entry just stored) is never among
    /// them. Removes them from the index.
    pub fn evict_to(&mut self, target: u64, keep: &str) -> Vec<String> {
        if self.total_bytes <= target {
            return Vec::new();
        }
        let mut by_age: Vec<(SystemTime, String)> = self
            .entries
            .iter()
            .filter(|(key, _)| key.as_str() != keep)
            .map(|(key, slot)| (slot.used, key.clone()))
            .collect();
        by_age.sort();
        let mut evicted = Vec::new();
        for (_, key) in by_age {
            if self.total_bytes <= target {
                break;
            }
            self.remove(&key);
            evicted.push(key);
        }
        evicted
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn evicts_least_recently_used_first_and_never_the_new_entry() {
        let t = |s| SystemTime::UNIX_EPOCH + Duration::from_secs(s);
        let mut index = Index::default();
        index.insert("a", 10, t(1));
        index.insert("b", 10, t(2));
        index.insert("c", 10, t(3));
        index.touch("a", t(4));
        index.insert("d", 10, t(5));
        assert_eq!(index.total_bytes(), 40);
        assert_eq!(index.evict_to(20, "d"), ["b", "c"]);
        assert_eq!(index.total_bytes(), 20);
        assert_eq!(index.evict_to(0, "d"), ["a"]);
        assert_eq!(index.entries(), 1);
        index.insert("d", 5, t(6));
        assert_eq!(index.total_bytes(), 5);
    }
}
