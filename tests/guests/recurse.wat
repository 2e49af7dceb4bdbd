;; Recurses without end: the stack overflows and the request traps.
(module
  (memory (export "memory") 1)
  (func $down (param i32) (result i32)
    (i32.add (call $down (i32.add (local.get 0) (i32.const 1))) (i32.const 1)))
  (func (export "mayfly_handle") (drop (call $down (i32.const 0)))))
