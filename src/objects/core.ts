/**
 * The root of the object model: PyObject, PyType and the built-in type objects. See
 * docs/internals/objects.md for the value representation:
 *
 *   int   -> JS number while it is a safe integer, bigint beyond (always normalised)
 *   bool  -> JS boolean
 *   str   -> JS string
 *   every other value -> a PyObject (None, float, list, ... are objects with a `type`)
 *
 * The built-in type objects are created here, empty; each type's file (int.ts, list.ts, ...)
 * fills its namespace with methods from a table. This file has no runtime imports so that the
 * type files can import it without module cycles.
 */

/** Any Python value. */
export type PyValue = number | bigint | boolean | string | PyObject;

/** An internal invariant was broken: a bug in pyglass, never a Python-level error. */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InternalError";
  }
}

/** Checks an internal invariant (not a Python error: see InternalError). */
export function assert(condition: unknown, message = "assertion failed"): asserts condition {
  if (!condition) throw new InternalError(message);
}

let nextId = 1;

/**
 * Called with every new object while the memory manager records allocations (src/memory/,
 * while a program uses gc or weakrefs); null otherwise, which costs one load per allocation.
 */
let allocHook: ((o: PyObject) => void) | null = null;

export function setAllocHook(hook: ((o: PyObject) => void) | null): void {
  allocHook = hook;
}

/**
 * What PyObject's constructor does, for objects made by a base constructor of their own.
 *
 * The objects allocated most (floats, tuples, lists) are made by plain functions whose
 * prototype chain leads to PyObject.prototype rather than by subclasses of PyObject: a derived
 * class's constructor calls PyObject's, whose `this.type` store sees every class's objects (a
 * megamorphic store), and defines each class field after `super()` returns. Inside the
 * dispatch loop V8 inlines neither, so they cost more than the allocation itself (measured: a
 * float loop 30% faster, a tuple loop 20%). A base constructor stores its fields at sites that
 * see one shape; each class needs its own function for that (a shared one would share the
 * stores' feedback), hence the same few lines in float.ts, tuple.ts and list.ts.
 */
export function noteAllocation(o: PyObject): void {
  if (allocHook !== null) allocHook(o);
}

/** A Python object. Subclasses hold the native state of built-in types. */
export class PyObject {
  // Only `type` is stored by this constructor; `dict`, `memberSlots`, `_id` and `gcMark`
  // default to the values on the prototype (assigned after the class) and become own
  // properties when first set. This constructor runs for every object of every shape, so its stores are megamorphic
  // in V8: a class-field initialiser (a define) here falls to a slow runtime path (measured:
  // ~1 µs per allocation), and each store it does not make is allocation time saved.
  declare type: PyType;
  /** The instance `__dict__`, created when first needed; null for objects without one. */
  declare dict: import("./dict.js").PyDict | null;
  /** Values of `__slots__` members, by the index their member descriptor holds. */
  declare memberSlots: (PyValue | null)[] | null;
  /** Identity for id(), assigned when first asked. */
  declare private _id: number;
  /**
   * The memory manager's stamp (src/memory/census.ts): which census reached the object last,
   * its index among a census's dead, or that it died. Stored on the object, not in a Set,
   * because a census tests it for every object it meets. It defaults to the prototype's 0:
   * most objects never meet a census, and the census never stamps atomic ones (floats, ...);
   * the others get it as an own property at their first stamp.
   */
  declare gcMark: number;
  constructor(type: PyType) {
    this.type = type;
    if (allocHook !== null) allocHook(this);
  }

  get id(): number {
    if (this._id === 0) this._id = nextId++;
    return this._id;
  }
}

{
  const proto = PyObject.prototype as unknown as Record<"dict" | "memberSlots" | "_id" | "gcMark", unknown>;
  proto.dict = null;
  proto.memberSlots = null;
  proto._id = 0;
  proto.gcMark = 0;
}

/** Type flags, a subset of CPython's Py_TPFLAGS_*. */

export const TypeFlags = {
  /** Created by a class statement or type(name, bases, dict). */
  HEAPTYPE: 1 << 9,
  /** May be subclassed. */
  BASETYPE: 1 << 10,
  /** Instances can be compared with `is` only: no ordering (internal use). */
  IMMUTABLETYPE: 1 << 8,
  /** isinstance fast paths (CPython's *_SUBCLASS flags). */
  LONG_SUBCLASS: 1 << 24,
  LIST_SUBCLASS: 1 << 25,
  TUPLE_SUBCLASS: 1 << 26,
  BYTES_SUBCLASS: 1 << 27,
  UNICODE_SUBCLASS: 1 << 28,
  DICT_SUBCLASS: 1 << 29,
  BASE_EXC_SUBCLASS: 1 << 30,
  TYPE_SUBCLASS: 1 << 31,
} as const;

const INHERITED_FLAGS =
  TypeFlags.LONG_SUBCLASS |
  TypeFlags.LIST_SUBCLASS |
  TypeFlags.TUPLE_SUBCLASS |
  TypeFlags.BYTES_SUBCLASS |
  TypeFlags.UNICODE_SUBCLASS |
  TypeFlags.DICT_SUBCLASS |
  TypeFlags.BASE_EXC_SUBCLASS |
  TypeFlags.TYPE_SUBCLASS;

/** Creates an instance of a type (CPython's tp_alloc + the native part of tp_new). */
export type Allocator = (type: PyType) => PyObject;

/**
 * A Python type. Attribute lookup along the MRO is cached per type (`lookup`), and the cache of
 * a type and all its subclasses is dropped whenever one of their namespaces changes, as CPython's
 * type version tags do; the VM's "slots" are these cached lookups of dunder names.
 */
export class PyType extends PyObject {
  /** The namespace (tp_dict). Keys are attribute names. */
  readonly ns = new Map<string, PyValue>();
  bases: PyType[];
  /** The base whose instance layout this type extends (tp_base). */
  base: PyType | null;
  mro: PyType[] = [];
  flags: number;
  /** Allocates instances; inherited from the base that defines the layout. */
  alloc: Allocator;
  /** Instances have a `__dict__`. */
  hasDict: boolean;
  /** Number of `__slots__` values instances carry (own and inherited). */
  nslots = 0;
  /**
   * The attribute names of this class's instances in the order they first appeared (3.11's
   * shared keys, ht_cached_keys): made with the first instance dict, see newInstanceDict.
   */
  sharedKeys: Map<string, number> | null = null;
  /** Instances can be weakly referenced. */
  weakrefable: boolean;
  qualname: string;
  private readonly cache = new Map<string, PyValue | null>();
  private readonly subclassRefs: WeakRef<PyType>[] = [];
  /** Bumped whenever a lookup through this type could change (CPython's tp_version_tag). */
  version = 0;
  /** Facts the VM's fast paths cache about this type (src/vm/name-ops.ts), valid while
   * `factsVersion === version`. */
  factsVersion = -1;
  facts = 0;
  /**
   * For a built-in type: its call's common cases done without running Python code (the
   * result, or undefined for the full tp_call). Not inherited: subclasses may override.
   */
  callFast:
    | ((
        t: import("../vm/thread.js").Thread,
        cls: PyType,
        args: PyValue[],
        kw: readonly string[] | null,
      ) => PyValue | undefined)
    | null = null;

  constructor(
    metatype: PyType | null,
    public name: string,
    bases: PyType[],
    flags: number,
    alloc: Allocator | null,
  ) {
    // `type` is its own metatype: it is patched once typeType exists.
    super(metatype ?? (undefined as unknown as PyType));
    this.bases = bases;
    this.base = bases[0] ?? null;
    this.flags = flags | (this.base ? this.base.flags & INHERITED_FLAGS : 0);
    this.alloc = alloc ?? this.base?.alloc ?? ((t) => new PyObject(t));
    this.hasDict = this.base?.hasDict ?? false;
    this.weakrefable = this.base?.weakrefable ?? false;
    this.qualname = name;
    if (this.base) this.nslots = this.base.nslots;
    for (const b of bases) b.subclassRefs.push(new WeakRef(this));
  }

  /** Looks `name` up along the MRO (CPython's _PyType_Lookup), cached. */
  lookup(name: string): PyValue | null {
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit;
    let found: PyValue | null = null;
    for (const t of this.mro) {
      const v = t.ns.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    this.cache.set(name, found);
    return found;
  }

  /** Sets a name in this type's own namespace and invalidates lookups through it. */
  setAttr(name: string, value: PyValue): void {
    this.ns.set(name, value);
    this.modified();
  }

  deleteAttr(name: string): boolean {
    const had = this.ns.delete(name);
    if (had) this.modified();
    return had;
  }

  /** Drops the lookup caches of this type and every subclass (CPython's PyType_Modified). */
  modified(): void {
    this.cache.clear();
    this.version++;
    for (const ref of this.subclassRefs) ref.deref()?.modified();
  }

  /** Live direct subclasses, in creation order (type.__subclasses__()). */
  subclasses(): PyType[] {
    const out: PyType[] = [];
    for (const ref of this.subclassRefs) {
      const t = ref.deref();
      if (t && t.bases.includes(this)) out.push(t);
    }
    return out;
  }

  removeSubclass(sub: PyType): void {
    const i = this.subclassRefs.findIndex((r) => r.deref() === sub);
    if (i >= 0) this.subclassRefs.splice(i, 1);
  }

  addSubclass(sub: PyType): void {
    this.subclassRefs.push(new WeakRef(sub));
  }

  /** Is this type `other` or a subclass of it (by MRO, as PyType_IsSubtype). */
  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  get isHeapType(): boolean {
    return (this.flags & TypeFlags.HEAPTYPE) !== 0;
  }

  /** tp_name for a class written in Python that stands in for a type CPython implements in C. */
  nativeName: string | null = null;

  /**
   * CPython's tp_name, which its messages show ("unhashable type: 'collections.deque'"): a type
   * defined in C outside builtins is named with its module; a class statement's type is not.
   */
  get tpName(): string {
    if (this.nativeName !== null) return this.nativeName;
    if (this.isHeapType) return this.name;
    const module = this.ns.get("__module__");
    return typeof module === "string" && module !== "builtins" ? `${module}.${this.name}` : this.name;
  }
}

/**
 * C3 linearization (follows mro_implementation / pmerge in Objects/typeobject.c). Returns null
 * when no consistent order exists; the caller raises the TypeError with CPython's message.
 */
/** After c3Mro returned null: the classes CPython's error message lists. */
export let mroConflict: PyType[] = [];

/** The TypeError message for an MRO c3Mro could not build. */
export function mroErrorMessage(): string {
  return `Cannot create a consistent method resolution\norder (MRO) for bases ${mroConflict.map((b) => b.name).join(", ")}`;
}

export function c3Mro(type: PyType, bases: readonly PyType[]): PyType[] | null {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const result: PyType[] = [type];
  for (;;) {
    let candidate: PyType | null = null;
    let anyLeft = false;
    for (const seq of seqs) {
      if (seq.length === 0) continue;
      anyLeft = true;
      const head = seq[0]!;
      if (seqs.every((s) => s.indexOf(head) <= 0)) {
        candidate = head;
        break;
      }
    }
    if (!anyLeft) return result;
    if (candidate === null) {
      // set_mro_error names the heads of the lists left to merge, each once.
      const heads: PyType[] = [];
      for (const seq of seqs) if (seq.length > 0 && !heads.includes(seq[0]!)) heads.push(seq[0]!);
      mroConflict = heads;
      return null;
    }
    result.push(candidate);
    for (const seq of seqs) if (seq[0] === candidate) seq.shift();
  }
}

function builtinType(name: string, bases: PyType[], flags: number, alloc: Allocator | null): PyType {
  const t = new PyType(typeType, name, bases, flags, alloc);
  t.mro = [t, ...(c3Mro(t, bases) ?? []).slice(1)];
  return t;
}

// --- object and type: each is an instance of type, type is a subclass of object. ---
export const objectType: PyType = new PyType(null, "object", [], TypeFlags.BASETYPE, (t) => new PyObject(t));
objectType.mro = [objectType];
export const typeType: PyType = new PyType(
  null,
  "type",
  [objectType],
  TypeFlags.BASETYPE | TypeFlags.TYPE_SUBCLASS,
  null,
);
typeType.mro = [typeType, objectType];
typeType.hasDict = true;
typeType.weakrefable = true;
objectType.type = typeType;
typeType.type = typeType;

/** Defines a built-in type whose instances are `alloc`'s objects. */
export function defineBuiltinType(
  name: string,
  options: {
    base?: PyType;
    bases?: PyType[];
    subclassable?: boolean;
    flags?: number;
    alloc?: Allocator;
  } = {},
): PyType {
  const bases = options.bases ?? [options.base ?? objectType];
  const flags = (options.subclassable === false ? 0 : TypeFlags.BASETYPE) | (options.flags ?? 0);
  return builtinType(name, bases, flags, options.alloc ?? null);
}

export const intType = defineBuiltinType("int", { flags: TypeFlags.LONG_SUBCLASS });
export const boolType = defineBuiltinType("bool", { base: intType, subclassable: false });
export const floatType = defineBuiltinType("float");
export const complexType = defineBuiltinType("complex");
export const strType = defineBuiltinType("str", { flags: TypeFlags.UNICODE_SUBCLASS });
export const bytesType = defineBuiltinType("bytes", { flags: TypeFlags.BYTES_SUBCLASS });
export const bytearrayType = defineBuiltinType("bytearray");
export const memoryviewType = defineBuiltinType("memoryview", { subclassable: false });
export const noneType = defineBuiltinType("NoneType", { subclassable: false });
export const notImplementedType = defineBuiltinType("NotImplementedType", { subclassable: false });
export const ellipsisType = defineBuiltinType("ellipsis", { subclassable: false });
export const listType = defineBuiltinType("list", { flags: TypeFlags.LIST_SUBCLASS });
export const tupleType = defineBuiltinType("tuple", { flags: TypeFlags.TUPLE_SUBCLASS });
export const dictType = defineBuiltinType("dict", { flags: TypeFlags.DICT_SUBCLASS });
export const setType = defineBuiltinType("set");
export const frozensetType = defineBuiltinType("frozenset");
export const rangeType = defineBuiltinType("range", { subclassable: false });
export const sliceType = defineBuiltinType("slice", { subclassable: false });
export const functionType = defineBuiltinType("function", { subclassable: false });
export const methodType = defineBuiltinType("method", { subclassable: false });
export const builtinFunctionType = defineBuiltinType("builtin_function_or_method", { subclassable: false });
/** A slot wrapper bound to an object (`(1).__add__`). */
export const methodWrapperType = defineBuiltinType("method-wrapper", { subclassable: false });
export const methodDescriptorType = defineBuiltinType("method_descriptor", { subclassable: false });
export const classmethodDescriptorType = defineBuiltinType("classmethod_descriptor", { subclassable: false });
export const wrapperDescriptorType = defineBuiltinType("wrapper_descriptor", { subclassable: false });
export const getsetDescriptorType = defineBuiltinType("getset_descriptor", { subclassable: false });
export const memberDescriptorType = defineBuiltinType("member_descriptor", { subclassable: false });
export const propertyType = defineBuiltinType("property");
export const classmethodType = defineBuiltinType("classmethod");
export const staticmethodType = defineBuiltinType("staticmethod");
export const superType = defineBuiltinType("super");
export const cellType = defineBuiltinType("cell", { subclassable: false });
export const codeType = defineBuiltinType("code", { subclassable: false });
export const frameType = defineBuiltinType("frame", { subclassable: false });
export const tracebackType = defineBuiltinType("traceback", { subclassable: false });
export const moduleType = defineBuiltinType("module");
moduleType.hasDict = true;
moduleType.weakrefable = true;
export const generatorType = defineBuiltinType("generator", { subclassable: false });
export const coroutineType = defineBuiltinType("coroutine", { subclassable: false });
export const asyncGeneratorType = defineBuiltinType("async_generator", { subclassable: false });
export const mappingproxyType = defineBuiltinType("mappingproxy", { subclassable: false });
export const propertyLikeTypes = [propertyType];

/** The type of any value (Py_TYPE). */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    default:
      return v.type;
  }
}

/** A singleton object of its own type: None, NotImplemented, Ellipsis. */
export class PySingleton extends PyObject {
  constructor(
    type: PyType,
    readonly reprText: string,
  ) {
    super(type);
  }
}

export const None = new PySingleton(noneType, "None");
export const NotImplemented = new PySingleton(notImplementedType, "NotImplemented");
export const Ellipsis = new PySingleton(ellipsisType, "Ellipsis");

/** Is this a type object. */
export function isType(v: PyValue): v is PyType {
  return v instanceof PyType;
}
