/**
 * GC stress mode's checks (docs/internals/memory.md, "Stress mode"): what a census at every
 * instruction boundary can skip without missing anything, and what it asserts.
 *
 * A census can only find a new death after something dropped a reference. An instruction that
 * only pushes a value it read (LOAD_FAST, LOAD_CONST, LOAD_GLOBAL, COPY, ...) drops none, so
 * when the only thing that ran since the last boundary is one such instruction — same slice,
 * same thread, same top frame, which moved on by exactly that instruction — the census of the
 * previous boundary still holds and this one is skipped.
 *
 * A census declares objects dead. Two mistakes are possible: a reference `referents()` misses
 * (the object is in fact held: it is declared dead while alive), and a death found too early or
 * too late by the census logic. The first is checked directly: each object a census reaches for
 * the first time has its own fields walked deeply (through arrays, maps, sets and plain
 * records), and every Python object found there must be among its referents, unless the field
 * is one that does not hold a reference in CPython either. Both are also checked by their
 * effect: an object once declared dead must never be reachable again.
 */
import { PyObject, PySingleton, PyType, assert } from "../objects/core.js";
import { PyDict } from "../objects/dict.js";
import { PyFunction } from "../objects/function.js";
import { PyList } from "../objects/list.js";
import { Frame } from "../vm/frame.js";
import type { Thread } from "../vm/thread.js";
import { isLeaf, referents } from "./traverse.js";

/** Instructions that push or shuffle without dropping a reference: code → stack effect. */
const PURE: ReadonlyMap<number, number> = new Map([
  [9 /* NOP */, 0],
  [151 /* RESUME */, 0],
  [0 /* CACHE */, 0],
  [124 /* LOAD_FAST */, 1],
  [100 /* LOAD_CONST */, 1],
  [2 /* PUSH_NULL */, 1],
  [120 /* COPY */, 1],
  [99 /* SWAP */, 0],
  [137 /* LOAD_DEREF */, 1],
  [136 /* LOAD_CLOSURE */, 1],
  [172 /* KW_NAMES */, 0],
  [116 /* LOAD_GLOBAL */, 1],
  [101 /* LOAD_NAME */, 1],
  [110 /* JUMP_FORWARD */, 0],
  [140 /* JUMP_BACKWARD */, 0],
  [134 /* JUMP_BACKWARD_NO_INTERRUPT */, 0],
]);

/**
 * Instructions that drop only the values they consume: pure when those values cannot die (not
 * Python objects — small ints, strings, None as the host keeps them — or immortal singletons).
 * code → [stack effect, inline cache entries, how many stack values are dropped (-1: the
 * local the instruction overwrites)].
 */
const CONSUMING: ReadonlyMap<number, readonly [number, number, number]> = new Map([
  [125 /* STORE_FAST */, [-1, 0, -1]],
  [1 /* POP_TOP */, [-1, 0, 1]],
  [122 /* BINARY_OP */, [-1, 1, 2]],
  [107 /* COMPARE_OP */, [-1, 2, 2]],
]);

/** A value whose last reference can be dropped without anything dying. */
function undying(v: unknown): boolean {
  return !(v instanceof PyObject) || v instanceof PySingleton;
}

const EXTENDED_ARG = 144;
const LOAD_GLOBAL = 116;
const JUMP_FORWARD = 110;
const JUMP_BACKWARD = 140;
const JUMP_BACKWARD_NO_INTERRUPT = 134;
/** LOAD_GLOBAL's inline cache entries (the only pure instruction that has some). */
const LOAD_GLOBAL_CACHE = 5;

/**
 * Fields that hold no reference in CPython's sense: the object's built-in type, a weak
 * reference's referent, caches and indexes, a frame's borrowed globals and builtins and its
 * generator (which owns the frame, not the reverse).
 */
const NOT_REFERENCES: ReadonlySet<string> = new Set([
  "type",
  "referent",
  "cache",
  "fast",
  "byHash",
  "hashes",
  "subclassRefs",
  "code",
  "facts",
  "globals",
  "builtins",
  "gen",
]);

/** How deep the field walk looks through non-Python containers. */
const DEPTH = 4;

export class StressChecks {
  /** What the last boundary expects if only a pure instruction runs before the next one. */
  private expect: { t: Thread; f: Frame; ip: number; sp: number; slice: number } | null = null;
  private slice = 0;
  /** Objects whose fields were walked (each once: fields added later are seen by the census). */
  private readonly walked = new WeakSet<PyObject>();
  /** Boundaries whose census was skipped, and censuses run (for the stress report). */
  skipped = 0;
  checked = 0;

  /** A new slice of the eval loop: another thread, natives or anything else may have run. */
  newSlice(): void {
    this.slice++;
    this.expect = null;
  }

  /** Can this boundary skip its census (only a pure instruction ran since the last one)? */
  unchanged(t: Thread): boolean {
    const e = this.expect;
    this.expect = null;
    const f = t.top;
    if (e === null || e.slice !== this.slice || e.t !== t || e.f !== f) return false;
    if (!(f instanceof Frame) || f.ip !== e.ip || f.sp !== e.sp) return false;
    this.skipped++;
    this.atBoundary(t);
    return true;
  }

  /**
   * The census at this boundary is done and nothing is due: if the next instruction is pure,
   * the next boundary may skip its census.
   */
  atBoundary(t: Thread): void {
    this.expect = null;
    const f = t.top;
    if (!(f instanceof Frame)) return;
    const co = f.code.bytes;
    let ip = f.ip;
    let op = co[ip * 2];
    let arg = co[ip * 2 + 1] ?? 0;
    ip++;
    while (op === EXTENDED_ARG) {
      op = co[ip * 2];
      arg = (arg << 8) | (co[ip * 2 + 1] ?? 0);
      ip++;
    }
    if (op === undefined) return;
    let effect = PURE.get(op);
    if (effect === undefined) {
      const c = CONSUMING.get(op);
      if (c === undefined) return;
      const [stack, cache, drops] = c;
      const s = f.slots;
      if (drops < 0 ? !undying(s[arg]) : !undying(s[f.sp - 1]) || (drops === 2 && !undying(s[f.sp - 2])))
        return;
      effect = stack;
      ip += cache;
    }
    let sp = f.sp + effect;
    if (op === LOAD_GLOBAL) {
      ip += LOAD_GLOBAL_CACHE;
      if ((arg & 1) === 1) sp++;
    } else if (op === JUMP_FORWARD) ip += arg;
    else if (op === JUMP_BACKWARD || op === JUMP_BACKWARD_NO_INTERRUPT) ip -= arg;
    this.expect = { t, f, ip, sp, slice: this.slice };
  }

  /**
   * After a census's mark: nothing declared dead is reachable, and the objects reached for the
   * first time hold no Python object their referents do not list.
   */
  afterMark(fresh: Iterable<PyObject>, dead: { has(o: PyObject): boolean }): void {
    this.checked++;
    const buf: PyObject[] = [];
    // `fresh`: what this census reached and the last one did not. What the last census reached
    // was checked then, and is not dead: only a census finds an object dead, and then it was not
    // in that census's reach.
    for (const o of fresh) {
      assert(
        !dead.has(o) || !programObject(o),
        `gc stress: a ${o.type.name} object declared dead is reachable`,
      );
      if (this.walked.has(o)) continue;
      this.walked.add(o);
      if (isLeaf(o)) continue;
      buf.length = 0;
      referents(o, buf);
      const listed = new Set(buf);
      const missing = heldObjects(o).filter((r) => !listed.has(r));
      assert(
        missing.length === 0,
        `gc stress: referents() of a ${o.type.name} object (${o.constructor.name}) misses ${missing
          .map((r) => `a ${r.type.name}`)
          .join(", ")}`,
      );
    }
  }
}

/**
 * The Python objects `o`'s own fields hold, looking through arrays, maps, sets and plain
 * records (not through other Python objects, functions or class instances of the host).
 */
function heldObjects(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    if (v instanceof PyObject) {
      // Leaves and immortal singletons (None, Ellipsis, ...) cannot die.
      if (v !== o && !isLeaf(v) && !(v instanceof PySingleton)) out.push(v);
      return;
    }
    if (depth >= DEPTH) return;
    seen.add(v);
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (v instanceof Map)
      for (const [k, x] of v as Map<unknown, unknown>) {
        visit(k, depth + 1);
        visit(x, depth + 1);
      }
    else if (v instanceof Set) for (const x of v as Set<unknown>) visit(x, depth + 1);
    else if (Object.getPrototypeOf(v) === Object.prototype)
      for (const x of Object.values(v as Record<string, unknown>)) visit(x, depth + 1);
  };
  const rec = o as unknown as Record<string, unknown>;
  for (const k of Object.keys(rec)) if (!NOT_REFERENCES.has(k)) visit(rec[k], 0);
  // A heap type's instances hold their type (their own `type` field is the built-in case).
  return out;
}

/**
 * Objects only a program makes (instances of its classes, lists, dicts, functions): the ones
 * the reachability assertion checks. Shared immutable objects (code objects, constants, the
 * descriptors of built-in types) may also be reached through the leaves the census does not
 * enter.
 */
export function programObject(o: PyObject): boolean {
  if (o instanceof PyType) return false;
  return o.type.isHeapType || o instanceof PyList || o instanceof PyDict || o instanceof PyFunction;
}
