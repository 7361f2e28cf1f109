/** The methods of `object` (Objects/typeobject.c: object_new, object_init, object_richcompare, ...). */
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { None, NotImplemented, PyObject, objectType, typeOf, typeType } from "./core.js";
import { PyDict, newInstanceDict } from "./dict.js";
import { typeError } from "./exceptions.js";
import { intValue, strValue, typeName } from "./helpers.js";
import type { Kw } from "./native.js";
import { PyMemberDescr, defineClassMethods, defineGetSets, defineMethods, defineStatic } from "./native.js";
import { genericGetAttr, genericSetAttr, noAttribute } from "./ops/attr.js";
import { callMethod } from "./ops/call.js";
import { identityHash } from "./ops/hash.js";
import { isTrue, str } from "./ops/convert.js";
import { objectDir } from "./dir.js";
import { objectGetState, objectReduce, objectReduceEx } from "./reduce.js";
import type { Gen } from "./suspend.js";

/** The fake address an object prints with (`<A object at 0x...>`); id() returns the same number. */
export function addressOf(v: PyValue): number {
  if (v instanceof PyObject) return 0x7f0000000000 + v.id * 16;
  return 0x7f0000000000;
}

export function hexAddress(v: PyValue): string {
  return "0x" + addressOf(v).toString(16);
}

function excessArgs(args: PyValue[], kwnames: Kw): boolean {
  return args.length > 0 || (kwnames !== null && kwnames.length > 0);
}

/** object.__new__(cls, *args): errors for stray arguments follow object_new. */
function objectNew(_t: Thread, _self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const cls = args[0];
  if (cls === undefined) throw typeError("object.__new__(): not enough arguments");
  if (!(cls instanceof PyObject) || !cls.type.isSubtype(typeType)) {
    throw typeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
  }
  const type = cls as PyType;
  const rest = args.slice(1);
  if (excessArgs(rest, kwnames)) {
    if (type.lookup("__new__") !== objectType.ns.get("__new__")) {
      throw typeError("object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type.lookup("__init__") === objectType.ns.get("__init__")) {
      throw typeError(`${type.name}() takes no arguments`);
    }
  }
  if (!type.isSubtype(objectType)) throw typeError("object.__new__ on non-object");
  if (type.alloc !== objectType.alloc && !type.isHeapType) {
    throw typeError(`object.__new__(${type.name}) is not safe, use ${type.name}.__new__()`);
  }
  if (typeOf(type.ns.get("__abstractmethods__") ?? None) !== typeOf(None)) {
    checkAbstract(type);
  }
  return type.alloc(type);
}

function checkAbstract(type: PyType): void {
  const abs = type.ns.get("__abstractmethods__");
  if (abs === undefined) return;
  const names: string[] = [];
  if (abs instanceof PyObject && "keys" in abs && typeof (abs as { keys: unknown }).keys === "function") {
    for (const k of (abs as unknown as { keys(): PyValue[] }).keys())
      if (typeof k === "string") names.push(k);
  }
  if (names.length === 0) return;
  names.sort();
  throw typeError(
    `Can't instantiate abstract class ${type.name} with abstract method${names.length > 1 ? "s" : ""} ${names.join(", ")}`,
  );
}

function objectInit(_t: Thread, self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  if (excessArgs(args, kwnames)) {
    const type = typeOf(self);
    if (type.lookup("__init__") !== objectType.ns.get("__init__")) {
      throw typeError("object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (type.lookup("__new__") === objectType.ns.get("__new__")) {
      throw typeError(`${type.name}() takes no arguments`);
    }
  }
  return None;
}

/** The default repr: <module.qualname object at 0x...>. */
export function defaultRepr(self: PyValue): string {
  const t = typeOf(self);
  const mod = t.ns.get("__module__");
  const name = typeof mod === "string" && mod !== "builtins" ? `${mod}.${t.qualname}` : t.qualname;
  return `<${name} object at ${hexAddress(self)}>`;
}

function* objectStr(t: Thread, self: PyValue): Gen<PyValue> {
  const r = typeOf(self).lookup("__repr__");
  if (r === null) return defaultRepr(self);
  return yield* callMethod(t, r, self, []);
}

function* objectNe(t: Thread, self: PyValue, args: PyValue[]): Gen<PyValue> {
  const eq = typeOf(self).lookup("__eq__");
  if (eq === null) return NotImplemented;
  const r = yield* callMethod(t, eq, self, [args[0]!]);
  if (r === NotImplemented) return r;
  return !(yield* isTrue(t, r));
}

function* objectFormat(t: Thread, self: PyValue, args: PyValue[]): Gen<PyValue> {
  const spec = args[0];
  const s = spec === undefined ? undefined : strValue(spec);
  if (s === undefined)
    throw typeError(
      `format() argument 2 must be str, not ${spec === undefined ? "NoneType" : typeName(spec)}`,
    );
  if (s !== "") throw typeError(`unsupported format string passed to ${typeName(self)}.__format__`);
  return yield* str(t, self);
}

/** __dict__ of instances (subtype_dict / subtype_setdict). */
export function instanceDictGetSet(type: PyType) {
  return {
    get: (_t: Thread, obj: PyValue): PyValue => {
      if (!(obj instanceof PyObject)) throw noAttribute(obj, "__dict__");
      if (obj.dict === null) obj.dict = newInstanceDict(obj.type);
      return obj.dict;
    },
    set: (_t: Thread, obj: PyValue, v: PyValue | null): void => {
      if (!(obj instanceof PyObject)) throw noAttribute(obj, "__dict__");
      if (v === null) throw typeError("cannot delete __dict__");
      if (!(v instanceof PyDict))
        throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
      obj.dict = v;
      void type;
    },
  };
}

export function initObjectType(): void {
  objectType.ns.set(
    "__doc__",
    "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
  );
  defineStatic(objectType, {
    __new__: {
      fn: objectNew,
      doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
  });
  defineMethods(objectType, {
    __init__: { fn: objectInit, doc: "Initialize self.  See help(type(self)) for accurate signature." },
    __repr__: (_t, self) => defaultRepr(self),
    __str__: { gen: objectStr },
    __hash__: (_t, self) => (self instanceof PyObject ? identityHash(self) : 0),
    __eq__: (_t, self, args) => (self === args[0] ? true : NotImplemented),
    __ne__: { gen: objectNe },
    __lt__: () => NotImplemented,
    __le__: () => NotImplemented,
    __gt__: () => NotImplemented,
    __ge__: () => NotImplemented,
    __getattribute__: {
      gen: function* (t, self, args) {
        const name = strValue(args[0]!);
        if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(args[0]!)}'`);
        return (yield* genericGetAttr(t, self, name))!;
      },
    },
    __setattr__: {
      gen: function* (t, self, args) {
        const name = strValue(args[0]!);
        if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(args[0]!)}'`);
        yield* genericSetAttr(t, self, name, args[1]!);
        return None;
      },
    },
    __delattr__: {
      gen: function* (t, self, args) {
        const name = strValue(args[0]!);
        if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(args[0]!)}'`);
        yield* genericSetAttr(t, self, name, null);
        return None;
      },
    },
    __format__: { gen: objectFormat },
    __dir__: (_t, self) => objectDir(self),
    __reduce_ex__: {
      gen: function* (t, self, args) {
        const p = args[0] === undefined ? 0 : intValue(args[0]);
        if (p === undefined)
          throw typeError(`'${typeName(args[0]!)}' object cannot be interpreted as an integer`);
        return yield* objectReduceEx(t, self, Number(p));
      },
    },
    __reduce__: { gen: (t, self) => objectReduce(t, self) },
    __getstate__: { gen: (t, self) => objectGetState(t, self) },
    __sizeof__: (_t, self) => (self instanceof PyObject ? 16 + (self.dict ? 8 : 0) : 28),
  });
  defineClassMethods(objectType, {
    __init_subclass__: (_t, cls, _args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) {
        throw typeError(`${(cls as PyType).qualname}.__init_subclass__() takes no keyword arguments`);
      }
      return None;
    },
    __subclasshook__: () => NotImplemented,
  });
  defineGetSets(objectType, {
    __class__: {
      get: (_t, obj) => typeOf(obj),
      set: (_t, obj, v) => {
        if (v === null) throw typeError("can't delete __class__ attribute");
        if (!(v instanceof PyObject && v.type.isSubtype(typeType))) {
          throw typeError(`__class__ must be set to a class, not '${typeName(v)}' object`);
        }
        if (!(obj instanceof PyObject) || !obj.type.isHeapType || !(v as PyType).isHeapType) {
          throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        const oldto = obj.type;
        const newto = v as PyType;
        if (!compatibleForAssignment(oldto, newto)) {
          throw typeError(`__class__ assignment: '${newto.name}' object layout differs from '${oldto.name}'`);
        }
        obj.type = newto;
      },
    },
  });
}

/** The own `__slots__` members of a type, sorted (what same_slots_added compares). */
function ownSlotNames(tp: PyType): string[] {
  const names: string[] = [];
  for (const [name, d] of tp.ns) if (d instanceof PyMemberDescr && d.objclass === tp) names.push(name);
  return names.sort();
}

/** Does the type keep its base's instance layout (compatible_with_tp_base)? */
function sameLayoutAsBase(tp: PyType): boolean {
  const b = tp.base;
  return b !== null && tp.nslots === b.nslots && tp.hasDict === b.hasDict && tp.weakrefable === b.weakrefable;
}

/** typeobject.c compatible_for_assignment: may an instance of oldto become a newto? */
function compatibleForAssignment(oldto: PyType, newto: PyType): boolean {
  let newbase = newto;
  let oldbase = oldto;
  while (sameLayoutAsBase(newbase)) newbase = newbase.base!;
  while (sameLayoutAsBase(oldbase)) oldbase = oldbase.base!;
  if (newbase === oldbase) return true;
  if (newbase.base !== oldbase.base) return false;
  if (newbase.hasDict !== oldbase.hasDict || newbase.weakrefable !== oldbase.weakrefable) return false;
  if (newbase.nslots !== oldbase.nslots) return false;
  const a = ownSlotNames(newbase);
  const b = ownSlotNames(oldbase);
  return a.length === b.length && a.every((n, i) => n === b[i]);
}
