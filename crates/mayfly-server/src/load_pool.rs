//! The tenant loaders: a few threads at a lowered priority that compile and
//! load tenants, so that a startup or a rescan with thousands of tenants
//! uses every core the requests leave idle, and no more.
//!
//! Two lanes: `Urgent` (a file just changed, a rescan) is always taken
//! before `Background` (the tenants found at startup), so a file dropped
//! while 10,000 others are still loading does not wait for all of them.
//! Cranelift's own worker threads (wasmtime compiles functions in
//! parallel on rayon's global pool) get the same priority.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex};

pub type Job = Box<dyn FnOnce() + Send + 'static>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    Urgent,
    Background,
}

pub struct LoadPool {
    shared: Arc<Shared>,
    threads: usize,
}

#[derive(Default)]
struct Shared {
    queues: Mutex<Queues>,
    ready: Condvar,
}

#[derive(Default)]
struct Queues {
    urgent: VecDeque<Job>,
    background: VecDeque<Job>,
    closed: bool,
}

impl LoadPool {
    /// Starts `threads` loader threads (0: one per core) at nice `nice`.
    pub fn start(threads: usize, nice: i32) -> LoadPool {
        let threads = if threads == 0 {
            std::thread::available_parallelism().map_or(2, |n| n.get())
        } else {
            threads
        };
        lower_compiler_priority(threads, nice);
        let shared = Arc::new(Shared::default());
        let mut started = 0;
        for i in 0..threads {
            let worker = shared.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("mayfly-load-{i}"))
                .spawn(move || {
                    crate::priority::lower_priority(nice, "loader");
                    worker.run();
                });
            match spawned {
                Ok(_) => started += 1,
                Err(err) => tracing::error!("cannot start a loader thread: {err}"),
            }
        }
        LoadPool {
            shared,
            threads: started,
        }
    }

    /// Loader threads running.
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// Queues `job`; with no loader thread at all it runs here and now.
    pub fn submit(&self, lane: Lane, job: Job) {
        if self.threads == 0 {
            job();
            return;
        }
        let mut queues = self.shared.lock();
        match lane {
            Lane::Urgent => queues.urgent.push_back(job),
            Lane::Background => queues.background.push_back(job),
        }
        drop(queues);
        self.shared.ready.notify_one();
    }
}

impl Drop for LoadPool {
    /// The threads finish what is queued, then exit.
    fn drop(&mut self) {
        self.shared.lock().closed = true;
        self.shared.ready.notify_all();
    }
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Queues> {
        self.queues.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn run(&self) {
        loop {
            let job = {
                let mut queues = self.lock();
                loop {
                    if let Some(job) = queues.urgent.pop_front() {
                        break job;
                    }
                    if let Some(job) = queues.background.pop_front() {
                        break job;
                    }
                    if queues.closed {
                        return;
                    }
                    queues = self.ready.wait(queues).unwrap_or_else(|p| p.into_inner());
                }
            };
            // A panicking load must not take the thread (and every load
            // queued behind it) with it; the job's own guards record it.
            if std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)).is_err() {
                tracing::error!("a tenant load panicked");
            }
        }
    }
}

/// Gives wasmtime's parallel compile (rayon's global pool) the loaders'
/// priority. Only the first call in a process can set it up; later ones
/// (a second server in one test process) find it built and leave it.
fn lower_compiler_priority(threads: usize, nice: i32) {
    let built = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("mayfly-compile-{i}"))
        .start_handler(move |_| crate::priority::lower_priority(nice, "compiler"))
        .build_global();
    if let Err(err) = built {
        tracing::debug!("compiler threads already set up: {err}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn urgent_jobs_go_before_background_ones() {
        let pool = LoadPool::start(1, 0);
        let (tx, rx) = mpsc::channel();
        // Hold the only thread until everything is queued.
        let (release, hold) = mpsc::channel::<()>();
        pool.submit(
            Lane::Background,
            Box::new(move || {
                let _ = hold.recv();
            }),
        );
        for (lane, label) in [
            (Lane::Background, "b1"),
            (Lane::Urgent, "u1"),
            (Lane::Background, "b2"),
            (Lane::Urgent, "u2"),
        ] {
            let tx = tx.clone();
            pool.submit(lane, Box::new(move || tx.send(label).expect("send")));
        }
        release.send(()).expect("release");
        let order: Vec<&str> = (0..4).map(|_| rx.recv().expect("job ran")).collect();
        assert_eq!(order, ["u1", "u2", "b1", "b2"]);
    }

    #[test]
    fn a_panicking_job_does_not_stop_the_pool() {
        let pool = LoadPool::start(1, 0);
        let (tx, rx) = mpsc::channel();
        pool.submit(Lane::Urgent, Box::new(|| panic!("boom")));
        pool.submit(Lane::Urgent, Box::new(move || tx.send(()).expect("send")));
        rx.recv().expect("the second job ran");
    }
}
