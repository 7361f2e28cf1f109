/**
 * The _struct module (Modules/_struct.c): pack, unpack, calcsize, iter_unpack, pack_into,
 * unpack_from, the Struct type and struct.error. lib/struct.py re-exports it as struct.
 */
import type { PyType, PyValue } from "../../objects/core.js";
import { None, PyObject, defineBuiltinType } from "../../objects/core.js";
import { stopIteration, typeError } from "../../objects/exceptions.js";
import { parseArgs, strValue, typeName } from "../../objects/helpers.js";
import { SyncIterator } from "../../objects/iterators.js";
import { PyBufferExporter } from "../../objects/buffer-exporter.js";
import { PyByteArray, PyBytes, PyModule } from "../../objects/misc.js";
import type { Kw, MethodSpec } from "../../objects/native.js";
import { defineGetSets, defineMethods, defineStatic, nativeFunctions } from "../../objects/native.js";
import { indexSize } from "../../objects/ops/convert.js";
import type { Gen } from "../../objects/suspend.js";
import { STOP } from "../../objects/suspend.js";
import { tuple } from "../../objects/tuple.js";
import type { Thread } from "../../vm/thread.js";
import { packInto, structError, unpackFrom } from "./codec.js";
import { structErrorType } from "./error.js";
import type { CompiledFormat } from "./format.js";
import { StructFormatError, compileFormat } from "./format.js";

/** Compiled formats by text (CPython keeps a cache of Struct objects for the module functions). */
const cache = new Map<string, CompiledFormat>();
const CACHE_LIMIT = 100;

/** The text of a format argument: str, or bytes read as ASCII. */
function formatText(v: PyValue): string {
  const s = strValue(v);
  if (s !== undefined) return s;
  if (v instanceof PyBytes) return String.fromCharCode(...v.bytes);
  throw typeError(`Struct() argument 1 must be a str or bytes object, not ${typeName(v)}`);
}

function compile(text: string): CompiledFormat {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let f: CompiledFormat;
  try {
    f = compileFormat(text);
  } catch (e) {
    if (e instanceof StructFormatError) throw structError(e.pyMessage);
    throw e;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, f);
  return f;
}

class PyStruct extends PyObject {
  fmt: CompiledFormat = { littleEndian: true, native: true, size: 0, nvalues: 0, codes: [] };
  text = "";
}

export const structType = defineBuiltinType("Struct", { alloc: (t) => new PyStruct(t) });
structType.ns.set("__module__", "_struct");

/** The result of iter_unpack (unpackiter_type). */
class PyUnpackIter extends SyncIterator {
  private pos = 0;
  constructor(
    readonly fmt: CompiledFormat,
    readonly buf: Uint8Array,
  ) {
    super(unpackIterType);
  }
  next(): PyValue {
    if (this.pos + this.fmt.size > this.buf.length) return STOP;
    const items = unpackFrom(this.fmt, this.buf, this.pos);
    this.pos += this.fmt.size;
    return tuple(items);
  }
  override lengthHint(): number {
    return Math.floor((this.buf.length - this.pos) / this.fmt.size);
  }
}

const unpackIterType: PyType = defineBuiltinType("unpack_iterator", { subclassable: false });
unpackIterType.ns.set("__module__", "_struct");
defineMethods(unpackIterType, {
  __iter__: (_t, self) => self,
  __next__: (_t, self) => {
    const v = (self as PyUnpackIter).next();
    if (v === STOP) throw stopIteration();
    return v;
  },
  __length_hint__: (_t, self) => (self as PyUnpackIter).lengthHint(),
});

function readable(v: PyValue): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray || v instanceof PyBufferExporter) return v.bytes;
  throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

function writable(v: PyValue): Uint8Array {
  if (v instanceof PyByteArray || v instanceof PyBufferExporter) return v.bytes;
  throw typeError(`argument must be read-write bytes-like object, not ${typeName(v)}`);
}

function* pack(t: Thread, f: CompiledFormat, values: PyValue[]): Gen<PyBytes> {
  if (values.length !== f.nvalues)
    throw structError(`pack expected ${f.nvalues} items for packing (got ${values.length})`);
  const buf = new Uint8Array(f.size);
  yield* packInto(t, f, values, buf, 0);
  return new PyBytes(buf);
}

/** s_pack_into: args are buffer, offset, values. */
function* packIntoArgs(t: Thread, f: CompiledFormat, args: PyValue[]): Gen<PyValue> {
  if (args.length !== f.nvalues + 2) {
    if (args.length === 0) throw structError("pack_into expected buffer argument");
    if (args.length === 1) throw structError("pack_into expected offset argument");
    throw structError(`pack_into expected ${f.nvalues} items for packing (got ${args.length - 2})`);
  }
  const buf = writable(args[0]!);
  let offset = yield* indexSize(t, args[1]!);
  if (offset < 0) {
    if (offset + f.size > 0) throw structError(`no space to pack ${f.size} bytes at offset ${offset}`);
    if (offset + buf.length < 0)
      throw structError(`offset ${offset} out of range for ${buf.length}-byte buffer`);
    offset += buf.length;
  }
  if (buf.length - offset < f.size)
    throw structError(
      `pack_into requires a buffer of at least ${f.size + offset} bytes for packing ${f.size} bytes at offset ${offset} (actual buffer size is ${buf.length})`,
    );
  // As s_pack_internal: the region is zeroed (pad bytes become zeros), then items are written in
  // place, so a failing item leaves the ones before it packed.
  buf.fill(0, offset, offset + f.size);
  yield* packInto(t, f, args.slice(2), buf, offset);
  return None;
}

function unpack(f: CompiledFormat, v: PyValue): PyValue {
  const buf = readable(v);
  if (buf.length !== f.size) throw structError(`unpack requires a buffer of ${f.size} bytes`);
  return tuple(unpackFrom(f, buf, 0));
}

function* unpackFromArgs(t: Thread, name: string, f: CompiledFormat, args: PyValue[], kw: Kw): Gen<PyValue> {
  const [b, o] = parseArgs(name, args, kw, ["buffer", "offset"], 1);
  const buf = readable(b!);
  let offset = o === undefined ? 0 : yield* indexSize(t, o);
  if (offset < 0) {
    if (offset + f.size > 0)
      throw structError(`not enough data to unpack ${f.size} bytes at offset ${offset}`);
    if (offset + buf.length < 0)
      throw structError(`offset ${offset} out of range for ${buf.length}-byte buffer`);
    offset += buf.length;
  }
  if (buf.length - offset < f.size)
    throw structError(
      `unpack_from requires a buffer of at least ${f.size + offset} bytes for unpacking ${f.size} bytes at offset ${offset} (actual buffer size is ${buf.length})`,
    );
  return tuple(unpackFrom(f, buf, offset));
}

function iterUnpack(f: CompiledFormat, v: PyValue): PyValue {
  const buf = readable(v);
  if (f.size === 0) throw structError("cannot iteratively unpack with a struct of length 0");
  if (buf.length % f.size !== 0)
    throw structError(`iterative unpacking requires a buffer of a multiple of ${f.size} bytes`);
  return new PyUnpackIter(f, buf.slice());
}

function noKw(name: string, kw: Kw): void {
  if (kw !== null && kw.length) throw typeError(`${name}() takes no keyword arguments`);
}

function exactArgs(name: string, args: PyValue[], kw: Kw, n: number): void {
  noKw(name, kw);
  if (args.length !== n) throw typeError(`${name} expected ${n} arguments, got ${args.length}`);
}

function self_(v: PyValue): PyStruct {
  if (v instanceof PyStruct) return v;
  throw typeError(`descriptor requires a '_struct.Struct' object but received '${typeName(v)}'`);
}

defineStatic(structType, {
  __new__: (_t, _s, args) => {
    const cls = args[0] as PyType;
    return cls.alloc(cls);
  },
});

defineMethods(structType, {
  __init__: (_t, self, args, kw) => {
    const [fmt] = parseArgs("Struct", args, kw, ["format"], 1);
    const s = self_(self);
    const text = formatText(fmt!);
    s.fmt = compile(text);
    s.text = text;
    return None;
  },
  pack: {
    gen: function* (t, self, args, kw) {
      noKw("pack", kw);
      return yield* pack(t, self_(self).fmt, args);
    },
  },
  pack_into: {
    gen: function* (t, self, args, kw) {
      noKw("pack_into", kw);
      return yield* packIntoArgs(t, self_(self).fmt, args);
    },
  },
  unpack: (_t, self, args, kw) => {
    noKw("unpack", kw);
    if (args.length !== 1)
      throw typeError(`Struct.unpack() takes exactly one argument (${args.length} given)`);
    return unpack(self_(self).fmt, args[0]!);
  },
  unpack_from: {
    gen: function* (t, self, args, kw) {
      return yield* unpackFromArgs(t, "unpack_from", self_(self).fmt, args, kw);
    },
  },
  iter_unpack: (_t, self, args, kw) => {
    noKw("iter_unpack", kw);
    if (args.length !== 1)
      throw typeError(`Struct.iter_unpack() takes exactly one argument (${args.length} given)`);
    return iterUnpack(self_(self).fmt, args[0]!);
  },
  __sizeof__: (_t, self) => 56 + 32 * (self_(self).fmt.codes.length + 1),
});

defineGetSets(structType, {
  format: { get: (_t, self) => self_(self).text },
  size: { get: (_t, self) => self_(self).fmt.size },
});

function functions(): Record<string, MethodSpec> {
  return {
    pack: {
      gen: function* (t, _s, args, kw) {
        noKw("pack", kw);
        if (args.length === 0) throw typeError("missing format argument");
        return yield* pack(t, compile(formatText(args[0]!)), args.slice(1));
      },
    },
    pack_into: {
      gen: function* (t, _s, args, kw) {
        noKw("pack_into", kw);
        if (args.length === 0) throw typeError("missing format argument");
        return yield* packIntoArgs(t, compile(formatText(args[0]!)), args.slice(1));
      },
    },
    unpack: (_t, _s, args, kw) => {
      exactArgs("unpack", args, kw, 2);
      return unpack(compile(formatText(args[0]!)), args[1]!);
    },
    unpack_from: {
      gen: function* (t, _s, args, kw) {
        const npos = args.length - (kw?.length ?? 0);
        if (npos < 1) throw typeError("unpack_from() missing required argument 'format' (pos 1)");
        const f = compile(formatText(args[0]!));
        return yield* unpackFromArgs(t, "unpack_from", f, args.slice(1), kw);
      },
    },
    iter_unpack: (_t, _s, args, kw) => {
      exactArgs("iter_unpack", args, kw, 2);
      return iterUnpack(compile(formatText(args[0]!)), args[1]!);
    },
    calcsize: (_t, _s, args, kw) => {
      noKw("calcsize", kw);
      if (args.length !== 1)
        throw typeError(`_struct.calcsize() takes exactly one argument (${args.length} given)`);
      return compile(formatText(args[0]!)).size;
    },
    _clearcache: (_t, _s, args, kw) => {
      exactArgs("_clearcache", args, kw, 0);
      cache.clear();
      return None;
    },
  };
}

export function makeStructModule(): PyModule {
  const m = new PyModule("_struct");
  const d = m.dict!;
  for (const [name, fn] of nativeFunctions("_struct", functions())) d.setStr(name, fn);
  d.setStr("Struct", structType);
  d.setStr("error", structErrorType);
  return m;
}
