//! The match statement (PEP 634). The subject is evaluated once; each
//! case is a block its pattern branches out of when it fails, on to the
//! next case. A pattern captures into temporaries, and the names are
//! bound only once the whole pattern has matched, before the guard, as
//! CPython binds them. The tests that need the runtime (is it a sequence,
//! a key's value, `__match_args__`) are runtime/match.py's.
//!
//! The compile-time checks CPython's compiler makes (an irrefutable case
//! before others, alternatives binding different names, a name bound
//! twice, duplicate literal keys) are in match_check.rs.

use super::fx::{mem, Fx, R};
use super::{Gen, FALSE, NONE, TRUE};
use crate::layout::off;
use ruff_python_ast::{self as ast, Pattern, Singleton};
use ruff_text_size::{Ranged, TextRange};
use wasm_encoder::{BlockType, Instruction as I, ValType};

/// The names a case's pattern captures: name, the temporary holding its
/// value, where it is written.
type Captures = Vec<(String, u32, TextRange)>;

/// `_` and `*_`: matches anything and reads nothing.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
        || matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl Fx {
    /// In a generator whose yield is in one of the case bodies, resuming
    /// skips the subject and the patterns and enters the case holding the
    /// target (its captures are locals, saved at the yield).
    pub fn match_stmt<'a>(&mut self, g: &mut Gen<'a>, m: &'a ast::StmtMatch) -> R<()> {
        super::match_check::check(g, m);
        let resumable = m.cases.iter().any(|c| self.resumes_into(&c.body));
        if resumable {
            self.skip_when_resuming()?;
        }
        self.expr(g, &m.subject)?;
        let subject = self.tmp(ValType::I64);
        self.emit(I::LocalSet(subject));
        if resumable {
            self.end();
        }
        self.block(BlockType::Empty);
        let done = self.depth;
        for case in &m.cases {
            self.block(BlockType::Empty);
            let next = self.depth;
            if resumable {
                let range = self.yield_range(&case.body)?;
                let r = self.ctx()?.resume;
                self.emit(I::LocalGet(r));
                self.if_(BlockType::Empty);
                self.resume_in(range)?;
                self.emit(I::I32Eqz);
                self.br_if(next);
                self.emit(I::Else);
            }
            self.case_test(g, case, subject, next)?;
            if resumable {
                self.end();
            }
            self.body(g, &case.body)?;
            self.br(done);
            self.end();
        }
        self.end();
        Ok(())
    }

    /// A case's pattern, its captures bound, then its guard: branches to
    /// `next` unless all hold.
    fn case_test<'a>(
        &mut self,
        g: &mut Gen<'a>,
        case: &'a ast::MatchCase,
        subject: u32,
        next: u32,
    ) -> R<()> {
        let line = g.line_of(case.pattern.range());
        self.set_loc(g, line)?;
        let mut caps = Captures::new();
        self.pattern(g, &case.pattern, subject, next, &mut caps)?;
        for (name, t, r) in caps {
            self.emit(I::LocalGet(t));
            self.store_name(g, &name, r)?;
        }
        if let Some(guard) = &case.guard {
            self.cond(g, guard)?;
            self.emit(I::I32Eqz);
            self.br_if(next);
        }
        Ok(())
    }

    /// Tests `p` against the value in local `s`; branches to `fail` when
    /// it does not match.
    fn pattern<'a>(
        &mut self,
        g: &mut Gen<'a>,
        p: &'a Pattern,
        s: u32,
        fail: u32,
        caps: &mut Captures,
    ) -> R<()> {
        match p {
            Pattern::MatchValue(v) => {
                // `subject == value`, the subject on the left as CPython.
                self.emit(I::LocalGet(s));
                self.expr(g, &v.value)?;
                self.call_rt(g, "eq")?;
                self.emit(I::I32Eqz);
                self.br_if(fail);
            }
            Pattern::MatchSingleton(v) => {
                self.emit(I::LocalGet(s));
                self.emit(I::I64Const(match v.value {
                    Singleton::None => NONE,
                    Singleton::True => TRUE,
                    Singleton::False => FALSE,
                }));
                self.emit(I::I64Ne);
                self.br_if(fail);
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(g, inner, s, fail, caps)?;
                }
                if let Some(n) = &a.name {
                    self.capture(n.as_str(), n.range, s, caps);
                }
            }
            Pattern::MatchOr(o) => {
                // Each alternative but the last fails on to the next.
                self.block(BlockType::Empty);
                let ok = self.depth;
                let (last, first) = o.patterns.split_last().expect("an or-pattern");
                for alt in first {
                    self.block(BlockType::Empty);
                    let next = self.depth;
                    self.pattern(g, alt, s, next, caps)?;
                    self.br(ok);
                    self.end();
                }
                self.pattern(g, last, s, fail, caps)?;
                self.end();
            }
            Pattern::MatchSequence(q) => self.sequence_pattern(g, &q.patterns, s, fail, caps)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(g, m, s, fail, caps)?,
            Pattern::MatchClass(c) => self.class_pattern(g, c, s, fail, caps)?,
            Pattern::MatchStar(st) => g.error(
                st.range,
                "starred patterns are only allowed in a sequence pattern",
            ),
        }
        Ok(())
    }

    /// Copies local `s` to the temporary of capture `name` (one per name:
    /// the alternatives of an or-pattern write the same one).
    fn capture(&mut self, name: &str, r: TextRange, s: u32, caps: &mut Captures) {
        let t = match caps.iter().find(|c| c.0 == name) {
            Some(c) => c.1,
            None => {
                let t = self.tmp(ValType::I64);
                caps.push((name.to_string(), t, r));
                t
            }
        };
        self.emit(I::LocalGet(s));
        self.emit(I::LocalSet(t));
    }

    /// `[a, b, *rest, c]`: a list, tuple or range of the right length,
    /// each item tested in turn (those after the star by negative index).
    fn sequence_pattern<'a>(
        &mut self,
        g: &mut Gen<'a>,
        items: &'a [Pattern],
        s: u32,
        fail: u32,
        caps: &mut Captures,
    ) -> R<()> {
        let star = items
            .iter()
            .position(|p| matches!(p, Pattern::MatchStar(_)));
        let len = items.len() as i64;
        let fixed = len - star.is_some() as i64;
        self.emit(I::LocalGet(s));
        self.emit(I::I32Const(fixed as i32));
        self.emit(I::I32Const(star.is_some() as i32));
        self.call_rt(g, "match_seq")?;
        self.emit(I::I32Eqz);
        self.br_if(fail);
        for (j, p) in items.iter().enumerate() {
            if is_wildcard(p) {
                continue;
            }
            if let Pattern::MatchStar(st) = p {
                let name = st.name.as_ref().expect("not a wildcard");
                self.emit(I::LocalGet(s));
                self.emit(I::I32Const(j as i32));
                self.emit(I::I32Const((len - 1 - j as i64) as i32));
                self.call_rt(g, "match_star")?;
                let t = self.tmp(ValType::I64);
                self.emit(I::LocalSet(t));
                self.capture(name.as_str(), name.range, t, caps);
                continue;
            }
            let index = match star {
                Some(si) if j > si => j as i64 - len,
                _ => j as i64,
            };
            self.emit(I::LocalGet(s));
            self.emit(I::I64Const((index << 1) | 1));
            self.call_rt(g, "getitem")?;
            let t = self.tmp(ValType::I64);
            self.emit(I::LocalSet(t));
            self.pattern(g, p, t, fail, caps)?;
        }
        Ok(())
    }

    /// `{"k": p, **rest}`: a dict holding every key; the values are all
    /// looked up before any is tested, as CPython does.
    fn mapping_pattern<'a>(
        &mut self,
        g: &mut Gen<'a>,
        m: &'a ast::PatternMatchMapping,
        s: u32,
        fail: u32,
        caps: &mut Captures,
    ) -> R<()> {
        self.emit(I::LocalGet(s));
        self.emit(I::I32Const(m.keys.len() as i32));
        self.call_rt(g, "match_map")?;
        self.emit(I::I32Eqz);
        self.br_if(fail);
        let mut values = Vec::new();
        for k in &m.keys {
            self.emit(I::LocalGet(s));
            self.expr(g, k)?;
            self.call_rt(g, "match_key")?;
            let t = self.tmp(ValType::I64);
            self.emit(I::LocalTee(t));
            self.emit(I::I64Eqz);
            self.br_if(fail);
            values.push(t);
        }
        if let Some(rest) = &m.rest {
            self.emit(I::LocalGet(s));
            self.call_rt(g, "dict_copy")?;
            let r = self.tmp(ValType::I64);
            self.emit(I::LocalSet(r));
            for k in &m.keys {
                self.emit(I::LocalGet(r));
                self.expr(g, k)?;
                self.call_rt(g, "dict_del")?;
                self.emit(I::Drop);
            }
            self.capture(rest.as_str(), rest.range, r, caps);
        }
        for (p, t) in m.patterns.iter().zip(values) {
            if !is_wildcard(p) {
                self.pattern(g, p, t, fail, caps)?;
            }
        }
        Ok(())
    }

    /// `Point(x, y=0)`: an instance of the class whose attributes (named
    /// by `__match_args__` for positional sub-patterns) all exist; they
    /// are all read before any sub-pattern is tested, as CPython does.
    fn class_pattern<'a>(
        &mut self,
        g: &mut Gen<'a>,
        c: &'a ast::PatternMatchClass,
        s: u32,
        fail: u32,
        caps: &mut Captures,
    ) -> R<()> {
        self.expr(g, &c.cls)?;
        let cls = self.tmp(ValType::I64);
        self.emit(I::LocalSet(cls));
        self.emit(I::LocalGet(s));
        self.emit(I::LocalGet(cls));
        self.call_rt(g, "match_class")?;
        self.emit(I::I32Eqz);
        self.br_if(fail);
        let positional = &c.arguments.patterns;
        let names = self.tmp(ValType::I64);
        let mut values = Vec::new();
        if !positional.is_empty() {
            self.emit(I::LocalGet(cls));
            self.emit(I::I32Const(positional.len() as i32));
            self.call_rt(g, "match_args")?;
            self.emit(I::LocalSet(names));
            for i in 0..positional.len() {
                // No names: `int(n)`, the subject itself.
                self.emit(I::LocalGet(names));
                self.emit(I::I64Eqz);
                self.if_(BlockType::Result(ValType::I64));
                self.emit(I::LocalGet(s));
                self.emit(I::Else);
                self.emit(I::LocalGet(s));
                self.emit(I::LocalGet(names));
                self.emit(I::I32WrapI64);
                let at = off::TUPLE_ITEMS + 8 * i as u32;
                self.emit(I::I64Load(mem(at as u64, 3)));
                self.call_rt(g, "match_attr")?;
                self.end();
                let t = self.tmp(ValType::I64);
                self.emit(I::LocalTee(t));
                self.emit(I::I64Eqz);
                self.br_if(fail);
                values.push(t);
            }
        }
        for k in &c.arguments.keywords {
            let attr = self.attr_name(g, k.attr.as_str());
            let name = g.m.str_const(&attr);
            if !positional.is_empty() {
                self.emit(I::LocalGet(cls));
                self.emit(I::LocalGet(names));
                self.emit(I::I32Const(positional.len() as i32));
                self.emit(I::I64Const(name as i64));
                self.call_rt(g, "match_dup")?;
            }
            self.emit(I::LocalGet(s));
            self.emit(I::I64Const(name as i64));
            self.call_rt(g, "match_attr")?;
            let t = self.tmp(ValType::I64);
            self.emit(I::LocalTee(t));
            self.emit(I::I64Eqz);
            self.br_if(fail);
            values.push(t);
        }
        let subs = positional
            .iter()
            .chain(c.arguments.keywords.iter().map(|k| &k.pattern));
        for (p, t) in subs.zip(values) {
            if !is_wildcard(p) {
                self.pattern(g, p, t, fail, caps)?;
            }
        }
        Ok(())
    }
}
