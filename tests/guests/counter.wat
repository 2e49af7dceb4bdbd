;; Increments a global and a memory cell, then answers both. Every request
;; starts from the image, so the answer is always "1 1". mayfly_init sets
;; both to 0 from 41, proving init runs once and its state is the image.
(module
  (import "mayfly" "response_body" (func $body (param i32 i32)))
  (memory (export "memory") 1)
  (global $count (mut i32) (i32.const 41))
  (data (i32.const 0) "\29")  ;; 41
  (func (export "mayfly_init")
    (global.set $count (i32.const 0))
    (i32.store8 (i32.const 0) (i32.const 0)))
  (func (export "mayfly_handle")
    (global.set $count (i32.add (global.get $count) (i32.const 1)))
    (i32.store8 (i32.const 0) (i32.add (i32.load8_u (i32.const 0)) (i32.const 1)))
    ;; "G M" as digits: valid while both stay below 10
    (i32.store8 (i32.const 100) (i32.add (global.get $count) (i32.const 48)))
    (i32.store8 (i32.const 101) (i32.const 32))
    (i32.store8 (i32.const 102) (i32.add (i32.load8_u (i32.const 0)) (i32.const 48)))
    (call $body (i32.const 100) (i32.const 3))))
