;; Hands the host a body pointer far outside its 64 KiB memory.
(module
  (import "mayfly" "response_body" (func $body (param i32 i32)))
  (memory (export "memory") 1)
  (func (export "mayfly_handle")
    (call $body (i32.const 0x7fff0000) (i32.const 16))))
