/** `bytes` and `bytearray` (Objects/bytesobject.c, bytearrayobject.c): the common methods. */
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { None, NotImplemented, bytearrayType, bytesType, typeOf } from "./core.js";
import { decodeBytes, encodeStr } from "./codecs.js";
import { indexError, typeError, valueError } from "./exceptions.js";
import { intValue, parseArgs, strValue, typeName } from "./helpers.js";
import { PyBytesIter } from "./iterators.js";
import { PyList } from "./list.js";
import { PyByteArray, PyBytes, PySlice } from "./misc.js";
import { defineClassMethods, defineMethods, defineStatic } from "./native.js";
import { callMethod } from "./ops/call.js";
import { CMP_DUNDER, EQ, GE, GT, LE, LT, NE } from "./ops/compare.js";
import { indexOf, indexSize } from "./ops/convert.js";
import { bytesHash } from "./ops/hash.js";
import { toArray } from "./ops/iter.js";
import { bytesRepr } from "./repr/str.js";
import { sliceIndices } from "./slice-type.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";

type AnyBytes = PyBytes | PyByteArray;

function bv(self: PyValue): Uint8Array {
  if (self instanceof PyBytes || self instanceof PyByteArray) return self.bytes;
  throw typeError(`descriptor requires a 'bytes' object but received a '${typeName(self)}'`);
}

/** The bytes of a bytes-like argument, or undefined. */
export function bytesLike(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.bytes;
  return undefined;
}

function make(like: PyValue, b: Uint8Array): AnyBytes {
  return like instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
}

/** bytes(x) / bytearray(x) contents. */
function* fromSource(
  t: Thread,
  src: PyValue | undefined,
  encoding: PyValue | undefined,
  errors: PyValue | undefined,
  name: string,
): Gen<Uint8Array> {
  if (src === undefined) return new Uint8Array(0);
  const s = strValue(src);
  if (s !== undefined) {
    if (encoding === undefined)
      throw typeError(
        name === "bytes" ? "string argument without an encoding" : "string argument without an encoding",
      );
    return encodeStr(
      s,
      strValue(encoding) ?? "utf-8",
      errors === undefined ? "strict" : (strValue(errors) ?? "strict"),
    );
  }
  if (encoding !== undefined) throw typeError("encoding without a string argument");
  const b = bytesLike(src);
  if (b !== undefined) return b.slice();
  const n = intValue(src);
  if (n !== undefined) {
    if (n < 0) throw valueError("negative count");
    return new Uint8Array(Number(n));
  }
  if (typeOf(src).lookup("__index__") !== null) {
    const k = yield* indexSize(t, src);
    if (k < 0) throw valueError("negative count");
    return new Uint8Array(k);
  }
  const items = yield* toArray(t, src);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = yield* indexOf(t, items[i]!);
    if (v < 0 || v > 255) throw valueError(`${name === "bytes" ? "bytes" : "byte"} must be in range(0, 256)`);

    out[i] = Number(v);
  }
  return out;
}

function find(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function argBytes(v: PyValue, what = "a bytes-like object is required"): Uint8Array {
  const b = bytesLike(v);
  if (b !== undefined) return b;
  const n = intValue(v);
  if (n !== undefined && n >= 0 && n < 256) return new Uint8Array([Number(n)]);
  throw typeError(`${what}, not '${typeName(v)}'`);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);

function common(): Record<string, Parameters<typeof defineMethods>[1][string]> {
  const m: Record<string, Parameters<typeof defineMethods>[1][string]> = {
    __len__: (_t, self) => bv(self).length,
    __iter__: (_t, self) => new PyBytesIter(bv(self)),
    __getitem__: {
      gen: function* (t, self, args) {
        const b = bv(self);
        const k = args[0]!;
        if (k instanceof PySlice) {
          const r = yield* sliceIndices(t, k, b.length);
          const out = new Uint8Array(r.length);
          for (let i = 0, j = r.start; i < r.length; i++, j += r.step) out[i] = b[j]!;
          return make(self, out);
        }
        let i = yield* indexSize(t, k);
        if (i < 0) i += b.length;
        if (i < 0 || i >= b.length)
          throw indexError(`${self instanceof PyByteArray ? "bytearray" : "index"} index out of range`);
        return b[i]!;
      },
    },
    __contains__: (_t, self, args) => {
      const x = args[0]!;
      const n = intValue(x);
      if (n !== undefined) {
        if (n < 0 || n > 255) throw valueError("byte must be in range(0, 256)");
        return bv(self).includes(Number(n));
      }
      return find(bv(self), argBytes(x)) >= 0;
    },
    __add__: (_t, self, args) => {
      const o = bytesLike(args[0]!);
      if (o === undefined) return NotImplemented;

      const a = bv(self);
      const out = new Uint8Array(a.length + o.length);
      out.set(a);
      out.set(o, a.length);
      return make(self, out);
    },
    __mul__: (_t, self, args) => {
      const n = intValue(args[0]!);
      if (n === undefined) return NotImplemented;
      const a = bv(self);
      const k = Math.max(0, Number(n));
      const out = new Uint8Array(a.length * k);
      for (let i = 0; i < k; i++) out.set(a, i * a.length);
      return make(self, out);
    },
    decode: (_t, self, args, kw) => {
      const [enc, errs] = parseArgs("decode", args, kw, ["encoding", "errors"], 0);
      return decodeBytes(
        bv(self),
        enc === undefined ? "utf-8" : (strValue(enc) ?? "utf-8"),
        errs === undefined ? "strict" : (strValue(errs) ?? "strict"),
      );
    },
    hex: (_t, self, args) => {
      const sep = args[0] === undefined ? "" : (strValue(args[0]) ?? "");
      return [...bv(self)].map((x) => x.toString(16).padStart(2, "0")).join(sep);
    },
    find: (_t, self, args) => find(bv(self), argBytes(args[0]!), Number(intValue(args[1] ?? 0) ?? 0)),
    index: (_t, self, args) => {
      const r = find(bv(self), argBytes(args[0]!), Number(intValue(args[1] ?? 0) ?? 0));
      if (r < 0) throw valueError("subsection not found");
      return r;
    },
    count: (_t, self, args) => {
      const hay = bv(self);
      const needle = argBytes(args[0]!);
      if (needle.length === 0) return hay.length + 1;
      let n = 0;
      for (let i = find(hay, needle); i >= 0; i = find(hay, needle, i + needle.length)) n++;
      return n;
    },
    startswith: (_t, self, args) => {
      const b = bv(self);
      const ps = args[0] instanceof PyTuple ? args[0].items : [args[0]!];
      return ps.some((p) => {
        const pb = argBytes(p);
        return pb.length <= b.length && pb.every((x, i) => b[i] === x);
      });
    },
    endswith: (_t, self, args) => {
      const b = bv(self);
      const ps = args[0] instanceof PyTuple ? args[0].items : [args[0]!];
      return ps.some((p) => {
        const pb = argBytes(p);
        return pb.length <= b.length && pb.every((x, i) => b[b.length - pb.length + i] === x);
      });
    },
    join: {
      gen: function* (t, self, args) {
        const sep = bv(self);
        const items = yield* toArray(t, args[0]!);
        const parts: number[] = [];
        items.forEach((it, i) => {
          const b = bytesLike(it);
          if (b === undefined)
            throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(it)} found`);
          if (i > 0) parts.push(...sep);
          parts.push(...b);
        });
        return make(self, new Uint8Array(parts));
      },
    },
    split: (_t, self, args) => {
      const b = bv(self);
      const out: PyValue[] = [];
      if (args[0] === undefined || args[0] === None) {
        let i = 0;
        while (i < b.length) {
          while (i < b.length && WS.has(b[i]!)) i++;
          if (i >= b.length) break;
          let j = i;
          while (j < b.length && !WS.has(b[j]!)) j++;
          out.push(make(self, b.slice(i, j)));
          i = j;
        }
        return new PyList(out);
      }
      const sep = argBytes(args[0]);
      if (sep.length === 0) throw valueError("empty separator");
      let start = 0;
      for (let i = find(b, sep); i >= 0; i = find(b, sep, start)) {
        out.push(make(self, b.slice(start, i)));
        start = i + sep.length;
      }
      out.push(make(self, b.slice(start)));
      return new PyList(out);
    },
    strip: (_t, self, args) => {
      const b = bv(self);
      const chars = args[0] === undefined || args[0] === None ? WS : new Set(argBytes(args[0]));
      let a = 0;
      let e = b.length;
      while (a < e && chars.has(b[a]!)) a++;
      while (e > a && chars.has(b[e - 1]!)) e--;
      return make(self, b.slice(a, e));
    },
    replace: (_t, self, args) => {
      const b = bv(self);
      const old = argBytes(args[0]!);
      const nw = argBytes(args[1]!);
      const out: number[] = [];
      let i = 0;
      while (i < b.length) {
        if (old.length > 0 && find(b, old, i) === i) {
          out.push(...nw);
          i += old.length;
        } else out.push(b[i++]!);
      }
      return make(self, new Uint8Array(out));
    },
    upper: (_t, self) =>
      make(
        self,
        bv(self).map((x) => (x >= 97 && x <= 122 ? x - 32 : x)),
      ),
    lower: (_t, self) =>
      make(
        self,
        bv(self).map((x) => (x >= 65 && x <= 90 ? x + 32 : x)),
      ),
    isdigit: (_t, self) => bv(self).length > 0 && bv(self).every((x) => x >= 48 && x <= 57),
    isalpha: (_t, self) => bv(self).length > 0 && bv(self).every((x) => (x | 32) >= 97 && (x | 32) <= 122),
    isspace: (_t, self) => bv(self).length > 0 && bv(self).every((x) => WS.has(x)),
  };
  const cmp = (op: number) => (_t: Thread, self: PyValue, args: PyValue[]) => {
    const o = bytesLike(args[0]!);
    if (o === undefined) return NotImplemented;
    const c = compareBytes(bv(self), o);
    return op === LT
      ? c < 0
      : op === LE
        ? c <= 0
        : op === EQ
          ? c === 0
          : op === NE
            ? c !== 0
            : op === GT
              ? c > 0
              : c >= 0;
  };
  [LT, LE, EQ, NE, GT, GE].forEach((op) => (m[CMP_DUNDER[op]!] = cmp(op)));
  return m;
}

export function initBytesTypes(): void {
  defineStatic(bytesType, {
    __new__: {
      gen: function* (t, _self, args, kw) {
        const cls = args[0] as PyType;
        const [src, enc, errs] = parseArgs("bytes", args.slice(1), kw, ["source", "encoding", "errors"], 0);
        if (
          src !== undefined &&
          src instanceof PyBytes &&
          src.type === bytesType &&
          cls === bytesType &&
          enc === undefined
        )
          return src;
        if (
          src !== undefined &&
          enc === undefined &&
          bytesLike(src) === undefined &&
          typeof src !== "string"
        ) {
          const m = typeOf(src).lookup("__bytes__");
          if (m !== null) {
            return yield* callMethod(t, m, src, []);
          }
        }
        return new PyBytes(yield* fromSource(t, src, enc, errs, "bytes"), cls);
      },
    },
  });
  defineMethods(bytesType, {
    ...common(),
    __repr__: (_t, self) => bytesRepr(bv(self)),
    __hash__: (_t, self) => bytesHash(bv(self)),
    __getnewargs__: (_t, self) => new PyTuple([new PyBytes(bv(self))]),
  });
  defineClassMethods(bytesType, {
    fromhex: (_t, cls, args) => {
      const s = (strValue(args[0]!) ?? "").replace(/\s+/g, "");
      if (s.length % 2 || /[^0-9a-fA-F]/.test(s))
        throw valueError("non-hexadecimal number found in fromhex() arg at position 0");
      const out = new Uint8Array(s.length / 2);
      for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
      return new PyBytes(out, cls as PyType);
    },
  });
  defineStatic(bytearrayType, {
    __new__: (_t, _self, args) => new PyByteArray(new Uint8Array(0), args[0] as PyType),
  });
  defineMethods(bytearrayType, {
    ...common(),
    __init__: {
      gen: function* (t, self, args, kw) {
        const [src, enc, errs] = parseArgs("bytearray", args, kw, ["source", "encoding", "errors"], 0);
        (self as PyByteArray).bytes = yield* fromSource(t, src, enc, errs, "bytearray");
        return None;
      },
    },
    __repr__: (_t, self) => `bytearray(${bytesRepr(bv(self))})`,
    append: {
      gen: function* (t, self, args) {
        const v = yield* indexOf(t, args[0]!);
        if (v < 0 || v > 255) throw valueError("byte must be in range(0, 256)");
        const a = self as PyByteArray;
        const out = new Uint8Array(a.bytes.length + 1);
        out.set(a.bytes);
        out[a.bytes.length] = Number(v);
        a.bytes = out;
        return None;
      },
    },
    extend: {
      gen: function* (t, self, args) {
        const add = yield* fromSource(t, args[0]!, undefined, undefined, "bytearray");
        const a = self as PyByteArray;
        const out = new Uint8Array(a.bytes.length + add.length);
        out.set(a.bytes);
        out.set(add, a.bytes.length);
        a.bytes = out;
        return None;
      },
    },
    __setitem__: {
      gen: function* (t, self, args) {
        const a = self as PyByteArray;
        let i = yield* indexSize(t, args[0]!);
        if (i < 0) i += a.bytes.length;
        if (i < 0 || i >= a.bytes.length) throw indexError("bytearray index out of range");
        const v = yield* indexOf(t, args[1]!);
        if (v < 0 || v > 255) throw valueError("byte must be in range(0, 256)");
        a.bytes[i] = Number(v);
        return None;
      },
    },
  });
  bytearrayType.ns.set("__hash__", None);
}
