;; The Drogon seed's hello, by hand: the `page` string as text/plain.
;; A baseline for the compiled hello.py in the lifecycle benchmark.
(module
  (import "mayfly" "response_header" (func $header (param i32 i32 i32 i32)))
  (import "mayfly" "response_body" (func $body (param i32 i32)))
  (memory (export "memory") 256 256 (pagesize 1))
  (data (i32.const 0) "content-type")
  (data (i32.const 16) "text/plain")
  (data (i32.const 32) "\tthis is a very\n\tlong string if I had the\n\tenergy to type more and more ...\n")
  (func (export "mayfly_handle")
    (call $header (i32.const 0) (i32.const 12) (i32.const 16) (i32.const 10))
    (call $body (i32.const 32) (i32.const 76))))
