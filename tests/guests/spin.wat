;; Loops forever: ends by fuel exhaustion (or the deadline).
(module
  (memory (export "memory") 1)
  (func (export "mayfly_handle") (loop $l (br $l))))
