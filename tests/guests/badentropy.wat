;; Asks the host for entropy into a range that runs past the end of its
;; 64 KiB memory: the host must trap, not write outside the guest.
(module
  (import "mayfly" "entropy" (func $entropy (param i32 i32)))
  (memory (export "memory") 1)
  (func (export "mayfly_handle")
    (call $entropy (i32.const 65530) (i32.const 16))))
