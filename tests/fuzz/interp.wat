;; A guest that runs its request body as a program of host calls, for the
;; host_calls fuzz target: the fuzzer controls the sequence of imports and
;; every argument directly (one module, compiled once), instead of picking
;; a seed for a generator.
;;
;; The body is copied to 0x8000 (at most 4 KiB). Each step is one opcode
;; byte (taken mod 15) followed by its arguments, each a little-endian i32
;; read from the program (0 past its end). Memory is 2 pages of 64 KiB, so
;; pointers land inside, at the edge and far outside it. Host calls may
;; overwrite the program itself; that is fine, it is all deterministic.
(module
  (import "mayfly" "request_method" (func $request_method (param i32 i32) (result i32)))
  (import "mayfly" "request_path" (func $request_path (param i32 i32) (result i32)))
  (import "mayfly" "request_query" (func $request_query (param i32 i32) (result i32)))
  (import "mayfly" "request_body" (func $request_body (param i32 i32) (result i32)))
  (import "mayfly" "request_header" (func $request_header (param i32 i32 i32 i32) (result i32)))
  (import "mayfly" "request_header_count" (func $request_header_count (result i32)))
  (import "mayfly" "request_header_name" (func $request_header_name (param i32 i32 i32) (result i32)))
  (import "mayfly" "request_header_value" (func $request_header_value (param i32 i32 i32) (result i32)))
  (import "mayfly" "response_status" (func $response_status (param i32)))
  (import "mayfly" "response_header" (func $response_header (param i32 i32 i32 i32)))
  (import "mayfly" "response_body" (func $response_body (param i32 i32)))
  (import "mayfly" "log" (func $log (param i32 i32 i32)))
  (memory (export "memory") 2)
  ;; Names and values a program can point at without guessing offsets.
  (data (i32.const 0) "content-typetext/plainx-aset-cookieconnectioncontent-lengthtransfer-encoding")
  (global $pc (mut i32) (i32.const 0))
  (global $end (mut i32) (i32.const 0))

  ;; The next argument: 4 bytes of the program, or 0 past its end.
  (func $arg (result i32)
    (local $value i32)
    (if (i32.le_u (i32.add (global.get $pc) (i32.const 4)) (global.get $end))
      (then (local.set $value (i32.load (i32.add (i32.const 0x8000) (global.get $pc))))))
    (global.set $pc (i32.add (global.get $pc) (i32.const 4)))
    (local.get $value))

  (func (export "mayfly_handle")
    (local $op i32)
    (local.set $op (call $request_body (i32.const 0x8000) (i32.const 0x1000)))
    (global.set $end (select (local.get $op) (i32.const 0x1000)
      (i32.lt_u (local.get $op) (i32.const 0x1000))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (global.get $pc) (global.get $end)))
        (local.set $op (i32.load8_u (i32.add (i32.const 0x8000) (global.get $pc))))
        (global.set $pc (i32.add (global.get $pc) (i32.const 1)))
        (block $c14 (block $c13 (block $c12 (block $c11 (block $c10 (block $c9 (block $c8
        (block $c7 (block $c6 (block $c5 (block $c4 (block $c3 (block $c2 (block $c1 (block $c0
          (br_table $c0 $c1 $c2 $c3 $c4 $c5 $c6 $c7 $c8 $c9 $c10 $c11 $c12 $c13 $c14
            (i32.rem_u (local.get $op) (i32.const 15))))
        (drop (call $request_method (call $arg) (call $arg))) (br $next))
        (drop (call $request_path (call $arg) (call $arg))) (br $next))
        (drop (call $request_query (call $arg) (call $arg))) (br $next))
        (drop (call $request_body (call $arg) (call $arg))) (br $next))
        (drop (call $request_header (call $arg) (call $arg) (call $arg) (call $arg))) (br $next))
        (drop (call $request_header_count)) (br $next))
        (drop (call $request_header_name (call $arg) (call $arg) (call $arg))) (br $next))
        (drop (call $request_header_value (call $arg) (call $arg) (call $arg))) (br $next))
        (call $response_status (call $arg)) (br $next))
        (call $response_header (call $arg) (call $arg) (call $arg) (call $arg)) (br $next))
        (call $response_body (call $arg) (call $arg)) (br $next))
        (call $log (call $arg) (call $arg) (call $arg)) (br $next))
        ;; 12: grow memory (the memory limit decides).
        (drop (memory.grow (call $arg))) (br $next))
        ;; 13: copy guest memory around (dst, src, len), to build odd buffers.
        (memory.copy (call $arg) (call $arg) (call $arg)) (br $next))
        ;; 14: end the request here.
        (br $done)))))
