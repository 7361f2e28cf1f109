/**
 * The methods and attributes of the small built-in types: None, NotImplemented, Ellipsis,
 * functions and methods, the native descriptors, property / classmethod / staticmethod, super,
 * modules, mappingproxy, cells, code, frames, tracebacks and the iterator types.
 */
import { decodeLocations } from "../compiler/locations.js";
import { frameTrace } from "../vm/trace.js";
import { FastKind } from "../compiler/code.js";
import type { Frame } from "../vm/frame.js";
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "./core.js";
import {
  Ellipsis,
  None,
  NotImplemented,
  PyObject,
  PyType,
  builtinFunctionType,
  cellType,
  methodWrapperType,
  classmethodDescriptorType,
  classmethodType,
  codeType,
  ellipsisType,
  frameType,
  functionType,
  getsetDescriptorType,
  mappingproxyType,
  memberDescriptorType,
  methodDescriptorType,
  methodType,
  moduleType,
  noneType,
  notImplementedType,
  propertyType,
  staticmethodType,
  superType,
  tracebackType,
  typeOf,
  wrapperDescriptorType,
} from "./core.js";
import { PyCode } from "./code.js";
import { PyDict } from "./dict.js";
import { PyTraceback, keyError, runtimeError, typeError, valueError } from "./exceptions.js";
import { PyCell, PyFunction, PyMethod } from "./function.js";
import { functionNew } from "./function-new.js";
import { genericAlias, genericAliasType, PyGenericAlias } from "./generic-alias.js";
import { noKw, parseArgs, strValue, typeName } from "./helpers.js";
import {
  GenIterator,
  PyArrayIter,
  SyncIterator,
  bytearrayIteratorType,
  bytesIteratorType,
  callableIteratorType,
  dictItemIteratorType,
  dictKeyIteratorType,
  dictRevItemIteratorType,
  dictRevKeyIteratorType,
  dictRevValueIteratorType,
  dictValueIteratorType,
  listIteratorType,
  listRevIteratorType,
  longRangeIteratorType,
  rangeIteratorType,
  seqIteratorType,
  setIteratorType,
  strAsciiIteratorType,
  strIteratorType,
  tupleIteratorType,
  PyListIter,
} from "./iterators.js";
import { PyList } from "./list.js";
import {
  PyBytes,
  PyClassMethod,
  PyMappingProxy,
  PyModule,
  PyProperty,
  PyStaticMethod,
  PySuper,
} from "./misc.js";
import {
  PyBuiltin,
  PyClassMethodDescr,
  PyGetSetDescr,
  PyMemberDescr,
  PyMethodDescr,
  defineGetSets,
  defineMethods,
  defineStatic,
} from "./native.js";
import { hexAddress } from "./object-type.js";
import {
  genericGetAttr,
  genericSetAttr,
  getAttr,
  getAttrOpt,
  moduleGetAttr,
  superGetAttr,
} from "./ops/attr.js";
import { call } from "./ops/call.js";
import { EQ, richCompareBool } from "./ops/compare.js";
import { repr, str } from "./ops/convert.js";
import { descrGet, descrSet } from "./ops/descr.js";
import { identityHash } from "./ops/hash.js";
import { getItem } from "./ops/subscript.js";
import { stopIteration } from "./exceptions.js";
import { STOP } from "./suspend.js";
import type { Gen } from "./suspend.js";
import { PyTuple, tuple } from "./tuple.js";
import { PyUnion, unionOf, unionType } from "./union.js";

function fn(self: PyValue): PyFunction {
  if (self instanceof PyFunction) return self;
  throw typeError(`descriptor requires a 'function' object but received a '${typeName(self)}'`);
}

/** `function.__annotations__`: 3.11 stores a flat (name, value, ...) tuple until first read. */
function annotationsOf(f: PyFunction): PyValue {
  if (f.annotations === null || f.annotations === None) {
    f.annotations = new PyDict();
  } else if (f.annotations instanceof PyTuple) {
    const d = new PyDict();
    const items = f.annotations.items;
    for (let i = 0; i + 1 < items.length; i += 2) d.setStr(items[i] as string, items[i + 1]!);
    f.annotations = d;
  }
  return f.annotations;
}

function initSingletons(): void {
  defineStatic(noneType, {
    __new__: (_t, _s, args) => {
      if (args.length > 1) throw typeError("NoneType takes no arguments");
      return None;
    },
  });
  defineMethods(noneType, { __repr__: () => "None", __bool__: () => false });
  defineMethods(notImplementedType, { __repr__: () => "NotImplemented", __reduce__: () => "NotImplemented" });
  defineMethods(ellipsisType, { __repr__: () => "Ellipsis", __reduce__: () => "Ellipsis" });
}

function initFunctions(): void {
  defineStatic(functionType, { __new__: functionNew });
  defineMethods(functionType, {
    __repr__: (_t, self) => `<function ${fn(self).qualname} at ${hexAddress(self)}>`,
    __get__: (_t, self, args) =>
      args[0] === None || args[0] === undefined ? self : new PyMethod(self, args[0]),
    __call__: { gen: (t, self, args, kw) => call(t, self, args, kw) },
  });
  defineGetSets(functionType, {
    __name__: {
      get: (_t, self) => fn(self).name,
      set: (_t, self, v) => {
        const s = v === null ? undefined : strValue(v);
        if (s === undefined) throw typeError("__name__ must be set to a string object");
        fn(self).name = s;
      },
    },
    __qualname__: {
      get: (_t, self) => fn(self).qualname,
      set: (_t, self, v) => {
        const s = v === null ? undefined : strValue(v);
        if (s === undefined) throw typeError("__qualname__ must be set to a string object");
        fn(self).qualname = s;
      },
    },
    __doc__: { get: (_t, self) => fn(self).doc, set: (_t, self, v) => void (fn(self).doc = v ?? None) },
    __module__: {
      get: (_t, self) => fn(self).module,
      set: (_t, self, v) => void (fn(self).module = v ?? None),
    },
    __defaults__: {
      get: (_t, self) => fn(self).defaults ?? None,
      set: (_t, self, v) => {
        if (v !== null && v !== None && !(v instanceof PyTuple))
          throw typeError("__defaults__ must be set to a tuple object");
        fn(self).defaults = v === null || v === None ? null : (v as PyTuple);
      },
    },
    __kwdefaults__: {
      get: (_t, self) => fn(self).kwdefaults ?? None,
      set: (_t, self, v) => {
        if (v !== null && v !== None && !(v instanceof PyDict))
          throw typeError("__kwdefaults__ must be set to a dict object");
        fn(self).kwdefaults = v === null || v === None ? null : (v as PyDict);
      },
    },
    __code__: {
      get: (_t, self) => fn(self).code,
      set: (_t, self, v) => {
        if (!(v instanceof PyCode)) throw typeError("__code__ must be set to a code object");
        fn(self).code = v;
      },
    },
    __globals__: { get: (_t, self) => fn(self).globals },
    __builtins__: { get: (_t, self) => fn(self).builtins },
    __closure__: { get: (_t, self) => fn(self).closure ?? None },
    __annotations__: {
      get: (_t, self) => annotationsOf(fn(self)),
      set: (_t, self, v) => void (fn(self).annotations = v),
    },
    __dict__: {
      get: (_t, self) => {
        const f = fn(self);
        if (f.dict === null) f.dict = new PyDict();
        return f.dict;
      },
      set: (_t, self, v) => {
        if (!(v instanceof PyDict)) throw typeError("__dict__ must be set to a dictionary");
        fn(self).dict = v;
      },
    },
  });
  functionType.hasDict = true;

  const mv = (self: PyValue): PyMethod => {
    if (self instanceof PyMethod) return self;
    throw typeError("descriptor requires a 'method' object");
  };
  defineStatic(methodType, {
    __new__: (_t, _s, args) => {
      if (args.length !== 3) throw typeError(`method expected 2 arguments, got ${args.length - 1}`);
      return new PyMethod(args[1]!, args[2]!);
    },
  });
  defineMethods(methodType, {
    __repr__: {
      gen: function* (t, self) {
        const m = mv(self);
        const qn = (yield* qualnameOf(t, m.func)) ?? "?";
        return `<bound method ${qn} of ${yield* repr(t, m.self)}>`;
      },
    },
    __call__: { gen: (t, self, args, kw) => call(t, self, args, kw) },
    __get__: (_t, self) => self,
    __eq__: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (!(o instanceof PyMethod)) return NotImplemented;
        const m = mv(self);
        return m.self === o.self && (yield* richCompareBool(t, m.func, o.func, EQ));
      },
    },
    __hash__: (_t, self) => identityHash(mv(self).func as PyObject),
    __getattribute__: {
      gen: function* (t, self, args) {
        const name = strValue(args[0]!)!;
        // method_get_doc: the function's docstring, not the method type's.
        if (name === "__doc__") return yield* getAttr(t, mv(self).func, name);
        const own = yield* genericGetAttr(t, self, name, methodType, true);

        if (own !== undefined) return own;
        return yield* getAttr(t, mv(self).func, name);
      },
    },
  });
  defineGetSets(methodType, {
    __func__: { get: (_t, self) => mv(self).func },
    __self__: { get: (_t, self) => mv(self).self },
  });

  const bv = (self: PyValue): PyBuiltin => self as PyBuiltin;
  for (const ftype of [builtinFunctionType, methodWrapperType]) {
    defineMethods(ftype, {
      __repr__: (_t, self) => {
        const b = bv(self);
        if (ftype === methodWrapperType) {
          return `<method-wrapper '${b.name}' of ${typeName(b.self!)} object at ${hexAddress(b.self!)}>`;
        }
        if (b.self === null || b.self instanceof PyModule) return `<built-in function ${b.name}>`;
        if (b.self instanceof PyType)
          return `<built-in method ${b.name} of type object at ${hexAddress(b.self)}>`;
        return `<built-in method ${b.name} of ${typeName(b.self)} object at ${hexAddress(b.self)}>`;
      },
      __call__: { gen: (t, self, args, kw) => call(t, self, args, kw) },
      __eq__: (_t, self, args) => {
        const o = args[0]!;
        if (!(o instanceof PyBuiltin)) return NotImplemented;
        return bv(self).impl === o.impl && bv(self).self === o.self;
      },
      __hash__: (_t, self) => identityHash(self as PyObject),
    });
    defineGetSets(ftype, {
      __name__: { get: (_t, self) => bv(self).name },
      __qualname__: {
        get: (_t, self) => {
          const b = bv(self);
          if (b.self === null || b.self instanceof PyModule) return b.name;
          const t = b.self instanceof PyType ? b.self : typeOf(b.self);
          return `${t.qualname}.${b.name}`;
        },
      },
      __self__: { get: (_t, self) => bv(self).self ?? None },
      __module__: {
        get: (_t, self) => (typeof bv(self).owner === "string" ? (bv(self).owner as string) : None),
      },
      __doc__: { get: (_t, self) => bv(self).impl.doc ?? None },
      __text_signature__: { get: () => None },
    });
  }

  // Native descriptors.
  for (const [type, word] of [
    [methodDescriptorType, "method"],
    [wrapperDescriptorType, "slot wrapper"],
  ] as const) {
    defineMethods(type, {
      __repr__: (_t, self) =>
        `<${word} '${(self as PyMethodDescr).name}' of '${(self as PyMethodDescr).objclass.name}' objects>`,
      __get__: {
        gen: (t, self, args) =>
          descrGet(t, self, args[0] === None ? null : args[0]!, (args[1] ?? typeOf(args[0]!)) as PyType),
      },
      __call__: { gen: (t, self, args, kw) => call(t, self, args, kw) },
    });
    defineGetSets(type, {
      __name__: { get: (_t, self) => (self as PyMethodDescr).name },
      __qualname__: {
        get: (_t, self) => `${(self as PyMethodDescr).objclass.name}.${(self as PyMethodDescr).name}`,
      },
      __objclass__: { get: (_t, self) => (self as PyMethodDescr).objclass },
      __doc__: { get: (_t, self) => (self as PyMethodDescr).impl.doc ?? None },
      __text_signature__: { get: () => None },
    });
  }
  defineMethods(classmethodDescriptorType, {
    __repr__: (_t, self) =>
      `<method '${(self as PyClassMethodDescr).impl.name}' of '${(self as PyClassMethodDescr).objclass.name}' objects>`,
    __get__: {
      gen: (t, self, args) =>
        descrGet(t, self, args[0] === None ? null : args[0]!, (args[1] ?? typeOf(args[0]!)) as PyType),
    },
  });
  defineMethods(getsetDescriptorType, {
    __repr__: (_t, self) =>
      `<attribute '${(self as PyGetSetDescr).name}' of '${(self as PyGetSetDescr).objclass.name}' objects>`,
    __get__: {
      gen: (t, self, args) =>
        descrGet(t, self, args[0] === None ? null : args[0]!, (args[1] ?? typeOf(args[0]!)) as PyType),
    },
    __set__: {
      gen: function* (t, self, args) {
        yield* descrSet(t, self, args[0]!, args[1]!);
        return None;
      },
    },
    __delete__: {
      gen: function* (t, self, args) {
        yield* descrSet(t, self, args[0]!, null);
        return None;
      },
    },
  });
  defineGetSets(getsetDescriptorType, {
    __name__: { get: (_t, self) => (self as PyGetSetDescr).name },
    __objclass__: { get: (_t, self) => (self as PyGetSetDescr).objclass },
  });
  defineMethods(memberDescriptorType, {
    __repr__: (_t, self) =>
      `<member '${(self as PyMemberDescr).name}' of '${(self as PyMemberDescr).objclass.name}' objects>`,
    __get__: {
      gen: (t, self, args) =>
        descrGet(t, self, args[0] === None ? null : args[0]!, (args[1] ?? typeOf(args[0]!)) as PyType),
    },
    __set__: {
      gen: function* (t, self, args) {
        yield* descrSet(t, self, args[0]!, args[1]!);
        return None;
      },
    },
    __delete__: {
      gen: function* (t, self, args) {
        yield* descrSet(t, self, args[0]!, null);
        return None;
      },
    },
  });
  defineGetSets(memberDescriptorType, {
    __name__: { get: (_t, self) => (self as PyMemberDescr).name },
    __objclass__: { get: (_t, self) => (self as PyMemberDescr).objclass },
  });
}

function* qualnameOf(t: Thread, f: PyValue): Gen<string | undefined> {
  if (f instanceof PyFunction) return f.qualname;
  const q = yield* getAttrOpt(t, f, "__qualname__");
  return typeof q === "string" ? q : undefined;
}

function initDescriptorTypes(): void {
  const pv = (self: PyValue): PyProperty => self as PyProperty;
  defineMethods(propertyType, {
    __init__: (_t, self, args, kw) => {
      const [fget, fset, fdel, doc] = parseArgs("property", args, kw, ["fget", "fset", "fdel", "doc"], 0);
      const p = pv(self);
      p.fget = fget ?? None;
      p.fset = fset ?? None;
      p.fdel = fdel ?? None;
      p.doc = doc ?? None;
      if (p.doc === None && p.fget instanceof PyFunction) p.doc = p.fget.doc;
      if (p.fget instanceof PyFunction && p.name === None) p.name = p.fget.name;
      return None;
    },
    __get__: {
      gen: (t, self, args) =>
        descrGet(t, self, args[0] === None ? null : args[0]!, (args[1] ?? typeOf(args[0]!)) as PyType),
    },
    __set__: {
      gen: function* (t, self, args) {
        yield* descrSet(t, self, args[0]!, args[1]!);
        return None;
      },
    },
    __delete__: {
      gen: function* (t, self, args) {
        yield* descrSet(t, self, args[0]!, null);
        return None;
      },
    },
    __set_name__: (_t, self, args) => {
      pv(self).name = args[1]!;
      return None;
    },
    getter: { gen: (t, self, args) => copyProperty(t, pv(self), { fget: args[0]! }) },
    setter: { gen: (t, self, args) => copyProperty(t, pv(self), { fset: args[0]! }) },
    deleter: { gen: (t, self, args) => copyProperty(t, pv(self), { fdel: args[0]! }) },
  });
  defineGetSets(propertyType, {
    fget: { get: (_t, self) => pv(self).fget },
    fset: { get: (_t, self) => pv(self).fset },
    fdel: { get: (_t, self) => pv(self).fdel },
    __doc__: { get: (_t, self) => pv(self).doc, set: (_t, self, v) => void (pv(self).doc = v ?? None) },
    __isabstractmethod__: { get: () => false },
  });
  propertyType.hasDict = true;

  for (const [type, name] of [
    [classmethodType, "classmethod"],
    [staticmethodType, "staticmethod"],
  ] as const) {
    const wrapped = (self: PyValue) => (self as PyClassMethod | PyStaticMethod).func;
    defineMethods(type, {
      __init__: (_t, self, args, kw) => {
        noKw(name, kw);
        if (args.length !== 1) throw typeError(`${name} expected 1 argument, got ${args.length}`);
        (self as PyClassMethod).func = args[0]!;
        return None;
      },
      __get__: {
        gen: (t, self, args) => {
          const obj = args[0] === undefined || args[0] === None ? null : args[0];
          const cls = (args[1] !== undefined && args[1] !== None ? args[1] : typeOf(obj ?? None)) as PyType;
          return descrGet(t, self, obj, cls);
        },
      },
      __repr__: {
        gen: function* (t, self) {
          return `<${name}(${yield* repr(t, wrapped(self))})>`;
        },
      },
    });
    defineGetSets(type, {
      __func__: { get: (_t, self) => wrapped(self) },
      __wrapped__: { get: (_t, self) => wrapped(self) },
      __isabstractmethod__: { get: () => false },
    });
    type.hasDict = true;
  }
  defineMethods(staticmethodType, {
    __call__: { gen: (t, self, args, kw) => call(t, (self as PyStaticMethod).func, args, kw) },
  });
}

function* copyProperty(
  t: Thread,
  p: PyProperty,
  change: Partial<Record<"fget" | "fset" | "fdel", PyValue>>,
): Gen<PyValue> {
  const np = (yield* call(t, typeOf(p), [
    change.fget ?? p.fget,
    change.fset ?? p.fset,
    change.fdel ?? p.fdel,
    change.fget !== undefined && p.doc === (p.fget instanceof PyFunction ? p.fget.doc : None) ? None : p.doc,
  ])) as PyProperty;
  if (np instanceof PyProperty) np.name = p.name;
  return np;
}

function initSuper(): void {
  defineMethods(superType, {
    __init__: (t, self, args, kw) => {
      noKw("super", kw);
      superInit(t, self as PySuper, args);
      return None;
    },
    __getattribute__: {
      gen: function* (t, self, args) {
        return (yield* superGetAttr(t, self as PySuper, strValue(args[0]!)!))!;
      },
    },
    __get__: (_t, self, args) => {
      const s = self as PySuper;
      const obj = args[0];
      if (obj === undefined || obj === None || s.obj !== null) return self;
      const n = new PySuper();
      n.thisType = s.thisType;
      n.obj = obj;
      n.objType = obj instanceof PyType && obj.isSubtype(s.thisType!) ? obj : typeOf(obj);
      return n;
    },
    __repr__: (_t, self) => {
      const s = self as PySuper;
      const tn = s.thisType ? s.thisType.name : "NULL";
      if (s.objType) return `<super: <class '${tn}'>, <${s.objType.name} object>>`;
      return `<super: <class '${tn}'>, NULL>`;
    },
  });
  // super() in a method, the common call, made without type_call's generators (its __new__
  // and __init__ are these natives, and a subclass of super has no callFast).
  superType.callFast = (t, _cls, args, kw) => {
    if (kw !== null && kw.length > 0) return undefined;
    const s = new PySuper();
    superInit(t, s, args);
    return s;
  };
  defineGetSets(superType, {
    __thisclass__: { get: (_t, self) => (self as PySuper).thisType ?? None },
    __self__: { get: (_t, self) => (self as PySuper).obj ?? None },
    __self_class__: { get: (_t, self) => (self as PySuper).objType ?? None },
  });
}

/** super.__init__'s binding: super() from the calling frame, super(type) and super(type, obj). */
function superInit(t: Thread, s: PySuper, args: readonly PyValue[]): void {
  if (args.length > 2) throw typeError(`super() expected at most 2 arguments, got ${args.length}`);
  let type: PyValue;
  let obj: PyValue | null;
  if (args.length === 0) {
    [type, obj] = superArgsFromFrame(t);
    if (obj === None) obj = null;
  } else {
    type = args[0]!;
    obj = args.length > 1 && args[1] !== None ? args[1]! : null;
  }
  if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeName(type)}`);
  s.thisType = type;
  s.obj = obj;
  if (obj !== null) {
    if (obj instanceof PyType && obj.isSubtype(type)) s.objType = obj;
    else if (typeOf(obj).isSubtype(type)) s.objType = typeOf(obj);
    else throw typeError("super(type, obj): obj must be an instance or subtype of type");
  }
}

/** super() with no arguments: __class__ from the cell, self from the first local (super_init_without_args). */
function superArgsFromFrame(t: Thread): [PyValue, PyValue] {
  const f = t.frame;
  if (f === null) throw runtimeError("super(): no current frame");
  const code = f.code;
  if (code.argcount === 0) throw runtimeError("super(): no arguments");
  let first = f.slots[0] ?? null;
  if (first instanceof PyCell && code.localsplusKinds[0]! & FastKind.CELL) first = first.contents;
  if (first === null) throw runtimeError("super(): arg[0] deleted");
  const i = code.localsplusNames.indexOf("__class__");
  if (i < 0 || !(code.localsplusKinds[i]! & FastKind.FREE))
    throw runtimeError("super(): __class__ cell not found");
  const cell = f.slots[i];
  if (!(cell instanceof PyCell)) throw runtimeError("super(): bad __class__ cell");
  const cls = cell.contents;
  if (cls === null) throw runtimeError("super(): empty __class__ cell");
  if (!(cls instanceof PyType)) throw runtimeError(`super(): __class__ is not a type (${typeName(cls)})`);
  return [cls, first];
}

/** Modules made by calling types.ModuleType: no loader, so repr shows only the name. */
const plainModules = new WeakSet<PyModule>();

function initModuleType(): void {
  const mv = (self: PyValue): PyModule => self as PyModule;
  defineMethods(moduleType, {
    __init__: (_t, self, args, kw) => {
      const [name, doc] = parseArgs("module", args, kw, ["name", "doc"], 1);
      const d = mv(self).dict!;
      d.setStr("__name__", name!);
      d.setStr("__doc__", doc ?? None);
      if (!d.hasStr("__package__")) d.setStr("__package__", None);
      if (!d.hasStr("__loader__")) d.setStr("__loader__", None);
      if (!d.hasStr("__spec__")) d.setStr("__spec__", None);
      plainModules.add(mv(self));
      return None;
    },
    __repr__: {
      gen: function* (t, self) {
        const d = mv(self).dict!;
        const name = d.getStr("__name__");
        const nm = typeof name === "string" ? `'${name}'` : "'?'";
        const file = d.getStr("__file__");
        if (typeof file === "string") return `<module ${nm} from ${yield* repr(t, file)}>`;
        // importlib's _module_repr: no loader, spec or file gives just the name.
        const loader = d.getStr("__loader__");
        if (plainModules.has(mv(self)) && (loader === undefined || loader === None)) return `<module ${nm}>`;
        return `<module ${nm} (built-in)>`;
      },
    },
    __getattribute__: {
      gen: function* (t, self, args) {
        return (yield* moduleGetAttr(t, mv(self), strValue(args[0]!)!))!;
      },
    },
    __setattr__: {
      gen: function* (t, self, args) {
        yield* genericSetAttr(t, self, strValue(args[0]!)!, args[1]!);
        return None;
      },
    },
    __delattr__: {
      gen: function* (t, self, args) {
        yield* genericSetAttr(t, self, strValue(args[0]!)!, null);
        return None;
      },
    },
    __dir__: {
      gen: function* (t, self) {
        const d = mv(self).dict!;
        const custom = d.getStr("__dir__");
        if (custom !== undefined) return yield* call(t, custom, []);
        return new PyList(d.keyList());
      },
    },
  });
  defineGetSets(moduleType, {
    __dict__: { get: (_t, self) => mv(self).dict! },
  });
  defineStatic(moduleType, { __new__: (_t, _s, args) => new PyModule("?", args[0] as PyType) });
  moduleType.hasDict = true;
}

function* callMethodByName(t: Thread, obj: PyValue, name: string): Gen<PyValue> {
  return yield* call(t, yield* getAttr(t, obj, name), []);
}

function proxyKeys(p: PyMappingProxy): PyValue[] {
  const tgt = p.target;
  if (tgt instanceof PyType) return [...tgt.ns.keys()];
  if (tgt instanceof PyDict) return tgt.keyList();
  return [];
}

function* proxyGet(t: Thread, p: PyMappingProxy, k: PyValue): Gen<PyValue | undefined> {
  const tgt = p.target;
  if (tgt instanceof PyType) return typeof k === "string" ? tgt.ns.get(k) : undefined;
  if (tgt instanceof PyDict) return yield* tgt.get(t, k);
  return yield* getItem(t, tgt, k);
}

function initMappingProxy(): void {
  const pv = (self: PyValue) => self as PyMappingProxy;
  defineStatic(mappingproxyType, {
    __new__: (_t, _s, args) => {
      const m = args[1];
      if (m === undefined || !(m instanceof PyDict))
        throw typeError(
          `mappingproxy() argument must be a mapping, not ${m === undefined ? "nothing" : typeName(m)}`,
        );
      return new PyMappingProxy(m);
    },
  });
  defineMethods(mappingproxyType, {
    __getitem__: {
      gen: function* (t, self, args) {
        const v = yield* proxyGet(t, pv(self), args[0]!);
        if (v === undefined) throw keyError(args[0]!);
        return v;
      },
    },
    get: {
      gen: function* (t, self, args) {
        return (yield* proxyGet(t, pv(self), args[0]!)) ?? args[1] ?? None;
      },
    },
    __contains__: {
      gen: function* (t, self, args) {
        return (yield* proxyGet(t, pv(self), args[0]!)) !== undefined;
      },
    },
    __len__: (_t, self) => proxyKeys(pv(self)).length,
    __iter__: (_t, self) => new PyArrayIter(listIteratorType, proxyKeys(pv(self))),
    keys: {
      gen: function* (t, self) {
        // mappingproxy_keys asks the mapping itself, so a dict gives its dict_keys view.
        const tgt = pv(self).target;
        if (!(tgt instanceof PyType)) return yield* callMethodByName(t, tgt, "keys");
        return new PyList(proxyKeys(pv(self)));
      },
    },
    values: {
      gen: function* (t, self) {
        const tgt = pv(self).target;
        if (!(tgt instanceof PyType)) return yield* callMethodByName(t, tgt, "values");
        const out: PyValue[] = [];
        for (const k of proxyKeys(pv(self))) out.push((yield* proxyGet(t, pv(self), k))!);
        return new PyList(out);
      },
    },
    items: {
      gen: function* (t, self) {
        const tgt = pv(self).target;
        if (!(tgt instanceof PyType)) return yield* callMethodByName(t, tgt, "items");
        const out: PyValue[] = [];
        for (const k of proxyKeys(pv(self))) out.push(new PyTuple([k, (yield* proxyGet(t, pv(self), k))!]));
        return new PyList(out);
      },
    },
    copy: {
      gen: function* (t, self) {
        const d = new PyDict();
        for (const k of proxyKeys(pv(self))) yield* d.set(t, k, (yield* proxyGet(t, pv(self), k))!);
        return d;
      },
    },
    __repr__: {
      gen: function* (t, self) {
        const parts: string[] = [];
        for (const k of proxyKeys(pv(self))) {
          parts.push(`${yield* repr(t, k)}: ${yield* repr(t, (yield* proxyGet(t, pv(self), k))!)}`);
        }
        return `mappingproxy({${parts.join(", ")}})`;
      },
    },
    // mappingproxy_str: str() of the wrapped mapping, without the "mappingproxy(...)" wrapper.
    __str__: {
      gen: function* (t, self) {
        const tgt = pv(self).target;
        if (!(tgt instanceof PyType)) return yield* str(t, tgt);
        const parts: string[] = [];
        for (const k of proxyKeys(pv(self))) {
          parts.push(`${yield* repr(t, k)}: ${yield* repr(t, (yield* proxyGet(t, pv(self), k))!)}`);
        }
        return `{${parts.join(", ")}}`;
      },
    },
  });
}

function initFrameTypes(): void {
  defineMethods(cellType, {
    __repr__: (_t, self) => {
      const c = self as PyCell;
      if (c.contents === null) return `<cell at ${hexAddress(self)}: empty>`;
      return `<cell at ${hexAddress(self)}: ${typeName(c.contents)} object at ${hexAddress(c.contents)}>`;
    },
  });
  defineGetSets(cellType, {
    cell_contents: {
      get: (_t, self) => {
        const v = (self as PyCell).contents;
        if (v === null) throw valueError("Cell is empty");
        return v;
      },
      set: (_t, self, v) => void ((self as PyCell).contents = v),
    },
  });
  const cv = (self: PyValue) => self as PyCode;
  defineMethods(codeType, {
    __repr__: (_t, self) =>
      `<code object ${cv(self).name} at ${hexAddress(self)}, file "${cv(self).filename}", line ${cv(self).firstlineno}>`,
    // (lineno, end_lineno, col_offset, end_col_offset) per code unit, caches included.
    co_positions: (_t, self) => {
      const ps = decodeLocations(cv(self).co.co_linetable, cv(self).firstlineno);
      const items = ps.map(
        (p) => new PyTuple([p.lineno ?? None, p.endLineno ?? None, p.col ?? None, p.endCol ?? None]),
      );
      return new PyListIter(new PyList(items));
    },
    // (start, end, lineno) per entry of the location table (a decoded entry is one shared object).
    co_lines: (_t, self) => {
      const ps = decodeLocations(cv(self).co.co_linetable, cv(self).firstlineno);
      const items: PyValue[] = [];
      for (let i = 0; i < ps.length;) {
        let j = i + 1;
        while (j < ps.length && ps[j] === ps[i]) j++;
        items.push(new PyTuple([i * 2, j * 2, ps[i]!.lineno ?? None]));
        i = j;
      }
      return new PyListIter(new PyList(items));
    },
  });
  defineGetSets(codeType, {
    co_name: { get: (_t, self) => cv(self).name },
    co_qualname: { get: (_t, self) => cv(self).qualname },
    co_filename: { get: (_t, self) => cv(self).filename },
    co_firstlineno: { get: (_t, self) => cv(self).firstlineno },
    co_argcount: { get: (_t, self) => cv(self).argcount },
    co_posonlyargcount: { get: (_t, self) => cv(self).posonlyargcount },
    co_kwonlyargcount: { get: (_t, self) => cv(self).kwonlyargcount },
    co_nlocals: { get: (_t, self) => cv(self).varnames.length },
    co_varnames: { get: (_t, self) => tuple(cv(self).varnames.slice()) },
    co_cellvars: { get: (_t, self) => tuple(cv(self).cellvars.slice()) },
    co_freevars: { get: (_t, self) => tuple(cv(self).freevars.slice()) },
    co_names: { get: (_t, self) => tuple(cv(self).names.slice()) },
    co_consts: { get: (_t, self) => tuple(cv(self).consts.slice()) },
    co_flags: { get: (_t, self) => cv(self).flags },
    co_stacksize: { get: (_t, self) => cv(self).stacksize },
    co_code: { get: (_t, self) => bytesOf(cv(self).bytes) },
    co_linetable: { get: (_t, self) => bytesOf(cv(self).co.co_linetable) },
    co_exceptiontable: { get: (_t, self) => bytesOf(cv(self).co.co_exceptiontable) },
    co_lnotab: { get: (_t, self) => bytesOf(lnotab(cv(self))) },
  });
  const fv = (self: PyValue) => self as Frame;
  defineMethods(frameType, {
    __repr__: (_t, self) =>
      `<frame at ${hexAddress(self)}, file '${fv(self).code.filename}', line ${fv(self).lineno ?? 0}, code ${fv(self).code.name}>`,
  });
  defineGetSets(frameType, {
    f_back: { get: (_t, self) => fv(self).pyBack ?? None },
    f_code: { get: (_t, self) => fv(self).code },
    f_lineno: { get: (_t, self) => fv(self).lineno ?? None },
    f_lasti: { get: (_t, self) => fv(self).lasti * 2 },
    f_globals: { get: (_t, self) => fv(self).globals },
    f_builtins: { get: (_t, self) => fv(self).builtins },
    f_locals: { get: (_t, self) => frameLocals(fv(self)) },
    f_trace: {
      get: (_t, self) => fv(self).tr?.fTrace ?? None,
      set: (_t, self, v) => {
        frameTrace(fv(self)).fTrace = v === null || v === None ? null : v;
      },
    },
    f_trace_lines: {
      get: (_t, self) => fv(self).tr?.lines ?? true,
      set: (_t, self, v) => {
        frameTrace(fv(self)).lines = v === true;
      },
    },
    f_trace_opcodes: {
      get: (_t, self) => fv(self).tr?.opcodes ?? false,
      set: (_t, self, v) => {
        frameTrace(fv(self)).opcodes = v === true;
      },
    },
  });
  const tv = (self: PyValue) => self as PyTraceback;
  defineGetSets(tracebackType, {
    tb_frame: { get: (_t, self) => tv(self).frame },
    tb_lineno: { get: (_t, self) => tv(self).lineno ?? None },
    tb_lasti: { get: (_t, self) => tv(self).lasti },
    tb_next: {
      get: (_t, self) => tv(self).next ?? None,
      set: (_t, self, v) => {
        if (v !== None && !(v instanceof PyTraceback)) throw typeError("expected traceback object or None");
        tv(self).next = v === None ? null : (v as PyTraceback);
      },
    },
  });
}

/**
 * co_lnotab, the pre-3.10 line table, made from the location table as 3.11's decode_linetable
 * does: (byte delta, line delta) pairs at each line change, deltas split into byte-sized steps.
 */
function lnotab(code: PyCode): Uint8Array {
  const out: number[] = [];
  const ps = decodeLocations(code.co.co_linetable, code.firstlineno);
  let line = code.firstlineno;
  let at = 0;
  for (let i = 0; i < ps.length;) {
    let j = i + 1;
    while (j < ps.length && ps[j] === ps[i]) j++;
    const l = ps[i]!.lineno;
    if (l !== null && l !== line) {
      let bdelta = i * 2 - at;
      let ldelta = l - line;
      for (; bdelta > 255; bdelta -= 255) out.push(255, 0);
      for (; ldelta > 127; ldelta -= 127, bdelta = 0) out.push(bdelta, 127);
      for (; ldelta < -128; ldelta += 128, bdelta = 0) out.push(bdelta, 0x80);
      out.push(bdelta, ldelta & 0xff);
      at = i * 2;
      line = l;
    }
    i = j;
  }
  return Uint8Array.from(out);
}

function bytesOf(b: Uint8Array): PyValue {
  return new PyBytes(b);
}

/** f_locals: the locals mapping of module / class frames, a snapshot dict for function frames. */
export function frameLocals(f: Frame): PyValue {
  if (f.locals !== null) return f.locals;
  const d = new PyDict();
  const code = f.code;
  for (let i = 0; i < code.nlocalsplus; i++) {
    let v = f.slots[i] ?? null;
    const kind = code.localsplusKinds[i]!;
    if (kind & (FastKind.CELL | FastKind.FREE) && v instanceof PyCell) v = v.contents;
    if (v !== null) d.setStr(code.localsplusNames[i]!, v);
  }
  return d;
}

function initIteratorTypes(): void {
  const types = [
    listIteratorType,
    listRevIteratorType,
    tupleIteratorType,
    strAsciiIteratorType,
    strIteratorType,
    rangeIteratorType,
    longRangeIteratorType,
    dictKeyIteratorType,
    dictValueIteratorType,
    dictItemIteratorType,
    dictRevKeyIteratorType,
    dictRevValueIteratorType,
    dictRevItemIteratorType,
    setIteratorType,
    bytesIteratorType,
    bytearrayIteratorType,
    seqIteratorType,
    callableIteratorType,
  ];
  for (const type of types) {
    defineMethods(type, {
      __iter__: (_t, self) => self,
      __next__: {
        gen: function* (t, self) {
          const v = self instanceof SyncIterator ? self.next() : yield* (self as GenIterator).nextGen(t);
          if (v === STOP) throw stopIteration();
          return v;
        },
      },
      __length_hint__: (_t, self) => (self instanceof SyncIterator ? Math.max(0, self.lengthHint()) : 0),
    });
  }
}

function initAliases(): void {
  defineMethods(unionType, {
    __repr__: {
      gen: function* (t, self) {
        const parts: string[] = [];
        for (const a of (self as PyUnion).args) parts.push(yield* typeReprForAlias(t, a));
        return parts.join(" | ");
      },
    },
    __instancecheck__: (_t, self, args) =>
      (self as PyUnion).args.some((a) => a instanceof PyType && typeOf(args[0]!).isSubtype(a)),
    __subclasscheck__: (_t, self, args) =>
      (self as PyUnion).args.some(
        (a) => a instanceof PyType && args[0] instanceof PyType && args[0].isSubtype(a),
      ),
    __eq__: (_t, self, args) => {
      const o = args[0]!;
      if (!(o instanceof PyUnion)) return NotImplemented;
      const a = (self as PyUnion).args;
      return a.length === o.args.length && a.every((x) => o.args.includes(x));
    },
    __hash__: () => 0,
  });
  defineGetSets(unionType, { __args__: { get: (_t, self) => new PyTuple((self as PyUnion).args) } });
  defineStatic(genericAliasType, {
    // ga_new in Objects/genericaliasobject.c: GenericAlias(origin, args), as a
    // `__class_getitem__ = classmethod(types.GenericAlias)` calls it.
    __new__: (_t, _s, args, kw) => {
      if (kw && kw.length) throw typeError("GenericAlias() takes no keyword arguments");
      if (args.length !== 3) throw typeError(`GenericAlias expected 2 arguments, got ${args.length - 1}`);
      const origin = args[1]!;
      if (!(origin instanceof PyType)) throw typeError("GenericAlias origin must be a class here");
      return genericAlias(origin, args[2]!);
    },
  });
  defineMethods(genericAliasType, {
    __repr__: {
      gen: function* (t, self) {
        const g = self as PyGenericAlias;
        const parts: string[] = [];
        for (const a of g.args) parts.push(yield* typeReprForAlias(t, a));
        // ga_repr writes an empty argument tuple as "()": tuple[()].
        return `${yield* typeReprForAlias(t, g.origin)}[${parts.length === 0 ? "()" : parts.join(", ")}]`;
      },
    },
    __call__: { gen: (t, self, args, kw) => call(t, (self as PyGenericAlias).origin, args, kw) },
    __instancecheck__: () => {
      throw typeError("isinstance() argument 2 cannot be a parameterized generic");
    },
    __subclasscheck__: () => {
      throw typeError("issubclass() argument 2 cannot be a parameterized generic");
    },
    __getattribute__: {
      gen: function* (t, self, args) {
        // ga_getattro: everything but a few names is looked up on the origin.
        const name = strValue(args[0]!)!;
        const own = yield* genericGetAttr(t, self, name, genericAliasType, true);
        if (own !== undefined || GA_OWN.has(name)) {
          if (own !== undefined) return own;
        }
        if (!GA_OWN.has(name)) return yield* getAttr(t, (self as PyGenericAlias).origin, name);
        return (yield* genericGetAttr(t, self, name, genericAliasType))!;
      },
    },
    __eq__: (_t, self, args) => {
      const o = args[0]!;
      if (!(o instanceof PyGenericAlias)) return NotImplemented;
      const g = self as PyGenericAlias;
      return (
        g.origin === o.origin && g.args.length === o.args.length && g.args.every((x, i) => x === o.args[i])
      );
    },
    __hash__: () => 0,
    __or__: (_t, self, args) => unionOf(self, args[0]!),
  });
  defineGetSets(genericAliasType, {
    __origin__: { get: (_t, self) => (self as PyGenericAlias).origin },
    __args__: { get: (_t, self) => new PyTuple((self as PyGenericAlias).args) },
  });
}

/** Attributes a GenericAlias answers itself (attr_exceptions in genericaliasobject.c). */
const GA_OWN = new Set([
  "__class__",
  "__origin__",
  "__args__",
  "__unpacked__",
  "__parameters__",
  "__typing_unpacked_tuple_args__",
  "__mro_entries__",
  "__reduce_ex__",
  "__reduce__",
  "__copy__",
  "__deepcopy__",
]);

/** How typing shows a type inside an alias: qualified name, or repr for non-types. */
function* typeReprForAlias(t: Thread, v: PyValue): Gen<string> {
  if (v === None) return "None";
  if (v instanceof PyType) {
    const mod = v.ns.get("__module__");
    if (typeof mod === "string" && mod !== "builtins") return `${mod}.${v.qualname}`;
    if (!v.isHeapType) return v.name === "NoneType" ? "None" : v.name;
    return v.qualname;
  }
  if (v === Ellipsis) return "...";
  return yield* repr(t, v);
}

export function initMiscTypes(): void {
  initSingletons();
  initFunctions();
  initDescriptorTypes();
  initSuper();
  initModuleType();
  initMappingProxy();
  initFrameTypes();
  initIteratorTypes();
  initAliases();
}
