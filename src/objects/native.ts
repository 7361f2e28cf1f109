/**
 * Natives: built-in functions and the descriptors through which built-in types expose their
 * methods and attributes (CPython's PyCFunction, method_descriptor, getset_descriptor,
 * member_descriptor). Types and modules declare their natives as tables (name, implementation,
 * generator-or-not); see defineMethods.
 */
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import {
  None,
  PyObject,
  builtinFunctionType,
  classmethodDescriptorType,
  methodWrapperType,
  getsetDescriptorType,
  memberDescriptorType,
  methodDescriptorType,
  wrapperDescriptorType,
} from "./core.js";
import type { Gen } from "./suspend.js";
import type { PyGenerator } from "./generator.js";

export type Kw = readonly string[] | null;

/**
 * A native implementation: `self` is the bound object (the module, for module functions; the
 * type for class methods), `args` the positional arguments followed by the values of `kwnames`.
 */
export type NativeFn = (t: Thread, self: PyValue, args: PyValue[], kwnames: Kw) => PyValue;
export type NativeGenFn = (t: Thread, self: PyValue, args: PyValue[], kwnames: Kw) => Gen<PyValue>;

/**
 * The common cases of a generator native done without a generator (no Python code can run):
 * the result, or undefined to run the generator. It must not keep `args` (nor hand it to
 * anything that does): the eval loop passes an array it reuses for the next call.
 */
export type NativeFastFn = (t: Thread, self: PyValue, args: PyValue[], kwnames: Kw) => PyValue | undefined;

/**
 * A native whose call, in the common case, only resumes a Python generator (next(),
 * generator.send and __next__): the generator, with what to send stored in `genCall.send` and
 * what the call answers when the generator finishes in `genCall.otherwise` (null: StopIteration
 * with the return value), or undefined to run the native. The eval loop then resumes the
 * generator's frame directly above the caller's, as FOR_ITER does, instead of running the
 * native's generator. Like a fast path, it must not keep `args`.
 */
export type NativeResumeFn = (self: PyValue, args: PyValue[], kwnames: Kw) => PyGenerator | undefined;

/** The rest of a NativeResumeFn's answer (one call at a time: read at once by the eval loop). */
export const genCall: { send: PyValue; otherwise: PyValue | null } = { send: None, otherwise: null };

/** A native implementation and what it is (plain, or a generator that may run Python code). */
export type NativeImpl =
  | { readonly name: string; readonly gen: false; readonly fn: NativeFn; readonly doc?: string }
  | {
      readonly name: string;
      readonly gen: true;
      readonly fn: NativeGenFn;
      readonly doc?: string;
      readonly fast?: NativeFastFn;
      readonly resume?: NativeResumeFn;
    };

/** builtin_function_or_method: a native function, possibly bound to `self`. */
export class PyBuiltin extends PyObject {
  constructor(
    readonly impl: NativeImpl,
    /** The bound object; null for an unbound module-level function. */
    readonly self: PyValue | null,
    /** `__module__` for module functions, or the owning type for bound methods. */
    readonly owner: string | PyType | null = null,
    /** A bound slot wrapper prints and types as method-wrapper. */
    wrapper = false,
  ) {
    super(wrapper ? methodWrapperType : builtinFunctionType);
  }
  get name(): string {
    return this.impl.name;
  }
}

/** method_descriptor: a native method of a type, found on the type, bound on access. */
export class PyMethodDescr extends PyObject {
  constructor(
    readonly impl: NativeImpl,
    readonly objclass: PyType,
    /** Slot wrappers (`__add__`, `__len__`, ...) print as wrapper_descriptor. */
    isSlot: boolean,
  ) {
    super(isSlot ? wrapperDescriptorType : methodDescriptorType);
  }
  get name(): string {
    return this.impl.name;
  }
}

/** classmethod_descriptor: a native class method (dict.fromkeys, int.from_bytes). */
export class PyClassMethodDescr extends PyObject {
  constructor(
    readonly impl: NativeImpl,
    readonly objclass: PyType,
  ) {
    super(classmethodDescriptorType);
  }
}

export type Getter = (t: Thread, obj: PyValue) => PyValue;
/** Sets (value) or deletes (null) the attribute. */
export type Setter = (t: Thread, obj: PyValue, value: PyValue | null) => void;

/** getset_descriptor: a computed attribute of a native type (`__dict__`, `__name__`, ...). */
export class PyGetSetDescr extends PyObject {
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly get: Getter,
    readonly set: Setter | null,
  ) {
    super(getsetDescriptorType);
  }
}

/** member_descriptor: a `__slots__` entry, stored in obj.memberSlots[index]. */
export class PyMemberDescr extends PyObject {
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly index: number,
    readonly readonly_ = false,
  ) {
    super(memberDescriptorType);
  }
}

/** A method table entry: a plain function, or a generator function marked with `gen`. */
export type MethodSpec =
  | NativeFn
  | { gen: NativeGenFn; fast?: NativeFastFn; resume?: NativeResumeFn }
  | { fn: NativeFn; doc?: string };

function toImpl(name: string, spec: MethodSpec): NativeImpl {
  if (typeof spec === "function") return { name, gen: false, fn: spec };
  if ("gen" in spec) {
    if (spec.resume !== undefined)
      return { name, gen: true, fn: spec.gen, fast: spec.fast, resume: spec.resume };
    return spec.fast === undefined
      ? { name, gen: true, fn: spec.gen }
      : { name, gen: true, fn: spec.gen, fast: spec.fast };
  }
  return spec.doc === undefined
    ? { name, gen: false, fn: spec.fn }
    : { name, gen: false, fn: spec.fn, doc: spec.doc };
}

export function plain(name: string, fn: NativeFn): NativeImpl {
  return { name, gen: false, fn };
}

export function generator(name: string, fn: NativeGenFn): NativeImpl {
  return { name, gen: true, fn };
}

const SLOT_NAME = /^__\w+__$/;

/** Registers a table of native methods on a built-in type. */
export function defineMethods(type: PyType, table: Record<string, MethodSpec>): void {
  for (const [name, spec] of Object.entries(table)) {
    type.ns.set(name, new PyMethodDescr(toImpl(name, spec), type, SLOT_NAME.test(name)));
  }
  type.modified();
}

/** Registers native class methods (called with the type as self). */
export function defineClassMethods(type: PyType, table: Record<string, MethodSpec>): void {
  for (const [name, spec] of Object.entries(table))
    type.ns.set(name, new PyClassMethodDescr(toImpl(name, spec), type));
  type.modified();
}

/** Registers native static functions (`str.maketrans`, `__new__`): self is the type. */
export function defineStatic(type: PyType, table: Record<string, MethodSpec>): void {
  for (const [name, spec] of Object.entries(table))
    type.ns.set(name, new PyBuiltin(toImpl(name, spec), type, type));
  type.modified();
}

/** Registers computed attributes. */
export function defineGetSets(type: PyType, table: Record<string, { get: Getter; set?: Setter }>): void {
  for (const [name, gs] of Object.entries(table)) {
    type.ns.set(name, new PyGetSetDescr(name, type, gs.get, gs.set ?? null));
  }
  type.modified();
}

/** Builds the module-level functions of a native module from a table. */
export function nativeFunctions(
  moduleName: string,
  table: Record<string, MethodSpec>,
): Map<string, PyBuiltin> {
  const out = new Map<string, PyBuiltin>();
  for (const [name, spec] of Object.entries(table))
    out.set(name, new PyBuiltin(toImpl(name, spec), null, moduleName));
  return out;
}
