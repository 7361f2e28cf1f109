/**
 * Structural pattern matching (PEP 634). Every pattern routine consumes the subject on top of the
 * stack and jumps to a "fail_pop" block on failure; captured values stay on the stack, under the
 * items still in use, until the whole pattern has matched, and are stored then. Follows the
 * compiler_pattern_* functions and compiler_match in CPython 3.11's Python/compile.c.
 */
import type * as ast from "../parser/ast.generated.js";
import type { Block } from "./cfg.js";
import type { Compiler } from "./compiler.js";
import { constValue } from "./ast-optimize.js";
import { addCompare, addopBinary, jumpIf, visitExpr } from "./codegen-expr.js";
import { visitStmts } from "./codegen-stmt.js";
import type { CodeConstant } from "./code.js";
import { equalityKey, tuple } from "./const-value.js";
import { constRepr } from "./const-repr.js";
import { Op, PseudoOp } from "./opcodes.js";

interface PatternContext {
  /** Names captured so far, in the order their values sit on the stack. */
  stores: string[];
  /** Whether an irrefutable pattern is allowed here. */
  allowIrrefutable: boolean;
  /** fail_pop[i] pops i items and falls through to fail_pop[i - 1]. */
  failPop: Block[];
  /** Items on top of the stack that must stay there (captures go beneath them). */
  onTop: number;
}

const isWildcard = (p: ast.pattern) => p._type === "MatchAs" && p.pattern === null && p.name === null;
const isWildcardStar = (p: ast.pattern) => p._type === "MatchStar" && p.name === null;

/** ensure_fail_pop */
function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newBlock());
}

/** jump_to_fail_pop: pop what is on top plus the pending captures. */
function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJ(op, pc.failPop[pops]!);
}

/** emit_and_reset_fail_pop */
function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (pc.failPop.length === 0) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useNextBlock(pc.failPop[i]!);
    c.addop(Op.POP_TOP);
  }
  c.useNextBlock(pc.failPop[0]!);
  pc.failPop = [];
}

/** pattern_helper_rotate: 3.10's ROT_N as SWAPs. */
function rotate(c: Compiler, count: number): void {
  while (1 < count) c.addopI(Op.SWAP, count--);
}

/** pattern_helper_store_name: move the captured value under the items in use. */
function storeName(c: Compiler, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(Op.POP_TOP);
    return;
  }
  c.checkForbiddenName(n, "Store");
  if (pc.stores.includes(n)) c.error(`multiple assignments to name '${n}' in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

/** pattern_unpack_helper */
function unpackHelper(c: Compiler, elts: readonly ast.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._type === "MatchStar" && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8)
        c.error("too many expressions in star-unpacking sequence pattern");
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._type === "MatchStar") {
      c.error("multiple starred expressions in sequence pattern");
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
}

/** pattern_helper_sequence_unpack */
function sequenceUnpack(c: Compiler, patterns: readonly ast.pattern[], pc: PatternContext): void {
  unpackHelper(c, patterns);
  pc.onTop += patterns.length;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

/** pattern_helper_sequence_subscr: index the subject instead of unpacking it. */
function sequenceSubscr(
  c: Compiler,
  patterns: readonly ast.pattern[],
  star: number,
  pc: PatternContext,
): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i]!;
    if (isWildcard(p) || i === star) continue;
    c.addopI(Op.COPY, 1);
    if (i < star) {
      c.loadConst(BigInt(i));
    } else {
      // The subject may not support negative indexing.
      c.addop(Op.GET_LEN);
      c.loadConst(BigInt(size - i));
      addopBinary(c, { _type: "Sub" }, false);
    }
    c.addop(Op.BINARY_SUBSCR);
    subpattern(c, p, pc);
  }
  pc.onTop--;
  c.addop(Op.POP_TOP);
}

/** compiler_pattern_subpattern: irrefutable subpatterns are always allowed. */
function subpattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function patternAs(c: Compiler, p: ast.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) c.error(`name capture '${p.name}' makes remaining patterns unreachable`);
      c.error("wildcard makes remaining patterns unreachable");
    }
    storeName(c, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addopI(Op.COPY, 1);
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

/** validate_kwd_attrs */
function validateKwdAttrs(c: Compiler, attrs: readonly string[], patterns: readonly ast.pattern[]): void {
  for (let i = 0; i < attrs.length; i++) {
    c.setLoc(patterns[i]!);
    c.checkForbiddenName(attrs[i]!, "Store");
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[i] === attrs[j]) {
        c.setLoc(patterns[j]!);
        c.error(`attribute name repeated in class pattern: ${attrs[i]}`);
      }
    }
  }
}

function patternClass(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs !== p.kwd_patterns.length) {
    c.error(
      `kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`,
    );
  }
  if (nattrs) {
    validateKwdAttrs(c, p.kwd_attrs, p.kwd_patterns);
    c.setLoc(p);
  }
  visitExpr(c, p.cls);
  c.loadConst(tuple(p.kwd_attrs), "identifier");
  c.addopI(Op.MATCH_CLASS, nargs);
  c.addopI(Op.COPY, 1);
  c.loadConst(null);
  c.addopI(Op.IS_OP, 1);
  // A tuple of nargs + nattrs attributes, or None.
  pc.onTop++;
  jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? p.patterns[i]! : p.kwd_patterns[i - nargs]!;
    if (isWildcard(sub)) {
      c.addop(Op.POP_TOP);
      continue;
    }
    subpattern(c, sub, pc);
  }
}

function patternMapping(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const patterns = p.patterns;
  let size = keys.length;
  if (size !== patterns.length) {
    c.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  }
  const starTarget = p.rest;
  // The subject stays on top during the mapping and length checks.
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  if (!size && starTarget === null) {
    // `{}`: done, pop the subject.
    pc.onTop--;
    c.addop(Op.POP_TOP);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(size));
    addCompare(c, { _type: "GtE" });
    jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  }
  // Literal keys must be distinct; the others must be attribute lookups.
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = keys[i]!;
    if (key._type === "Constant") {
      const v = constValue(key) as CodeConstant;
      const k = equalityKey(v);
      if (seen.has(k)) c.error(`mapping pattern checks duplicate key (${constRepr(v)})`);
      seen.add(k);
    } else if (key._type !== "Attribute") {
      c.error("mapping pattern keys may only match literals and attribute lookups");
    }
    visitExpr(c, key);
  }
  c.addopI(Op.BUILD_TUPLE, size);
  c.addop(Op.MATCH_KEYS);
  // A tuple of keys and a tuple of values now sit on the subject.
  pc.onTop += 2;
  c.addopI(Op.COPY, 1);
  c.loadConst(null);
  c.addopI(Op.IS_OP, 1);
  jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i]!, pc);
  }
  // A match: consume the tuple of keys and the subject.
  pc.onTop -= 2;
  if (starTarget !== null) {
    // rest = dict(subject); del rest[key] for each key.
    c.addopI(Op.BUILD_MAP, 0);
    c.addopI(Op.SWAP, 3);
    c.addopI(Op.DICT_UPDATE, 2);
    c.addopI(Op.UNPACK_SEQUENCE, size);
    while (size) {
      c.addopI(Op.COPY, 1 + size--);
      c.addopI(Op.SWAP, 2);
      c.addop(Op.DELETE_SUBSCR);
    }
    storeName(c, starTarget, pc);
  } else {
    c.addop(Op.POP_TOP); // tuple of keys
    c.addop(Op.POP_TOP); // subject
  }
}

function patternOr(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old = {
    stores: pc.stores,
    allowIrrefutable: pc.allowIrrefutable,
    failPop: pc.failPop,
    onTop: pc.onTop,
  };
  // The names bound by the first alternative: the others must bind the same ones, and their
  // values are reordered to match.
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i]!;
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(Op.COPY, 1);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      c.error("alternative patterns bind different names");
    } else if (nstores) {
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const name = control![icontrol]!;
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error("alternative patterns bind different names");
        if (icontrol !== istores) {
          // Rotate stores[:istores+1] to sit at icontrol, on the stack as in the list.
          const rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          for (let r = 0; r < rotations; r++) rotate(c, icontrol + 1);
        }
      }
    }
    c.addopJ(PseudoOp.JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: pop the copy of the subject and fail.
  c.addop(Op.POP_TOP);
  jumpToFailPop(c, pc, PseudoOp.JUMP);
  c.useNextBlock(end);
  const nstores = control!.length;
  // Move each new capture under the other captures, the subject copy, the items on top and the
  // earlier captures.
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, nrots);
    const name = control![i]!;
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP); // the copy of the subject
}

function patternSequence(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i]!;
    if (q._type === "MatchStar") {
      if (star >= 0) c.error("multiple starred names in sequence pattern");
      starWildcard = isWildcardStar(q);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(q);
  }
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(size));
    addCompare(c, { _type: "Eq" });
    jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(size - 1));
    addCompare(c, { _type: "GtE" });
    jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(Op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

function patternValue(c: Compiler, p: ast.MatchValue, pc: PatternContext): void {
  const value = p.value;
  if (value._type !== "Constant" && value._type !== "Attribute") {
    c.error("patterns may only match literals and attribute lookups");
  }
  visitExpr(c, value);
  addCompare(c, { _type: "Eq" });
  jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
}

function patternSingleton(c: Compiler, p: ast.MatchSingleton, pc: PatternContext): void {
  c.loadConst(p.value);
  addCompare(c, { _type: "Is" });
  jumpToFailPop(c, pc, PseudoOp.POP_JUMP_IF_FALSE);
}

/** compiler_pattern */
function pattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case "MatchValue":
      return patternValue(c, p, pc);
    case "MatchSingleton":
      return patternSingleton(c, p, pc);
    case "MatchSequence":
      return patternSequence(c, p, pc);
    case "MatchMapping":
      return patternMapping(c, p, pc);
    case "MatchClass":
      return patternClass(c, p, pc);
    case "MatchStar":
      return storeName(c, p.name, pc);
    case "MatchAs":
      return patternAs(c, p, pc);
    case "MatchOr":
      return patternOr(c, p, pc);
  }
}

/** compiler_match */
export function compileMatch(c: Compiler, s: ast.Match): void {
  visitExpr(c, s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  let m = s.cases[cases - 1]!;
  const hasDefault = isWildcard(m.pattern) && 1 < cases ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i]!;
    c.setLoc(m.pattern);
    // Copy the subject unless this is the last case.
    if (i !== cases - hasDefault - 1) c.addopI(Op.COPY, 1);
    pc.stores = [];
    // Irrefutable cases must be guarded, last, or both.
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    // A match: store the captured names (their values are on the stack).
    for (const name of pc.stores) c.nameop(name, "Store");
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0]!, false);
    }
    if (i !== cases - hasDefault - 1) c.addop(Op.POP_TOP);
    visitStmts(c, m.body);
    c.unsetLoc();
    c.addopJ(PseudoOp.JUMP, end);
    // A failed match's cleanup has the pattern's line, not the body's.
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    // A trailing `case _:` saves pushing and popping in the loop above.
    m = s.cases[cases - 1]!;
    c.setLoc(m.pattern);
    if (cases === 1) c.addop(Op.POP_TOP);
    else c.addop(Op.NOP); // line coverage for the default case
    if (m.guard !== null) jumpIf(c, m.guard, end, false);
    visitStmts(c, m.body);
    c.unsetLoc();
  }
  c.useNextBlock(end);
}
