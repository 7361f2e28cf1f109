/**
 * Inline caches for attribute, method and global loads and attribute stores, one per
 * instruction (CPython 3.11's specializing interpreter, Python/specialize.c, is the model).
 *
 * A cache remembers what the general lookup decided for one receiver type, keyed by that type's
 * version tag (`PyType.version`, bumped by PyType.modified() on any change to the namespace of
 * the type or of a base, and on `__bases__` assignment): while the receiver's type is the same
 * object with the same version, the MRO lookup would find the same descriptor, so only the
 * per-instance part (the instance dict, a `__slots__` value) is read. `__class__` assignment
 * changes the receiver's type, so the identity check covers it. Global loads key on the
 * globals' and builtins' dict versions (bumped by every insertion and deletion): an entry's
 * index stays valid while the version holds, and its value is read from that index.
 *
 * Every path here runs no Python code; anything the cache does not cover returns undefined
 * (or false) and the instruction takes its general path, which (re)specializes the cache.
 */
import type { PyCode } from "../objects/code.js";
import type { PyValue } from "../objects/core.js";
import {
  PyObject,
  PyType,
  TypeFlags,
  classmethodType,
  moduleType,
  propertyType,
  staticmethodType,
  typeOf,
  typeType,
} from "../objects/core.js";
import { hasGet, isDataDescr } from "../objects/ops/descr.js";
import { PyDict, newInstanceDict } from "../objects/dict.js";
import { PyFunction, PyMethod } from "../objects/function.js";
import type { PyClassMethod, PyProperty, PyStaticMethod } from "../objects/misc.js";
import { PyMemberDescr, PyMethodDescr } from "../objects/native.js";
import { nameOps } from "./name-ops.js";
import { active } from "../memory/active.js";

/** What a cache entry says about its receiver type. */
export const enum Kind {
  /** Not specialized (or the last specialization failed). */
  NONE = 0,
  /** The type has no attribute of that name: the instance dict alone answers. */
  DICT = 1,
  /** A Python function on the type: a bound method unless the instance dict shadows it. */
  METHOD = 2,
  /** A built-in method descriptor on the type (LOAD_METHOD only). */
  METHOD_DESCR = 3,
  /** A plain value (int, str, ...) on the type: it unless the instance dict shadows it. */
  PLAIN = 4,
  /** A `__slots__` member: the instance's slot value (a data descriptor, before the dict). */
  SLOT = 5,
  /** A module's attribute: its dict. */
  MODULE = 6,
  /** LOAD_GLOBAL found the name in the globals. */
  GLOBAL = 7,
  /** LOAD_GLOBAL found the name in the builtins (and not in the globals). */
  BUILTIN = 8,
  /** A staticmethod on the type: its function unless the instance dict shadows it. */
  STATIC = 9,
  /** A classmethod on the type: bound to the type unless the instance dict shadows it. */
  CLASSMETHOD = 10,
  /** An exact property (a data descriptor): the loop calls its getter as a Python frame. */
  PROPERTY = 11,
  /**
   * A class (metatype exactly `type`) as the receiver, `owner` being the class itself: the value
   * its MRO gives, as type_getattro returns it with no instance (a function or a built-in method
   * descriptor itself, a staticmethod's function, a value whose type has no `__get__` and
   * cannot gain one).
   */
  TYPE_ATTR = 12,
  /** A class as the receiver: a classmethod from its MRO, bound to the class. */
  TYPE_CLASSMETHOD = 13,
  /** A class as the receiver: `cls.__name__` (type's getset, read live). */
  TYPE_NAME = 14,
}

/** One instruction's cache. One class for every kind, so that loads from it stay monomorphic. */
export class InlineCache {
  /** The receiver type (attributes) or the globals dict (LOAD_GLOBAL) the entry is for. */
  owner: PyObject | null = null;
  /** `owner`'s version when the entry was made. */
  version = -1;
  kind = Kind.NONE;
  /** Index of the entry in a dict (a hint for instance dicts, exact for globals), or a slot index. */
  index = -1;
  /** The descriptor found on the type (METHOD, METHOD_DESCR, PLAIN). */
  // Starts as a small int so the field is "tagged" from the first cache on: a value that is a
  // small int stored later would otherwise change the field's representation and deoptimize
  // the loop.
  value: PyValue | null = 0;
  /** LOAD_GLOBAL from the builtins: the builtins dict and its version. */
  owner2: PyDict | null = null;
  version2 = -1;
  /**
   * Attribute loads and stores: the entry for another receiver type at the same instruction
   * (a polymorphic site, like a base-class method run on instances of several subclasses).
   */
  next: InlineCache | null = null;
  /**
   * Method and class-attribute loads: shared keys (PyDict.shared) found without the name, and
   * their size then (see shadowing).
   */
  absentFrom: Map<string, number> | null = null;
  absentSize = -1;
}

/** Receiver types one attribute instruction remembers (CPython 3.11 keeps one; misses are costly here). */
const MAX_ENTRIES = 4;

/**
 * The entry of `c`'s chain for receiver type `tp` when it is current, else null. The first
 * entry is checked by the callers inline; this walks the others.
 */
function otherEntry(c: InlineCache, tp: PyType): InlineCache | null {
  let e = c.next;
  while (e !== null) {
    if (e.owner === tp) return e.version === tp.version ? e : null;
    e = e.next;
  }
  return null;
}

/**
 * The entry to (re)specialize for receiver type `tp`: its own stale entry if the chain has one,
 * else a new entry while the chain is short, else the first entry with the chain dropped (a
 * megamorphic site then behaves as a monomorphic cache that keeps missing).
 */
function entryToFill(c: InlineCache, tp: PyType): InlineCache {
  if (c.owner === null || c.owner === tp) return c;
  let n = 1;
  let last = c;
  for (let e = c.next; e !== null; e = e.next) {
    if (e.owner === tp) return e;
    last = e;
    n++;
  }
  if (n < MAX_ENTRIES) {
    const e = new InlineCache();
    last.next = e;
    return e;
  }
  c.next = null;
  return c;
}

/** The cache of the instruction at code unit `at` of `code`. */
export function cacheAt(code: PyCode, at: number): InlineCache {
  let caches = code.icache;
  if (caches === null) {
    caches = new Array<InlineCache | undefined>(code.bytes.length >> 1);
    code.icache = caches;
  }
  let c = caches[at];
  if (c === undefined) {
    c = new InlineCache();
    caches[at] = c;
  }
  return c;
}

/** `d[name]` with the cached entry index tried first (the common case: same attribute order). */
function dictGet(d: PyDict, name: string, c: InlineCache): PyValue | undefined {
  const i = c.index;
  const keys = d.keys;
  // In bounds first: V8 turns a negative or out-of-range index into a slow property lookup.
  if (i >= 0 && i < keys.length && keys[i] === name) return d.values[i] as PyValue;
  const j = d.indexOfStr(name);
  if (j < 0) return undefined;
  c.index = j;
  return d.values[j] as PyValue;
}

/**
 * The instance dict's own value for a name the type provides (a method, a class attribute), or
 * undefined; usually the name is absent. A dict still split (PyDict.shared) holds only names of
 * its class's shared keys, which only grow: once the name was missing from them at some size it
 * is missing while the size is the same, and no dict of theirs can hold it (CPython's
 * LOAD_METHOD_WITH_VALUES checks the shared keys' version for the same reason).
 */
function shadowing(d: PyDict, name: string, c: InlineCache): PyValue | undefined {
  const shared = d.shared;
  if (shared !== null) {
    if (shared === c.absentFrom && shared.size === c.absentSize) return undefined;
    if (!shared.has(name)) {
      c.absentFrom = shared;
      c.absentSize = shared.size;
      return undefined;
    }
  }
  return dictGet(d, name, c);
}

/** Can instances of `tp` be cached by type: not type objects (metaclass lookups) nor modules. */
function cacheableType(tp: PyType): boolean {
  return (tp.flags & TypeFlags.TYPE_SUBCLASS) === 0 && tp !== moduleType && nameOps.genericGetattr(tp);
}

/** Fills `c` for `obj.name` (LOAD_ATTR); leaves Kind.NONE when the cache cannot answer. */
function specializeLoad(c: InlineCache, obj: PyObject, name: string, forMethod: boolean): void {
  const tp = obj.type;
  // A failed specialization is remembered too (kind NONE for this type and version), so the
  // instruction goes straight to its general path instead of looking the name up again.
  c.kind = Kind.NONE;
  c.owner = tp;
  c.version = tp.version;
  c.value = null;
  if (tp === moduleType) {
    c.kind = Kind.MODULE;
    return;
  }
  if (obj instanceof PyType || !cacheableType(tp)) return;
  const descr = tp.lookup(name);
  let kind = Kind.NONE;
  if (descr === null) kind = Kind.DICT;
  else if (descr instanceof PyFunction) kind = Kind.METHOD;
  else if (typeof descr !== "object") kind = Kind.PLAIN;
  else if (descr instanceof PyMethodDescr) kind = forMethod ? Kind.METHOD_DESCR : Kind.NONE;
  else if (descr.type === staticmethodType) kind = Kind.STATIC;
  else if (descr.type === classmethodType) kind = Kind.CLASSMETHOD;
  else if (descr.type === propertyType) kind = Kind.PROPERTY;
  else if (descr instanceof PyMemberDescr && (descr.objclass === tp || tp.isSubtype(descr.objclass))) {
    kind = Kind.SLOT;
    c.index = descr.index;
  }
  // A float, tuple, None, ... on the class: a value of a type that cannot gain a __get__.
  else if (!descr.type.isHeapType && !hasGet(descr)) kind = Kind.PLAIN;
  if (kind === Kind.NONE) return;
  c.value = descr;
  c.kind = kind;
}

/**
 * The attribute a class whose metatype is exactly `type` gives for `name` when the cache can
 * answer it (type_getattro with no data descriptor of `type` in the way): fills `c` with a
 * TYPE_* kind keyed by the class itself, or leaves Kind.NONE.
 */
function specializeTypeLoad(c: InlineCache, cls: PyType, name: string): void {
  c.kind = Kind.NONE;
  c.owner = cls;
  c.version = cls.version;
  c.value = null;
  if (cls.type !== typeType) return;
  const metaAttr = typeType.lookup(name);
  if (metaAttr !== null && isDataDescr(metaAttr)) {
    // `type` is immutable, so its getset for __name__ stays the one read here.
    if (name === "__name__") c.kind = Kind.TYPE_NAME;
    return;
  }
  const attr = cls.lookup(name);
  if (attr === null) return;
  let kind = Kind.NONE;
  if (typeof attr !== "object" || attr instanceof PyFunction || attr instanceof PyMethodDescr)
    kind = Kind.TYPE_ATTR;
  else if (attr.type === staticmethodType) kind = Kind.TYPE_ATTR;
  else if (attr.type === classmethodType) kind = Kind.TYPE_CLASSMETHOD;
  // A value of a type that cannot gain a __get__ later (not a heap type): the value itself.
  else if (!attr.type.isHeapType && !hasGet(attr)) kind = Kind.TYPE_ATTR;
  if (kind === Kind.NONE) return;
  c.value = attr;
  c.kind = kind;
}

/** A class receiver's value from its TYPE_* entry `c` (current for `cls`), or undefined. */
function typeEntryValue(c: InlineCache, cls: PyType, name: string): PyValue | undefined {
  const v = c.value!;
  switch (c.kind) {
    case Kind.TYPE_ATTR:
      return typeof v === "object" && v.type === staticmethodType ? (v as PyStaticMethod).func : v;
    case Kind.TYPE_CLASSMETHOD: {
      const fn = (v as PyClassMethod).func;
      return fn instanceof PyFunction ? new PyMethod(fn, cls) : nameOps.loadAttrFast(cls, name);
    }
    case Kind.TYPE_NAME:
      return cls.name;
    default:
      return nameOps.loadAttrFast(cls, name);
  }
}

/** LOAD_ATTR with a class as the receiver: its entry (keyed by the class), specialized if stale. */
function loadTypeAttr(c: InlineCache, cls: PyType, name: string): PyValue | undefined {
  let e: InlineCache | null = c.owner === cls ? c : c.next;
  while (e !== null && e.owner !== cls) e = e.next;
  if (e === null || e.version !== cls.version || e.kind < Kind.TYPE_ATTR) {
    e = entryToFill(c, cls);
    specializeTypeLoad(e, cls, name);
  }
  return typeEntryValue(e, cls, name);
}

/** The current entry of `c`'s chain for obj's type, specialized now if it has none. */
function loadEntry(c: InlineCache, obj: PyObject, name: string, forMethod: boolean): InlineCache {
  const tp = obj.type;
  const e = otherEntry(c, tp);
  if (e !== null) return e;
  const fill = entryToFill(c, tp);
  specializeLoad(fill, obj, name, forMethod);
  return fill;
}

/** LOAD_ATTR: `obj.name` without running Python code, or undefined for the general path. */
export function loadAttrCached(c: InlineCache, obj: PyValue, name: string): PyValue | undefined {
  if (typeof obj !== "object") return nameOps.loadAttrFast(obj, name);
  const tp = obj.type;
  if (tp !== c.owner || tp.version !== c.version) {
    if (tp === typeType) {
      // A class read as the receiver (`Shape.clamp`, `cls.__name__`).
      if (c.owner === obj && c.version === (obj as PyType).version)
        return typeEntryValue(c, obj as PyType, name);
      return loadTypeAttr(c, obj as PyType, name);
    }
    c = loadEntry(c, obj, name, false);
  }
  switch (c.kind) {
    case Kind.DICT: {
      const d = obj.dict;
      return d === null ? undefined : dictGet(d, name, c);
    }
    case Kind.METHOD: {
      const d = obj.dict;
      const own = d === null ? undefined : shadowing(d, name, c);
      return own ?? new PyMethod(c.value!, obj);
    }
    case Kind.PLAIN: {
      const d = obj.dict;
      const own = d === null ? undefined : shadowing(d, name, c);
      return own ?? c.value!;
    }
    case Kind.STATIC: {
      const d = obj.dict;
      const own = d === null ? undefined : shadowing(d, name, c);
      return own ?? (c.value as PyStaticMethod).func;
    }
    case Kind.CLASSMETHOD: {
      const d = obj.dict;
      const own = d === null ? undefined : shadowing(d, name, c);
      if (own !== undefined) return own;
      const fn = (c.value as PyClassMethod).func;
      return fn instanceof PyFunction ? new PyMethod(fn, tp) : nameOps.loadAttrFast(obj, name);
    }
    case Kind.SLOT: {
      const slots = obj.memberSlots;
      const v = slots === null ? undefined : slots[c.index];
      return v === null ? undefined : v;
    }
    case Kind.MODULE:
      return dictGet(obj.dict!, name, c);
    case Kind.TYPE_ATTR:
    case Kind.TYPE_CLASSMETHOD:
    case Kind.TYPE_NAME:
      // An instance of a class whose own entry (the class as receiver) holds this place.
      return nameOps.loadAttrFast(obj, name);
    default:
      return nameOps.loadAttrFast(obj, name);
  }
}

/**
 * After loadAttrCached answered undefined for `obj`: the Python getter of the exact property the
 * cache found on obj's type, which the loop calls as a frame (property_descr_get), or null.
 */
export function propertyGetter(c: InlineCache, obj: PyValue): PyFunction | null {
  if (typeof obj !== "object") return null;
  const tp = obj.type;
  if (tp !== c.owner || tp.version !== c.version) {
    const e = otherEntry(c, tp);
    if (e === null) return null;
    c = e;
  }
  if (c.kind !== Kind.PROPERTY) return null;
  const fget = (c.value as PyProperty).fget;
  return fget instanceof PyFunction ? fget : null;
}

/**
 * LOAD_METHOD: the unbound method when `obj.name` is a function or method descriptor on the type
 * not shadowed by the instance dict (the caller pushes it and `obj`), else undefined.
 */
export function loadMethodCached(c: InlineCache, obj: PyValue, name: string): PyValue | undefined {
  if (typeof obj !== "object") {
    const tp = typeOf(obj);
    if (tp !== c.owner || tp.version !== c.version) {
      c.kind = Kind.NONE;
      const descr = tp.lookup(name);
      if (!(descr instanceof PyFunction || descr instanceof PyMethodDescr)) return undefined;
      c.owner = tp;
      c.version = tp.version;
      c.value = descr;
      c.kind = Kind.METHOD;
    }
    return c.kind === Kind.METHOD ? c.value! : undefined;
  }
  const tp = obj.type;
  if (tp !== c.owner || tp.version !== c.version) {
    // A class as the receiver: loadAttrCached answers it (`Shape.clamp(...)`: [NULL, value]).
    if (tp === typeType) return undefined;
    c = loadEntry(c, obj, name, true);
  }
  if (c.kind === Kind.METHOD || c.kind === Kind.METHOD_DESCR) {
    const d = obj.dict;
    if (d !== null && shadowing(d, name, c) !== undefined) return undefined;
    return c.value!;
  }
  return undefined;
}

/** STORE_ATTR: `obj.name = v` into the instance dict or a slot; false for the general path. */
export function storeAttrCached(c: InlineCache, obj: PyValue, name: string, v: PyValue): boolean {
  if (typeof obj !== "object") return false;
  const tp = obj.type;
  if (tp !== c.owner || tp.version !== c.version) {
    let e = otherEntry(c, tp);
    if (e === null) {
      e = entryToFill(c, tp);
      specializeStore(e, obj, name);
    }
    c = e;
  }
  if (c.kind === Kind.NONE) return nameOps.storeAttrFast(obj, name, v);
  if (c.kind === Kind.SLOT) {
    let slots = obj.memberSlots;
    if (slots === null) {
      slots = new Array<PyValue | null>(tp.nslots).fill(null);
      obj.memberSlots = slots;
    }
    slots[c.index] = v;
    return true;
  }
  // Kind.DICT (the type has a __dict__ for its instances: a fresh instance gets its dict now)
  let d = obj.dict;
  if (d === null) {
    d = newInstanceDict(tp);
    obj.dict = d;
    active.inlineDict?.();
  }
  const i = c.index;
  const keys = d.keys;
  if (i >= 0 && i < keys.length && keys[i] === name) {
    d.values[i] = v;
    return true;
  }
  d.setStr(name, v);
  c.index = d.indexOfStr(name);
  return true;
}

/** Fills `c` for stores of `name` on instances of obj's type; false when it cannot. */
function specializeStore(c: InlineCache, obj: PyObject, name: string): boolean {
  const tp = obj.type;
  // Remembered when it fails too (kind NONE), as for loads.
  c.kind = Kind.NONE;
  c.owner = tp;
  c.version = tp.version;
  if (obj instanceof PyType || tp === moduleType || (tp.flags & TypeFlags.TYPE_SUBCLASS) !== 0) return false;
  if (!nameOps.genericSetattr(tp)) return false;
  const member = tp.lookup(name);
  if (
    member instanceof PyMemberDescr &&
    !member.readonly_ &&
    (member.objclass === tp || tp.isSubtype(member.objclass))
  ) {
    c.kind = Kind.SLOT;
    c.index = member.index;
  } else {
    if (!tp.hasDict) return false;
    // Only attributes the type leaves alone or shadows with a value that is not a data
    // descriptor and cannot become one: its type is not a heap type (which could gain a
    // __set__ without this type's version changing).
    if (member !== null && typeof member === "object" && (member.type.isHeapType || isDataDescr(member)))
      return false;
    c.kind = Kind.DICT;
  }
  return true;
}

/**
 * CALL of a class: its Python `__init__` when the call can allocate directly and run it as a
 * frame (nameOps.canFastInit), else null; cached by the class's version.
 */
export function fastInitCached(c: InlineCache, cls: PyType): PyFunction | null {
  if (cls !== c.owner || cls.version !== c.version) {
    c.owner = cls;
    c.version = cls.version;
    c.value = nameOps.canFastInit(cls) ? cls.lookup("__init__") : null;
  }
  return c.value as PyFunction | null;
}

/** LOAD_GLOBAL: the value of a global or builtin name, or undefined for the general path. */
export function loadGlobalCached(
  c: InlineCache,
  globals: PyDict,
  builtins: PyDict,
  name: string,
): PyValue | undefined {
  if (c.owner === globals && c.version === globals.version) {
    if (c.kind === Kind.GLOBAL) return globals.values[c.index] as PyValue;
    if (c.owner2 === builtins && c.version2 === builtins.version) return builtins.values[c.index] as PyValue;
  }
  c.kind = Kind.NONE;
  c.owner = globals;
  c.version = globals.version;
  let i = globals.indexOfStr(name);
  if (i >= 0) {
    c.kind = Kind.GLOBAL;
    c.index = i;
    return globals.values[i] as PyValue;
  }
  i = builtins.indexOfStr(name);
  if (i < 0) {
    c.owner = null;
    return undefined;
  }
  c.kind = Kind.BUILTIN;
  c.owner2 = builtins;
  c.version2 = builtins.version;
  c.index = i;
  return builtins.values[i] as PyValue;
}
