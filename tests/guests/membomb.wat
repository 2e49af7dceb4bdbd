;; Grows memory a page at a time until the host refuses.
(module
  (memory (export "memory") 1)
  (func (export "mayfly_handle")
    (loop $l
      (br_if $l (i32.ne (memory.grow (i32.const 16)) (i32.const -1))))))
