;; Answers its whole linear memory and its global: what a request can see of
;; whatever ran before it. `/write` first stores a secret in both.
(module
  (import "mayfly" "request_path" (func $path (param i32 i32) (result i32)))
  (import "mayfly" "response_body" (func $body (param i32 i32)))
  (memory (export "memory") 1024 1024 (pagesize 1))
  (global $g (mut i32) (i32.const 0))
  (func (export "mayfly_handle")
    (local $i i32)
    ;; A path of 6 bytes is "/write": plant the secret everywhere.
    (if (i32.eq (call $path (i32.const 0) (i32.const 0)) (i32.const 6))
      (then
        (global.set $g (i32.const 0x53454352))
        (loop $fill
          (i32.store8 (local.get $i) (i32.const 0x53))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $fill (i32.lt_u (local.get $i) (i32.const 1020))))))
    (i32.store (i32.const 1020) (global.get $g))
    (call $body (i32.const 0) (i32.const 1024))))
