;; A WASI preview 1 guest: prints to stdout (into the tenant log) and
;; answers "wasi ok".
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "mayfly" "response_body" (func $body (param i32 i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "hello from wasi\n")
  (data (i32.const 32) "wasi ok")
  (func (export "mayfly_handle")
    (i32.store (i32.const 100) (i32.const 0))
    (i32.store (i32.const 104) (i32.const 16))
    (drop (call $fd_write (i32.const 1) (i32.const 100) (i32.const 1) (i32.const 200)))
    (call $body (i32.const 32) (i32.const 7))))
