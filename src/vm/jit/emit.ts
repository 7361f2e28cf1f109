/**
 * What the compile tier writes for each instruction (see compile.ts and docs/internals/vm.md,
 * "The compile tier"). Each emitter returns the JavaScript of one instruction's body, with its
 * oparg, its code unit and its successors as literals; the body runs with the compiled
 * function's registers in scope: `t` (thread), `f` (frame), `s` (f.slots), `sp`, `ip`,
 * `lasti`, `budget`, and the helpers compile.ts binds by name.
 *
 * Every body does what the same instruction does in execFrame (src/vm/eval.ts), step for step:
 * the same fast paths in the same order, the same general path, the same registers stored
 * before anything that can suspend, raise or switch frames. A body that leaves the frame
 * returns one of execFrame's answers (0 SWITCH, 1 OUT_OF_BUDGET); one that jumps sets `ip` and
 * `continue`s the dispatch loop; one that goes on to the next instruction falls through to its
 * case. The instructions execFrame runs in coldOp run in coldOp here too.
 */
import { O } from "../opcode-numbers.generated.js";
import { LEAVE } from "./slow.js";

/** One decoded instruction. */
export interface Instr {
  /** Its first code unit (its first EXTENDED_ARG, if any): where jumps and `lasti` point. */
  readonly at: number;
  readonly op: number;
  readonly arg: number;
  /** The unit after the instruction word (execFrame's `ip` once it has decoded it). */
  readonly after: number;
  /** The next instruction's first unit (after the inline cache entries). */
  readonly next: number;
  /**
   * `lasti` before this instruction, as a JavaScript expression: the unit of the instruction
   * before, or `plast` (stored at the entry point) for the first of a run.
   */
  prev: string;
  /** The instruction never ran in the interpreter before its code was compiled (bail out). */
  cold: boolean;
}

/**
 * Hands the frame to the interpreter at instruction i, as it stood before i: the compiled
 * function's shared exit (compile.ts), which is no call, so that TurboFan meets no call it has
 * no feedback for when the path first runs after the function was optimized (it would
 * deoptimize the whole function: "What the tier costs" in docs/internals/vm.md). Counted, so
 * that code whose bail-outs turn common is compiled again (compile.ts, warmUp).
 */
export const bail = (i: Instr): string =>
  `{ code.bails++; ip = ${i.at}; lasti = ${i.prev}; budget++; break out; }`;

/**
 * Leaves the frame when a general path (slow.ts) answered LEAVE (-1: execFrame's SWITCH), or
 * another negative -1 - answer (a call run nested: eval.ts, runNested).
 */
const leaveIf = "if (sp < 0) return -1 - sp;";
/** Pushes the value of generator-native `gen` (sp: the operands popped). */
const viaNative = (i: Instr, gen: string): string =>
  `sp = pushNative(t, f, sp, ${i.at}, ${i.next}, ${gen}); ${leaveIf}`;

/** Goes on at `target` (a taken jump): through the dispatch loop unless it is the next case. */
const jumpTo = (target: number, next: number): string => (target === next ? "" : `ip = ${target}; continue;`);

const NB_ADD = 0;
const NB_MULTIPLY = 5;
const NB_SUBTRACT = 10;
const NB_INPLACE_ADD = 13;
const DIVISIONS = new Set([2, 6, 11, 15, 19, 24]); // //, %, / and their in-place forms
const COMPARE = ["<", "<=", "===", "!==", ">", ">="];
const FLOAT_COMPARE = ["<", "<=", "==", "!=", ">", ">="];

/**
 * BINARY_OP's inline `+ - *` (and their in-place forms) of operands `v` and `w` (JavaScript
 * expressions; `r` is the scratch): an int result in the safe range or a float result is handed
 * to `store`, and the block labelled `b` is left; other operands fall through to what follows.
 * Null for the other operators. The slot bodies here and the stack cache (stack-cache.ts) share
 * it, so both run the same fast paths as execFrame.
 */
export function inlineArith(
  arg: number,
  v: string,
  w: string,
  store: (result: string) => string,
  b: string,
): string | null {
  const plain = arg >= NB_INPLACE_ADD ? arg - NB_INPLACE_ADD : arg;
  const js = plain === NB_ADD ? "+" : plain === NB_SUBTRACT ? "-" : plain === NB_MULTIPLY ? "*" : null;
  if (js === null) return null;
  // A product is never -0 as an int.
  const int = plain === NB_MULTIPLY ? `${v} * ${w} + 0` : `${v} ${js} ${w}`;
  return `if (typeof ${v} === "number") {
      if (typeof ${w} === "number" && (r = ${int}) <= ${Number.MAX_SAFE_INTEGER} && r >= -${Number.MAX_SAFE_INTEGER}) { ${store("r")} break ${b}; }
    } else if (${v} instanceof PyFloat && ${w} instanceof PyFloat && ${v}.type === floatType && ${w}.type === floatType) {
      ${store(`new PyFloat(${v}.value ${js} ${w}.value)`)} break ${b};
    }`;
}

/**
 * COMPARE_OP's inline comparison of two ints or two floats, its result handed to `store`: an
 * `if ... else if ...` the caller ends with the general path's `else`.
 */
export function inlineCompare(arg: number, v: string, w: string, store: (result: string) => string): string {
  return `if (typeof ${v} === "number" && typeof ${w} === "number") ${store(`${v} ${COMPARE[arg]} ${w}`)}
    else if (${v} instanceof PyFloat && ${w} instanceof PyFloat && ${v}.type === floatType && ${w}.type === floatType) ${store(`${v}.value ${FLOAT_COMPARE[arg]} ${w}.value`)}`;
}

const toTop = (result: string): string => `s[sp - 1] = ${result};`;

function binaryOp(i: Instr): string {
  const a = i.arg;
  const b = `b${i.at}`;
  const pop = "w = s[--sp]; v = s[sp - 1]; s[sp] = null;";
  const general = `sp = operatorGeneral(t, f, sp, ${i.at}, ${i.next}, v, w, ${a}, false); ${leaveIf}`;
  const fast = inlineArith(a, "v", "w", toTop, b);
  if (fast !== null) return `${b}: { ${pop} ${fast} ${general} }`;
  if (DIVISIONS.has(a))
    return `{ ${pop} if (w === 0 && typeof v === "number") return raiseAt(t, f, sp, ${i.at}, ${i.next}, intZeroDivision(${a})); ${general} }`;
  return `{ ${pop} ${general} }`;
}

function compareOp(i: Instr): string {
  return `{ w = s[--sp]; v = s[sp - 1]; s[sp] = null;
    ${inlineCompare(i.arg, "v", "w", toTop)}
    else { sp = operatorGeneral(t, f, sp, ${i.at}, ${i.next}, v, w, ${i.arg}, true); ${leaveIf} } }`;
}

function popJumpIf(i: Instr, forward: boolean, jumpIfTrue: boolean): string {
  const target = forward ? i.after + i.arg : i.after - i.arg;
  return `v = s[--sp]; s[sp] = null;
    if (v === ${jumpIfTrue}) { ip = ${target}; continue; }
    if (v !== ${!jumpIfTrue}) {
      if ((r = truthOf(t, f, sp, ${i.at}, ${i.next}, ${target}, ${jumpIfTrue}, v)) === ${jumpIfTrue ? 1 : 0}) { ip = ${target}; continue; }
      if (r < 0) return 0;
    }`;
}

function popJumpIfNone(i: Instr, forward: boolean, wantNone: boolean): string {
  const target = forward ? i.after + i.arg : i.after - i.arg;
  return `if ((s[--sp] === None) === ${wantNone}) { s[sp] = null; ip = ${target}; continue; } s[sp] = null;`;
}

function forIter(i: Instr): string {
  const exit = i.after + i.arg;
  const b = `b${i.at}`;
  return `${b}: {
    v = s[sp - 1];
    if (v instanceof PyRangeIter) {
      if (v.remaining > 0) { v.remaining--; s[sp++] = v.cur; v.cur += v.step; break ${b}; }
    } else if (v instanceof PyListIter) {
      w = v.list.items;
      if (v.i < w.length) { s[sp++] = w[v.i++]; break ${b}; }
      v.i = Infinity;
    } else if (v instanceof SyncIterator) {
      w = v.next();
      if (w !== STOP) { s[sp++] = w; break ${b}; }
    } else {
      r = forIterNext(t, f, sp, ${i.at}, ${i.next}, ${exit});
      if (r >= 0) { sp = r; break ${b}; }
      if (r === ${LEAVE}) return 0;
    }
    s[--sp] = null; ip = ${exit}; continue;
  }`;
}

/** The attribute or global name of an instruction, as a constant of the compiled function. */
const name = (i: Instr): string => `names[${i.op === O.LOAD_GLOBAL ? i.arg >> 1 : i.arg}]`;

function storeSubscr(i: Instr): string {
  // v: the value, w: the container, x: the key.
  const b = `b${i.at}`;
  return `${b}: {
    x = s[--sp]; w = s[--sp]; v = s[--sp];
    s[sp] = s[sp + 1] = s[sp + 2] = null;
    if (typeof w === "object") {
      if (w.type === listType && typeof x === "number") {
        r = w.items;
        k = x < 0 ? x + r.length : x;
        if (k >= 0 && k < r.length) { r[k] = v; break ${b}; }
      } else if (w.type === dictType && w.allFast) {
        k = fastKeyOf(x);
        if (k !== undefined) { w.setFast(x, k, v); break ${b}; }
      }
    }
    if (setItemFast(w, x, v)) break ${b};
    sp = discardNative(t, f, sp, ${i.at}, ${i.next}, asValue(setItem(t, w, x, v))); ${leaveIf}
  }`;
}

function unpackSequence(i: Instr): string {
  // execFrame's fast path goes on at the inline cache entry (a NOP there), not after it.
  return `v = s[sp - 1];
    if (typeof v === "object" && (v.type === tupleType || v.type === listType) && v.items.length === ${i.arg}) {
      w = v.items;
      s[--sp] = null;
      ${i.arg <= 4 ? Array.from({ length: i.arg }, (_, k) => `s[sp++] = w[${i.arg - 1 - k}];`).join(" ") : `for (k = ${i.arg - 1}; k >= 0; k--) s[sp++] = w[k];`}
      ip = ${i.after}; continue;
    }
    ${cold(i)}`;
}

/** An instruction execFrame leaves to coldOp: run it there and go on where it says. */
function cold(i: Instr): string {
  return `sp = coldAt(t, f, sp, ${i.op}, ${i.arg}, ${i.at}, ${i.after}); ${leaveIf} ip = f.ip; if (ip !== ${i.next}) continue;`;
}

/**
 * The body of instruction i. Bodies declare nothing: they share the compiled function's
 * temporaries `v`, `w`, `x`, `r`, `k` (declarations inside switch cases cost V8 a register each
 * and a hole check at every use, and the function must stay small).
 */
export function emit(i: Instr): string {
  const a = i.arg;
  if (i.cold) return bail(i);
  switch (i.op) {
    case O.NOP:
    case O.RESUME:
    case O.CACHE:
      return "";
    case O.LOAD_FAST:
      return `if ((v = s[${a}]) == null) throw nameOps.unboundLocal(code, ${a}); s[sp++] = v;`;
    case O.STORE_FAST:
      return `s[${a}] = s[--sp]; s[sp] = null;`;
    case O.LOAD_CONST:
      return `s[sp++] = consts[${a}];`;
    case O.POP_TOP:
      return `s[--sp] = null;`;
    case O.PUSH_NULL:
      return `s[sp++] = null;`;
    case O.COPY:
      return `s[sp] = s[sp - ${a}]; sp++;`;
    case O.SWAP:
      return `v = s[sp - 1]; s[sp - 1] = s[sp - ${a}]; s[sp - ${a}] = v;`;
    case O.LOAD_GLOBAL:
      return `if ((v = loadGlobalCached(ic${i.at}, f.globals, f.builtins, ${name(i)})) === undefined) throw nameOps.notDefined(${name(i)});
        ${a & 1 ? "s[sp++] = null;" : ""} s[sp++] = v;`;
    case O.COPY_FREE_VARS:
      return `v = f.func.closure.items; for (k = 0; k < ${a}; k++) s[code.nlocalsplus - ${a} + k] = v[k];`;
    case O.LOAD_CLOSURE:
      return `s[sp++] = s[${a}];`;
    case O.LOAD_DEREF:
      return `if ((v = s[${a}].contents) === null) throw nameOps.unboundDeref(code, ${a}); s[sp++] = v;`;
    case O.STORE_DEREF:
      return `s[${a}].contents = s[--sp]; s[sp] = null;`;
    case O.BINARY_OP:
      return binaryOp(i);
    case O.COMPARE_OP:
      return compareOp(i);
    case O.IS_OP:
      return `w = s[--sp]; s[sp] = null; s[sp - 1] = s[sp - 1] ${a === 1 ? "!==" : "==="} w;`;
    case O.CONTAINS_OP:
      // w: the container, v: the element.
      return `w = s[--sp]; v = s[--sp]; s[sp] = s[sp + 1] = null;
        if ((r = containsFast(w, v)) !== undefined) s[sp++] = ${a === 1 ? "!r" : "r"};
        else { ${viaNative(i, a === 1 ? "negate(contains(t, w, v))" : "contains(t, w, v)")} }`;
    case O.JUMP_FORWARD:
      return jumpTo(i.after + a, i.next);
    case O.JUMP_BACKWARD:
    case O.JUMP_BACKWARD_NO_INTERRUPT:
      return `ip = ${i.after - a}; continue;`;
    case O.POP_JUMP_FORWARD_IF_FALSE:
      return popJumpIf(i, true, false);
    case O.POP_JUMP_FORWARD_IF_TRUE:
      return popJumpIf(i, true, true);
    case O.POP_JUMP_BACKWARD_IF_FALSE:
      return popJumpIf(i, false, false);
    case O.POP_JUMP_BACKWARD_IF_TRUE:
      return popJumpIf(i, false, true);
    case O.POP_JUMP_FORWARD_IF_NONE:
      return popJumpIfNone(i, true, true);
    case O.POP_JUMP_FORWARD_IF_NOT_NONE:
      return popJumpIfNone(i, true, false);
    case O.POP_JUMP_BACKWARD_IF_NONE:
      return popJumpIfNone(i, false, true);
    case O.POP_JUMP_BACKWARD_IF_NOT_NONE:
      return popJumpIfNone(i, false, false);
    case O.GET_ITER:
      return `v = s[sp - 1];
        if ((r = getIterFast(v)) !== undefined) s[sp - 1] = r;
        else { s[--sp] = null; ${viaNative(i, "getIter(t, v)")} }`;
    case O.FOR_ITER:
      return forIter(i);
    case O.BINARY_SUBSCR:
      return `w = s[--sp]; v = s[sp - 1]; s[sp] = null;
        if ((r = getItemFast(v, w)) === RAISED) return raiseAt(t, f, sp, ${i.at}, ${i.next}, takeRaised());
        if (r !== undefined) s[sp - 1] = r;
        else { s[--sp] = null; ${viaNative(i, "getItem(t, v, w)")} }`;
    case O.STORE_SUBSCR:
      return storeSubscr(i);
    case O.LOAD_ATTR:
      return `v = s[sp - 1];
        if ((r = loadAttrCached(ic${i.at}, v, ${name(i)})) !== undefined) s[sp - 1] = r;
        else { sp = loadAttrGeneral(t, f, sp, ${i.at}, ${i.next}, ic${i.at}, v, ${name(i)}, false); ${leaveIf} }`;
    case O.LOAD_METHOD:
      return `v = s[sp - 1];
        if ((r = loadMethodCached(ic${i.at}, v, ${name(i)})) !== undefined) { s[sp - 1] = r; s[sp++] = v; }
        else if ((r = loadAttrCached(ic${i.at}, v, ${name(i)})) !== undefined) { s[sp - 1] = null; s[sp++] = r; }
        else { sp = loadAttrGeneral(t, f, sp, ${i.at}, ${i.next}, ic${i.at}, v, ${name(i)}, true); ${leaveIf} }`;
    case O.STORE_ATTR:
      // w: the object, v: the value.
      return `w = s[--sp]; v = s[--sp]; s[sp] = s[sp + 1] = null;
        if (!storeAttrCached(ic${i.at}, w, ${name(i)}, v)) {
          sp = discardNative(t, f, sp, ${i.at}, ${i.next}, nameOps.setAttr(t, w, ${name(i)}, v)); ${leaveIf}
        }`;
    case O.PRECALL:
      return `if (s[sp - ${a + 2}] === null && typeof (v = s[sp - ${a + 1}]) === "object" && v !== null && v.type === methodType) {
        s[sp - ${a + 2}] = v.func; s[sp - ${a + 1}] = v.self; }`;
    case O.KW_NAMES:
      return `kwNames(f, consts[${a}]);`;
    case O.CALL:
      return `sp = callAt(t, f, sp, ${a}, ${i.at}, ${i.next}, ic${i.at}, budget); budget = t.budget; ${leaveIf} if (callCutsSlice(t)) budget = 0;`;
    case O.RETURN_VALUE:
      return `v = s[--sp]; s[sp] = null; return returnFrom(t, f, sp, ${i.at}, ${i.next}, v);`;
    case O.BUILD_TUPLE:
    case O.BUILD_LIST:
      return `v = s.slice(sp - ${a}, sp); for (k = sp - ${a}; k < sp; k++) s[k] = null; sp -= ${a};
        s[sp++] = new ${i.op === O.BUILD_TUPLE ? "PyTuple" : "PyList"}(v);`;
    case O.LIST_APPEND:
      return `v = s[--sp]; s[sp] = null; w = s[sp - ${a}]; w.items.push(v); if (w.items.length > w.allocated) listAppended(w);`;
    case O.LIST_TO_TUPLE:
      return `s[sp - 1] = new PyTuple(s[sp - 1].items);`;
    case O.YIELD_VALUE:
      return `v = s[--sp]; s[sp] = null; return yieldAt(t, f, sp, ${i.at}, ${i.next}, v);`;
    case O.UNPACK_SEQUENCE:
      return unpackSequence(i);
    default:
      return cold(i);
  }
}

/** Where instruction i may jump (its target as execFrame computes it), or -1. */
export function jumpTarget(i: Instr): number {
  switch (i.op) {
    case O.JUMP_FORWARD:
    case O.POP_JUMP_FORWARD_IF_FALSE:
    case O.POP_JUMP_FORWARD_IF_TRUE:
    case O.POP_JUMP_FORWARD_IF_NONE:
    case O.POP_JUMP_FORWARD_IF_NOT_NONE:
    case O.JUMP_IF_FALSE_OR_POP:
    case O.JUMP_IF_TRUE_OR_POP:
    case O.FOR_ITER:
    case O.SEND:
      return i.after + i.arg;
    case O.JUMP_BACKWARD:
    case O.JUMP_BACKWARD_NO_INTERRUPT:
    case O.POP_JUMP_BACKWARD_IF_FALSE:
    case O.POP_JUMP_BACKWARD_IF_TRUE:
    case O.POP_JUMP_BACKWARD_IF_NONE:
    case O.POP_JUMP_BACKWARD_IF_NOT_NONE:
      return i.after - i.arg;
    default:
      return -1;
  }
}

/**
 * Instructions after which compiled code is commonly re-entered: those that push a Python
 * frame (a call, a property getter, a generator resumed by FOR_ITER or SEND, a `with` block's
 * `__enter__`) or suspend their own frame (a yield). After any other instruction, a frame that
 * left (a native that ran Python code, say) goes on in the interpreter up to its next backward
 * jump: fewer entry points keep the compiled function's control flow simple for V8.
 */
const REENTERED = new Set<number>([
  O.CALL,
  O.CALL_FUNCTION_EX,
  O.FOR_ITER,
  O.SEND,
  O.LOAD_ATTR,
  O.LOAD_METHOD,
  O.YIELD_VALUE,
  O.BEFORE_WITH,
  O.RETURN_GENERATOR,
]);

export function isReentered(op: number): boolean {
  return REENTERED.has(op);
}

/** Instructions whose bodies use their inline cache object (captured as `ic<unit>`). */
export function usesCache(op: number): boolean {
  return (
    op === O.LOAD_GLOBAL || op === O.LOAD_ATTR || op === O.LOAD_METHOD || op === O.STORE_ATTR || op === O.CALL
  );
}
