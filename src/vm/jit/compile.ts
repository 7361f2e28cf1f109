/**
 * The compile tier: a code object that runs often is turned into one JavaScript function
 * (docs/internals/vm.md, "The compile tier"). The function does what execFrame does for that
 * code, with the decoding done once: a `switch` on the instruction's code unit whose cases are
 * the instructions in order, each case falling through to the next, opargs, jump targets and
 * inline-cache objects written in as constants. V8 then optimizes each hot Python function
 * apart from the others, with type feedback of its own at every instruction, instead of one
 * interpreter loop whose every instruction has seen every program's types.
 *
 * Nothing about execution changes: the frame keeps its registers and slots in the same places,
 * the budget is counted per instruction with execFrame's slice-end rule, and every exit (a
 * call, a return, a suspended native, an exception) stores the registers and returns to run()
 * as execFrame does. A frame can therefore move between the interpreter and its compiled code
 * at any instruction boundary: run() enters compiled code at the frame's `ip`, and the
 * interpreter hands a frame over at a backward jump once the code is compiled (on-stack
 * replacement, OSR).
 */
import type { PyCode } from "../../objects/code.js";
import { Mode } from "../eval.js";
import { CACHE_UNITS, O } from "../opcode-numbers.generated.js";
import type { Frame } from "../frame.js";
import type { Thread } from "../thread.js";
import { type Instr, emit, isReentered, jumpTarget, usesCache } from "./emit.js";
import { jitHelpers } from "./helpers.js";
import { StackCache, cacheLocals } from "./stack-cache.js";
import { INTERPRET } from "./slow.js";

/** A compiled code object: runs frame f from unit `ip` as execFrame would (lasti: the unit before). */
export type JitFn = (t: Thread, f: Frame, lasti: number) => number;

/** When code objects are compiled: after they warm up, from their first run, or never. */
export type JitMode = "auto" | "always" | "never";

/**
 * Backward jumps after which a code object is compiled ("auto"). Compiling
 * costs about a millisecond per hundred instructions, so code that runs only a few times stays
 * interpreted.
 */
const WARM = 1000;

/** Bail-outs (emit.ts, bail) after which compiled code is compiled again. */
const REBAIL = 1000;

/** `PyCode.warmth` of code the tier refused: it never warms up again. */
const REFUSED = -(2 ** 52);

/** Code larger than this (code units) stays interpreted: its compile time would not pay. */
const MAX_UNITS = 20000;

/**
 * The mode until setJitMode says otherwise: "auto" (docs/internals/vm.md, "The compile tier":
 * 3.62× → 3.39× python3's time over the core benchmarks, the geometric mean of whole runs).
 */
export const DEFAULT_JIT_MODE: JitMode = "auto";

let warmAt = WARM;

/**
 * How many code objects have been compiled, and how many calls ran nested (eval.ts,
 * runNested): tests check that the tier really ran.
 */
export const jitStats = { compiled: 0, nested: 0 };

/**
 * Is the tier on (the interpreter skips its counting when it is not), and do frame entries
 * count towards compiling? Only with "always": "auto" compiles code whose loops run hot.
 * Functions that are hot only because they are called often stay interpreted: every compiled
 * function costs TurboFan compilations, one more for each of its paths that first runs after it
 * was optimized (docs/internals/vm.md, "What the tier costs"), and richards and raytrace
 * ran 70% slower with every called function compiled.
 */
export const jit = { on: true, atEntry: false };

export function setJitMode(mode: JitMode): void {
  warmAt = mode === "auto" ? WARM : mode === "always" ? 0 : Infinity;
  jit.on = mode !== "never";
  jit.atEntry = mode === "always";
}

/**
 * Counts one frame entry or backward jump of `code` and compiles it once it is warm. True when
 * `code.jit` is set (now or before): the interpreter may hand the frame over.
 */
export function warmUp(code: PyCode): boolean {
  if (code.jit !== null) {
    // Instructions compiled as bail-outs because they had not run yet now run often: compiled
    // again, with them (each has its inline cache now).
    if (code.bails >= REBAIL) {
      code.bails = 0;
      const fn = compile(code);
      if (fn !== null) {
        code.jit = fn;
        jitStats.compiled++;
      }
    }
    return true;
  }
  if (++code.warmth <= warmAt) return false;
  const fn = compile(code);
  if (fn === null) {
    code.warmth = REFUSED;
    return false;
  }
  code.jit = fn;
  jitStats.compiled++;
  return true;
}

/** Decodes code's instructions as execFrame does, EXTENDED_ARG prefixes folded in. */
function decode(bytes: Uint8Array): { instrs: Instr[]; caches: number[] } {
  const instrs: Instr[] = [];
  const caches: number[] = [];
  const units = bytes.length >> 1;
  let ip = 0;
  while (ip < units) {
    const at = ip;
    let op = bytes[ip * 2]!;
    let arg = bytes[ip * 2 + 1]!;
    ip++;
    while (op === O.EXTENDED_ARG && ip < units) {
      op = bytes[ip * 2]!;
      arg = (arg << 8) | bytes[ip * 2 + 1]!;
      ip++;
    }
    const after = ip;
    const n = op === O.CACHE ? 0 : CACHE_UNITS[op]!;
    for (let k = 0; k < n; k++) caches.push(ip + k);
    ip += n;
    instrs.push({ at, op, arg, after, next: ip, prev: "plast", cold: false });
  }
  return { instrs, caches };
}

/**
 * The units where compiled code can be entered other than by falling through from the
 * instruction before: the start, jump targets, exception handlers, the instruction after one
 * that commonly leaves the frame and is resumed (emit.ts, isReentered), and
 * UNPACK_SEQUENCE's inline cache entry. Entered anywhere else, the frame runs in the
 * interpreter up to its next backward jump.
 */
function entryPoints(code: PyCode, instrs: readonly Instr[]): Set<number> {
  const entries = new Set<number>([0]);
  for (const i of instrs) {
    const target = jumpTarget(i);
    if (target >= 0) entries.add(target);
    if (isReentered(i.op)) entries.add(i.next);
    if (i.op === O.UNPACK_SEQUENCE) entries.add(i.after).add(i.next);
  }
  for (const e of code.excTable) entries.add(e.target);
  return entries;
}

/**
 * The JavaScript source of code's compiled function (a factory taking the helpers and the code).
 *
 * The budget: each instruction takes one, as in execFrame, but without execFrame's check per
 * instruction. The instructions form runs, each from an entry point to the next; a run starts
 * by checking that the budget covers all of it, so that it never runs out inside one. When it
 * does not, the frame goes to the interpreter at that point (run() calls execFrame), which ends
 * the slice at exactly the instruction where it would have ended anyway and hands the frame
 * back at its next backward jump.
 */
export function compiledSource(code: PyCode): string | null {
  const units = code.bytes.length >> 1;
  if (units > MAX_UNITS) return null;
  const { instrs, caches } = decode(code.bytes);
  const entries = entryPoints(code, instrs);
  const parts: string[] = [];
  const cacheConsts: string[] = [];
  const check = (at: number, n: number): string =>
    `case ${at}: if (budget < ${n}) { ip = ${at}; break out; } plast = lasti;`;
  // The top of the value stack in locals within each run (stack-cache.ts): empty at every
  // entry point, so that code entered there finds the whole stack in the slots.
  const cache = new StackCache();
  // Code compiled after it warmed up in the interpreter: an instruction with an inline cache
  // that has none never ran there, and bails out rather than be compiled (emit.ts, bail); its
  // cache is made only when the interpreter runs it, so a later compilation sees that it did.
  const warm = !jit.atEntry;
  for (let n = 0; n < instrs.length; n++) {
    const i = instrs[n]!;
    if (n > 0 && !entries.has(i.at)) i.prev = String(instrs[n - 1]!.at);
    if (warm && usesCache(i.op) && i.op !== O.CALL && code.icache?.[i.at] === undefined) i.cold = true;
    if (entries.has(i.at)) {
      let run = 1;
      while (n + run < instrs.length && !entries.has(instrs[n + run]!.at)) run++;
      parts.push(cache.flush(), check(i.at, run));
    }
    const cached = cache.emit(i, jumpTarget(i), () => emit(i));
    const body = cached ?? `${cache.flush()} ${emit(i)}`;
    parts.push(`lasti = ${i.at}; budget--;`, `{ let v, w, x, r, k; ${body} }`);
    if (usesCache(i.op) && !i.cold) cacheConsts.push(`const ic${i.at} = cacheAt(code, ${i.at});`);
  }
  // Inline cache entries are instructions only for execFrame's UNPACK_SEQUENCE fast path, which
  // goes on at its cache entry: a NOP there that counts one instruction.
  for (const u of caches)
    if (entries.has(u)) parts.push(check(u, 1), `lasti = ${u}; budget--; ip = ${u + 1}; continue;`);
  const fname = `py_${code.name.replace(/[^A-Za-z0-9_]/g, "_")}`;
  // Every exit stores the budget (a try/finally around the loop makes TurboFan route each of
  // the many returns through the finally block, which multiplies its compile time).
  const body = parts.join("\n").replace(/\breturn ([^;]+);/g, "return (t.budget = budget, $1);");
  return `"use strict";
const { ${Object.keys(jitHelpers()).join(", ")} } = h;
const consts = code.consts;
const names = code.names;
${cacheConsts.join("\n")}
return function ${fname}(t, f, entryLasti) {
  const s = f.slots;
  let sp = f.sp;
  let ip = f.ip;
  let lasti = entryLasti;
  let budget = t.budget;
  let plast = lasti;
  ${cacheLocals}
  try {
    out: for (;;) {
      switch (ip) {
        ${body}
        default:
          break out;
      }
    }
    // The shared exit (emit.ts, bail; a run the budget does not cover; an ip that is no entry
    // point): the interpreter runs instruction ip.
    f.ip = ip; f.sp = sp; f.lasti = lasti; t.budget = budget;
    return ${INTERPRET};
  } catch (e) {
    f.lasti = lasti; f.sp = sp; f.ip = ip;
    t.budget = budget;
    t.value = toException(t, e);
    t.mode = ${Mode.THROW};
    return 0;
  }
};`;
}

/** Compiles code, or null when it stays interpreted (too large, or no code generation here). */
function compile(code: PyCode): JitFn | null {
  const src = compiledSource(code);
  if (src === null) return null;
  let factory: (h: object, code: PyCode) => JitFn;
  try {
    // A Content-Security-Policy without 'unsafe-eval' forbids this in a browser: the
    // interpreter runs everything then.
    factory = new Function("h", "code", src) as (h: object, code: PyCode) => JitFn;
  } catch (e) {
    if (e instanceof EvalError) return null;
    throw e;
  }
  return factory(jitHelpers(), code);
}
