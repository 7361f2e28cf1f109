import type { ConstantValue } from "../parser/constant.js";

/**
 * A compiled code object, as CPython 3.11's `types.CodeType` has it. The compiler produces these
 * and the VM runs them; the layout of `co_code`, `co_linetable` and `co_exceptiontable` is
 * CPython 3.11's byte for byte (wordcode with inline CACHE units, the 3.11 location table, the
 * varint exception table), so `dis` output and differential tests can compare with `python3`.
 */
export interface CodeObject {
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  readonly co_stacksize: number;
  /** CO_* flags, CPython's values (see CodeFlags). */
  readonly co_flags: number;
  readonly co_code: Uint8Array;
  readonly co_consts: readonly CodeConstant[];
  readonly co_names: readonly string[];
  /**
   * The "fast locals plus" of 3.11: every local, cell and free variable, one slot each, in
   * CPython's order; LOAD_FAST, LOAD_DEREF and friends index into it. co_varnames,
   * co_cellvars and co_freevars (and co_nlocals) are derived from these two.
   */
  readonly localsplusNames: readonly string[];
  /** CO_FAST_* kinds per localsplus slot (LOCAL 0x20, CELL 0x40, FREE 0x80; CELL|LOCAL for a cell argument). */
  readonly localsplusKinds: Uint8Array;
  readonly co_filename: string;
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_firstlineno: number;
  readonly co_linetable: Uint8Array;
  readonly co_exceptiontable: Uint8Array;
}

/** Constants a code object can hold, before the VM turns them into runtime objects. */
export type CodeConstant = ConstantValue | CodeObject | ConstantTuple | ConstantFrozenset;

export interface ConstantTuple {
  readonly kind: "tuple";
  readonly items: readonly CodeConstant[];
}

export interface ConstantFrozenset {
  readonly kind: "frozenset";
  /** In the order a set built by adding them one by one gets CPython's table (see interning.ts). */
  readonly items: readonly CodeConstant[];
}

/** CPython 3.11's code flags (Include/cpython/code.h). */
export const CodeFlags = {
  OPTIMIZED: 0x0001,
  NEWLOCALS: 0x0002,
  VARARGS: 0x0004,
  VARKEYWORDS: 0x0008,
  NESTED: 0x0010,
  GENERATOR: 0x0020,
  NOFREE: 0x0040,
  COROUTINE: 0x0080,
  ITERABLE_COROUTINE: 0x0100,
  ASYNC_GENERATOR: 0x0200,
} as const;

/** Kinds of a localsplus slot (CPython 3.11's CO_FAST_*). */
export const FastKind = {
  LOCAL: 0x20,
  CELL: 0x40,
  FREE: 0x80,
} as const;

/** Tells a code object from the other constants. */
export function isCodeObject(c: CodeConstant): c is CodeObject {
  return typeof c === "object" && c !== null && "co_code" in c;
}
