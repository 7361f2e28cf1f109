/**
 * The runtime code object: a compiled CodeObject (src/compiler/code.ts) plus what the eval loop
 * needs precomputed (constants as Python values, decoded exception table, lazily decoded
 * locations). One PyCode per CodeObject, so functions made from the same code share it.
 */
import { strFromCodePoints } from "./str-surrogate.js";
import type { CodeConstant, CodeObject } from "../compiler/code.js";
import type { Thread } from "../vm/thread.js";
import { CodeFlags, FastKind, isCodeObject } from "../compiler/code.js";
import type { PyValue } from "./core.js";
import { Ellipsis, None, PyObject, codeType, frozensetType } from "./core.js";
import type { ExceptionEntry, Locations } from "./code-tables.js";
import { decodeLocations, parseExceptionTable } from "./code-tables.js";
import { PyComplex, PyFloat } from "./float.js";
import { norm } from "./int.js";
import { PyBytes } from "./misc.js";
import { addDistinct, elementHash, newSet } from "./set.js";
import { runSync } from "./run-sync.js";
import { PyTuple } from "./tuple.js";

export class PyCode extends PyObject {
  readonly co: CodeObject;
  readonly bytes: Uint8Array;
  readonly consts: PyValue[];
  readonly names: readonly string[];
  readonly nlocalsplus: number;
  readonly stacksize: number;
  readonly flags: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  /** Positional and keyword parameters plus *args and **kwargs slots. */
  readonly totalArgs: number;
  readonly localsplusNames: readonly string[];
  readonly localsplusKinds: Uint8Array;
  readonly varnames: string[];
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  readonly excTable: readonly ExceptionEntry[];
  /** The docstring (co_consts[0] when it is a str and the code is a function), else None. */
  readonly doc: PyValue;
  /** Code is a generator, coroutine or async generator. */
  readonly isGenLike: boolean;
  /**
   * Parameters bound by position alone: no *args, **kwargs or keyword-only parameters (the VM's
   * fast call copies positional arguments straight into the new frame).
   */
  readonly simpleArgs: boolean;
  /**
   * Are this code's finished frames kept for the next call (src/vm/frame.ts, `recycleFrame`)?
   * Not for generators and coroutines, whose frame outlives the call, nor code with cell variables.
   */
  readonly recycles: boolean;
  /** Frames of this code that finished and that nothing can reach any more, linked by `nextFree`. */
  freeFrames: import("../vm/frame.js").Frame | null = null;
  /** How many frames `freeFrames` holds. */
  freeCount = 0;
  /** This code compiled to a JavaScript function (src/vm/jit/), once it has run often. */
  jit: import("../vm/jit/compile.js").JitFn | null = null;
  /** Frame entries and backward jumps counted towards compiling it (src/vm/jit/compile.ts). */
  warmth = 0;
  /** Times its compiled code handed an instruction that had not run before to the interpreter. */
  bails = 0;
  /** The VM's inline caches, by instruction offset, created when first needed (src/vm/inline-cache.ts). */
  icache: (import("../vm/inline-cache.js").InlineCache | undefined)[] | null = null;
  private locs: Locations | null = null;
  /** All-null slots (localsplus + stack) that each new frame copies. */
  private slotsTemplate: (PyValue | null)[] | null = null;

  /** Fresh frame slots: localsplus, the value stack and one spare, all null. */
  newSlots(): (PyValue | null)[] {
    let tpl = this.slotsTemplate;
    if (tpl === null) {
      tpl = [];
      for (let i = this.nlocalsplus + this.stacksize + 1; i > 0; i--) tpl.push(null);
      this.slotsTemplate = tpl;
    }
    return tpl.slice();
  }

  constructor(co: CodeObject) {
    super(codeType);
    this.co = co;
    this.bytes = co.co_code;
    this.consts = co.co_consts.map(constToValue);
    this.names = co.co_names;
    this.nlocalsplus = co.localsplusNames.length;
    this.stacksize = co.co_stacksize;
    this.flags = co.co_flags;
    this.argcount = co.co_argcount;
    this.posonlyargcount = co.co_posonlyargcount;
    this.kwonlyargcount = co.co_kwonlyargcount;
    this.totalArgs =
      co.co_argcount +
      co.co_kwonlyargcount +
      (co.co_flags & CodeFlags.VARARGS ? 1 : 0) +
      (co.co_flags & CodeFlags.VARKEYWORDS ? 1 : 0);
    this.localsplusNames = co.localsplusNames;
    this.localsplusKinds = co.localsplusKinds;
    this.varnames = [];
    this.cellvars = [];
    this.freevars = [];
    co.localsplusNames.forEach((n, i) => {
      const k = co.localsplusKinds[i]!;
      if (k & FastKind.LOCAL) this.varnames.push(n);
      if (k & FastKind.CELL) this.cellvars.push(n);
      if (k & FastKind.FREE) this.freevars.push(n);
    });
    this.name = co.co_name;
    this.qualname = co.co_qualname;
    this.filename = co.co_filename;
    this.firstlineno = co.co_firstlineno;
    this.excTable = parseExceptionTable(co.co_exceptiontable);
    this.isGenLike =
      (co.co_flags & (CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR)) !== 0;
    this.recycles = !this.isGenLike && this.cellvars.length === 0;
    this.simpleArgs =
      (co.co_flags & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS)) === 0 && co.co_kwonlyargcount === 0;
    const first = this.consts[0];
    this.doc = typeof first === "string" && co.co_name !== "<module>" ? first : None;
  }

  get locations(): Locations {
    if (this.locs === null) {
      this.locs = decodeLocations(this.co.co_linetable, this.firstlineno, this.bytes.length >> 1);
    }
    return this.locs;
  }

  /** The line of the instruction at code unit `index`, or null (PyCode_Addr2Line). */
  lineAt(index: number): number | null {
    if (index < 0) return this.firstlineno;
    const l = this.locations.line[index];
    return l === undefined || l < 0 ? null : l;
  }
}

const codeCache = new WeakMap<CodeObject, PyCode>();

/** The PyCode for a CodeObject (shared). */
export function codeFor(co: CodeObject): PyCode {
  let c = codeCache.get(co);
  if (!c) {
    c = new PyCode(co);
    codeCache.set(co, c);
  }
  return c;
}

/** Turns a compiler constant into a Python value. */
export function constToValue(c: CodeConstant): PyValue {
  if (c === null) return None;
  switch (typeof c) {
    case "boolean":
    case "string":
      return c;
    case "bigint":
      return norm(c);
    case "number":
      return new PyFloat(c);
    default:
      break;
  }
  if (isCodeObject(c)) return codeFor(c);
  switch (c.kind) {
    case "tuple":
      return new PyTuple(c.items.map(constToValue));
    case "frozenset": {
      const s = newSet(frozensetType);
      // The items are distinct and built-in: hashing runs no Python code, and no two are equal.
      for (const item of c.items) {
        const v = constToValue(item);
        addDistinct(s, v, runSync(elementHash(null as unknown as Thread, v)));
      }
      return s;
    }
    case "bytes":
      return new PyBytes(c.bytes);
    case "complex":
      return new PyComplex(c.real, c.imag);
    case "ellipsis":
      return Ellipsis;
    case "str":
      return strFromCodePoints(c.codePoints);
  }
}
