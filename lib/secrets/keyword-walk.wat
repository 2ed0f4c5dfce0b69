;; The keyword prefilter's hot loop (see keyword-walk.ts): two Aho-Corasick
;; walkers over two pieces of text at once, over KeywordIndex's own table.
;; One walker is all latency (each table load waits for the previous one);
;; two independent ones keep two loads in flight. Assembled by
;; scripts/build.mjs (wabt) into keyword-walk-module.ts.
;;
;; Memory (set up by keyword-walk.ts): the u16 transition table at 0, indexed
;; by state << 7 | ASCII code; per hit state the guard length; alnum[256]; two
;; text regions (ASCII bytes) and two hit buffers of (end, state) i32 pairs.
(module
  (memory (export "memory") 1)
  (global $guard (export "guardAt") (mut i32) (i32.const 0))
  (global $alnum (export "alnumAt") (mut i32) (i32.const 0))
  (global $first (export "firstOutput") (mut i32) (i32.const 0))
  (global $hitsB (export "hitsB") (mut i32) (i32.const 0))

  ;; Records a hit ending at `end` (exclusive, region-relative) in state `s` unless
  ;; it ends inside the lead-in (the previous piece's tail, walked only to enter
  ;; this piece in the right state) or is a word-start-only keyword with a letter
  ;; or digit just before it. Returns the new hit count.
  (func $record (param $end i32) (param $s i32) (param $reg i32) (param $lead i32)
                (param $out i32) (param $n i32) (result i32)
    (local $g i32)
    (if (i32.le_u (local.get $end) (local.get $lead)) (then (return (local.get $n))))
    (local.set $g (i32.load8_u (i32.add (global.get $guard) (i32.sub (local.get $s) (global.get $first)))))
    (if (i32.and (i32.ne (local.get $g) (i32.const 0)) (i32.lt_u (local.get $g) (local.get $end)))
      (then
        (if (i32.load8_u (i32.add (global.get $alnum)
              (i32.load8_u (i32.add (local.get $reg) (i32.sub (i32.sub (local.get $end) (i32.const 1)) (local.get $g))))))
          (then (return (local.get $n))))))
    (i32.store (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 3))) (local.get $end))
    (i32.store offset=4 (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 3))) (local.get $s))
    (i32.add (local.get $n) (i32.const 1)))

  ;; Walks regA[0, len) and regB[0, len) from the start state (a shorter piece is
  ;; padded with NULs, which no keyword contains). Returns A's hit count; B's is
  ;; in the global hitsB.
  (func (export "walk2") (param $regA i32) (param $leadA i32) (param $outA i32)
                         (param $regB i32) (param $leadB i32) (param $outB i32)
                         (param $len i32) (result i32)
    (local $i i32) (local $s i32) (local $t i32) (local $c i32) (local $d i32)
    (local $na i32) (local $nb i32) (local $first i32)
    (local.set $first (global.get $first))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $c (i32.load8_u (i32.add (local.get $regA) (local.get $i))))
        (local.set $d (i32.load8_u (i32.add (local.get $regB) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $s (i32.load16_u (i32.shl (i32.or (i32.shl (local.get $s) (i32.const 7)) (local.get $c)) (i32.const 1))))
        (local.set $t (i32.load16_u (i32.shl (i32.or (i32.shl (local.get $t) (i32.const 7)) (local.get $d)) (i32.const 1))))
        (if (i32.ge_u (local.get $s) (local.get $first))
          (then (local.set $na (call $record (local.get $i) (local.get $s) (local.get $regA) (local.get $leadA) (local.get $outA) (local.get $na)))))
        (if (i32.ge_u (local.get $t) (local.get $first))
          (then (local.set $nb (call $record (local.get $i) (local.get $t) (local.get $regB) (local.get $leadB) (local.get $outB) (local.get $nb)))))
        (br $next)))
    (global.set $hitsB (local.get $nb))
    (local.get $na))
)
