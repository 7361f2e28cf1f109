/**
 * memoryview (Objects/memoryobject.c): a view on the buffer of a bytes or bytearray, with a
 * struct format per item. Views made here are one-dimensional with any step (slicing), or
 * C-contiguous with a shape (cast). Reads go to the exporter's current storage each time; a
 * bytearray refuses to resize while views on it are alive (not released).
 */
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { Ellipsis, None, PyObject, memoryviewType } from "./core.js";
import { PyBufferExporter } from "./buffer-exporter.js";
import { readBufferInt } from "./buffer-int.js";
import { bytesLike, hexImpl, registerBufferReader } from "./bytes-methods.js";
import { E, PyBaseException, indexError, newException, typeError, valueError } from "./exceptions.js";
import { PyFloat } from "./float.js";
import { intValue, parseArgs, strValue, typeName } from "./helpers.js";
import { PyListIter } from "./iterators.js";
import { PyList } from "./list.js";
import { PyByteArray, PyBytes, PySlice } from "./misc.js";
import { defineGetSets, defineMethods, defineStatic } from "./native.js";
import { hexAddress } from "./object-type.js";
import { CMP_DUNDER, EQ, NE } from "./ops/compare.js";
import { indexSize } from "./ops/convert.js";
import { bytesHash } from "./ops/hash.js";
import { toArray } from "./ops/iter.js";
import { sliceIndices } from "./slice-type.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";

interface ItemFormat {
  readonly size: number;
  read(d: DataView, at: number): PyValue;
  write(d: DataView, at: number, v: PyValue): void;
}

function intFormat(size: 1 | 2 | 4 | 8, signed: boolean): ItemFormat {
  const bits = BigInt(size * 8);
  const min = signed ? -(1n << (bits - 1n)) : 0n;
  const max = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  return {
    size,
    read: (d, at) => readBufferInt(d, at, size, signed),
    write(d, at, v) {
      const n = intValue(v);
      if (n === undefined || typeof v === "boolean") throw invalidType(formatNameOf(this));
      const b = BigInt(n);
      if (b < min || b > max)
        throw valueError(`memoryview: invalid value for format '${formatNameOf(this)}'`);
      switch (size) {
        case 1:
          if (signed) d.setInt8(at, Number(b));
          else d.setUint8(at, Number(b));
          return;
        case 2:
          if (signed) d.setInt16(at, Number(b), true);
          else d.setUint16(at, Number(b), true);
          return;
        case 4:
          if (signed) d.setInt32(at, Number(b), true);
          else d.setUint32(at, Number(b), true);
          return;
        default:
          if (signed) d.setBigInt64(at, b, true);
          else d.setBigUint64(at, b, true);
      }
    },
  };
}

function invalidType(fmt: string): PyBaseException {
  return typeError(`memoryview: invalid type for format '${fmt}'`);
}

const FORMATS = new Map<string, ItemFormat>([
  ["b", intFormat(1, true)],
  ["B", intFormat(1, false)],
  ["h", intFormat(2, true)],
  ["H", intFormat(2, false)],
  ["i", intFormat(4, true)],
  ["I", intFormat(4, false)],
  ["l", intFormat(8, true)],
  ["L", intFormat(8, false)],
  ["q", intFormat(8, true)],
  ["Q", intFormat(8, false)],
  ["n", intFormat(8, true)],
  ["N", intFormat(8, false)],
  ["P", intFormat(8, false)],
  [
    "c",
    {
      size: 1,
      read: (d, at) => new PyBytes(new Uint8Array([d.getUint8(at)])),
      write(d, at, v) {
        const b = v instanceof PyBytes ? v.bytes : undefined;
        if (b === undefined) throw invalidType("c");
        if (b.length !== 1) throw valueError("memoryview: invalid value for format 'c'");
        d.setUint8(at, b[0]!);
      },
    },
  ],
  [
    "?",
    {
      size: 1,
      read: (d, at) => d.getUint8(at) !== 0,
      write(d, at, v) {
        if (typeof v !== "boolean") throw invalidType("?");
        d.setUint8(at, v ? 1 : 0);
      },
    },
  ],
  [
    "f",
    {
      size: 4,
      read: (d, at) => new PyFloat(d.getFloat32(at, true)),
      write(d, at, v) {
        d.setFloat32(at, floatArg(v, "f"), true);
      },
    },
  ],
  [
    "d",
    {
      size: 8,
      read: (d, at) => new PyFloat(d.getFloat64(at, true)),
      write(d, at, v) {
        d.setFloat64(at, floatArg(v, "d"), true);
      },
    },
  ],
]);

const FORMAT_NAMES = new Map<ItemFormat, string>([...FORMATS].map(([k, v]) => [v, k]));

function formatNameOf(f: ItemFormat): string {
  return FORMAT_NAMES.get(f) ?? "B";
}

function floatArg(v: PyValue, fmt: string): number {
  if (v instanceof PyFloat) return v.value;
  const n = intValue(v);
  if (n !== undefined && typeof v !== "boolean") return Number(n);
  throw invalidType(fmt);
}

/** A format string memoryview accepts: one native item code, optionally after '@'. */
function parseFormat(fmt: string): ItemFormat | undefined {
  const code = fmt.startsWith("@") ? fmt.slice(1) : fmt;
  return code.length === 1 ? FORMATS.get(code) : undefined;
}

export class PyMemoryView extends PyObject {
  released = false;
  constructor(
    /** The exporting object (bytes, bytearray, or another buffer exporter such as array). */
    readonly obj: PyBytes | PyByteArray | PyBufferExporter,
    /** Byte offset of the first item. */
    readonly offset: number,
    readonly format: string,
    readonly itemsize: number,
    readonly shape: readonly number[],
    /** Byte distance between items along each dimension. */
    readonly strides: readonly number[],
    readonly readonly: boolean,
    type: PyType = memoryviewType,
  ) {
    super(type);
    if (obj instanceof PyByteArray || obj instanceof PyBufferExporter) obj.exports++;
    if (obj instanceof PyBufferExporter) obj.views.add(this);
  }

  get item(): ItemFormat {
    const f = parseFormat(this.format);
    // Formats an exporter may have that items cannot be read as ('w' of array('u')).
    if (f === undefined)
      throw newException(E.NotImplementedError, `memoryview: format ${this.format} not supported`);
    return f;
  }

  get nbytes(): number {
    return this.shape.reduce((a, b) => a * b, 1) * this.itemsize;
  }

  get length(): number {
    return this.shape.length === 0 ? 1 : this.shape[0]!;
  }

  /** Is the view C-contiguous (items back to back in row-major order)? */
  get contiguous(): boolean {
    let expect = this.itemsize;
    for (let d = this.shape.length - 1; d >= 0; d--) {
      if (this.shape[d]! > 1 && this.strides[d] !== expect) return false;
      expect *= this.shape[d]!;
    }
    return true;
  }

  check(): void {
    if (this.released) throw valueError("operation forbidden on released memoryview object");
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.obj instanceof PyByteArray || this.obj instanceof PyBufferExporter) this.obj.exports--;
    if (this.obj instanceof PyBufferExporter) this.obj.views.delete(this);
  }

  /** The exporter's storage now. */
  data(): Uint8Array {
    return this.obj.bytes;
  }

  /** The viewed bytes in logical (C) order. */
  toBytes(): Uint8Array {
    const src = this.data();
    if (this.contiguous) return src.slice(this.offset, this.offset + this.nbytes);
    const out = new Uint8Array(this.nbytes);
    let at = 0;
    const walk = (dim: number, base: number): void => {
      if (dim === this.shape.length) {
        out.set(src.subarray(base, base + this.itemsize), at);
        at += this.itemsize;
        return;
      }
      for (let i = 0; i < this.shape[dim]!; i++) walk(dim + 1, base + i * this.strides[dim]!);
    };
    walk(0, this.offset);
    return out;
  }

  dataView(): DataView {
    const d = this.data();
    return new DataView(d.buffer, d.byteOffset, d.byteLength);
  }

  readAt(byteOffset: number): PyValue {
    return this.item.read(this.dataView(), byteOffset);
  }

  toList(): PyValue {
    const dv = this.dataView();
    const item = this.item;
    const walk = (dim: number, base: number): PyValue => {
      if (dim === this.shape.length) return item.read(dv, base);
      const out: PyValue[] = [];
      for (let i = 0; i < this.shape[dim]!; i++) out.push(walk(dim + 1, base + i * this.strides[dim]!));
      return new PyList(out);
    };
    return walk(0, this.offset);
  }
}

function mv(self: PyValue): PyMemoryView {
  if (self instanceof PyMemoryView) return self;
  throw typeError(`descriptor requires a 'memoryview' object but received a '${typeName(self)}'`);
}

/** memoryview(obj): a view on a bytes-like object. */
export function memoryviewOf(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    obj.check();
    return new PyMemoryView(
      obj.obj,
      obj.offset,
      obj.format,
      obj.itemsize,
      obj.shape,
      obj.strides,
      obj.readonly,
    );
  }
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, "B", 1, [obj.bytes.length], [1], true);
  if (obj instanceof PyByteArray) return new PyMemoryView(obj, 0, "B", 1, [obj.bytes.length], [1], false);
  if (obj instanceof PyBufferExporter) {
    const size = obj.bufferItemsize;
    return new PyMemoryView(obj, 0, obj.bufferFormat, size, [obj.bytes.length / size], [size], false);
  }
  throw typeError(`memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
}

function* itemOffset(t: Thread, m: PyMemoryView, k: PyValue): Gen<number> {
  if (m.shape.length === 0) throw typeError("invalid indexing of 0-dim memory");
  if (m.shape.length > 1)
    throw newException(E.NotImplementedError, "multi-dimensional sub-views are not implemented");
  if (intValue(k) === undefined && !(typeof k === "object" && k.type.lookup("__index__") !== null))
    throw typeError("memoryview: invalid slice key");
  let i = yield* indexSize(t, k);
  const n = m.shape[0]!;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError("index out of bounds on dimension 1");
  return m.offset + i * m.strides[0]!;
}

function* sliceView(t: Thread, m: PyMemoryView, k: PySlice): Gen<PyMemoryView> {
  if (m.shape.length !== 1)
    throw newException(E.NotImplementedError, "multi-dimensional slicing is not implemented");
  const r = yield* sliceIndices(t, k, m.shape[0]!);
  return new PyMemoryView(
    m.obj,
    m.offset + r.start * m.strides[0]!,
    m.format,
    m.itemsize,
    [r.length],
    [r.step * m.strides[0]!],
    m.readonly,
  );
}

/** memory_richcompare for == (item values compared as unpacked, shapes equal). */
function equal(a: PyMemoryView, other: PyValue): boolean {
  if (a.released) return other === a;
  if (parseFormat(a.format) === undefined) return false;
  if (other instanceof PyMemoryView && parseFormat(other.format) === undefined) return false;
  let bList: PyValue;
  if (other instanceof PyMemoryView) {
    if (other.released) return false;
    bList = other.toList();
    if (JSON.stringify(other.shape) !== JSON.stringify(a.shape)) return false;
  } else {
    const b = bytesLike(other);
    if (b === undefined) return false;
    if (a.format !== "B" && a.format !== "b" && a.format !== "c") {
      return false;
    }
    if (a.nbytes !== b.length) return false;
    return a.toBytes().every((x, i) => x === b[i]);
  }
  const aList = a.toList();
  return sameItems(aList, bList);
}

function sameItems(x: PyValue, y: PyValue): boolean {
  if (x instanceof PyList && y instanceof PyList) {
    return x.items.length === y.items.length && x.items.every((v, i) => sameItems(v, y.items[i]!));
  }
  if (x instanceof PyFloat || y instanceof PyFloat) {
    const a = x instanceof PyFloat ? x.value : Number(intValue(x) ?? NaN);
    const b = y instanceof PyFloat ? y.value : Number(intValue(y) ?? NaN);
    return a === b;
  }
  if (x instanceof PyBytes && y instanceof PyBytes) return x.bytes[0] === y.bytes[0];
  if (typeof x === "boolean" || typeof y === "boolean") return Number(x) === Number(y);
  return x === y || (intValue(x) !== undefined && intValue(x) === intValue(y));
}

export function initMemoryviewType(): void {
  registerBufferReader((v) => {
    if (!(v instanceof PyMemoryView)) return undefined;
    v.check();
    return v.toBytes();
  });
  defineStatic(memoryviewType, {
    __new__: (_t, _self, args, kw) => {
      const [obj] = parseArgs("memoryview", args.slice(1), kw, ["object"], 1);
      return memoryviewOf(obj!);
    },
  });
  defineMethods(memoryviewType, {
    __repr__: (_t, self) => {
      const m = mv(self);
      return `<${m.released ? "released " : ""}memory at ${hexAddress(m)}>`;
    },
    __len__: (_t, self) => {
      const m = mv(self);
      m.check();
      return m.length;
    },
    __getitem__: {
      gen: function* (t, self, args) {
        const m = mv(self);
        m.check();
        const k = args[0]!;
        if (k instanceof PySlice) return yield* sliceView(t, m, k);
        if (k === Ellipsis) return m;
        return m.readAt(yield* itemOffset(t, m, k));
      },
    },
    __setitem__: {
      gen: function* (t, self, args) {
        const m = mv(self);
        m.check();
        if (m.readonly) throw typeError("cannot modify read-only memory");
        const [k, v] = [args[0]!, args[1]!];
        if (k instanceof PySlice) {
          const dst = yield* sliceView(t, m, k);
          const src =
            v instanceof PyMemoryView ? v : bytesLike(v) !== undefined ? memoryviewOf(v) : undefined;
          if (src === undefined) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
          if (src.format !== dst.format || src.length !== dst.length)
            throw valueError("memoryview assignment: lvalue and rvalue have different structures");
          const bytes = src.toBytes();
          const target = dst.data();
          for (let i = 0; i < dst.length; i++) {
            target.set(
              bytes.subarray(i * dst.itemsize, (i + 1) * dst.itemsize),
              dst.offset + i * dst.strides[0]!,
            );
          }
          // The views made here are internal: they must not keep the exporter pinned.
          dst.release();
          if (src !== v) src.release();
          return None;
        }
        const at = yield* itemOffset(t, m, k);
        m.item.write(m.dataView(), at, v);
        return None;
      },
    },
    __delitem__: () => {
      throw typeError("cannot delete memory");
    },
    __iter__: (_t, self) => {
      const m = mv(self);
      m.check();
      if (m.shape.length !== 1)
        throw newException(E.NotImplementedError, "multi-dimensional sub-views are not implemented");
      return new PyListIter(m.toList() as PyList);
    },
    __hash__: (_t, self) => {
      const m = mv(self);
      m.check();
      if (!m.readonly) throw valueError("cannot hash writable memoryview object");
      if (m.format !== "B" && m.format !== "b" && m.format !== "c")
        throw valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
      return bytesHash(m.toBytes());
    },
    __enter__: (_t, self) => {
      mv(self).check();
      return self;
    },
    __exit__: (_t, self) => {
      mv(self).release();
      return None;
    },
    release: (_t, self) => {
      mv(self).release();
      return None;
    },
    tobytes: (_t, self, args, kw) => {
      parseArgs("tobytes", args, kw, ["order"], 0);
      const m = mv(self);
      m.check();
      return new PyBytes(m.toBytes());
    },
    tolist: (_t, self) => {
      const m = mv(self);
      m.check();
      return m.toList();
    },
    toreadonly: (_t, self) => {
      const m = mv(self);
      m.check();
      return new PyMemoryView(m.obj, m.offset, m.format, m.itemsize, m.shape, m.strides, true);
    },
    hex: {
      gen: function* (t, self, args, kw) {
        const m = mv(self);
        m.check();
        return yield* hexImpl(t, m.toBytes(), args, kw);
      },
    },
    cast: {
      gen: function* (t, self, args, kw) {
        const [fmtV, shapeV] = parseArgs("cast", args, kw, ["format", "shape"], 1);
        const m = mv(self);
        m.check();
        const fmt = strValue(fmtV!);
        if (fmt === undefined) throw typeError(`memoryview: format argument must be a string`);
        const item = parseFormat(fmt);
        if (item === undefined)
          throw valueError(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
          );
        if (!m.contiguous) throw typeError("memoryview: casts are restricted to C-contiguous views");
        const isByte = (f: string): boolean => f === "B" || f === "b" || f === "c";
        const code = fmt.startsWith("@") ? fmt.slice(1) : fmt;
        if (!isByte(m.format) && !isByte(code))
          throw typeError("memoryview: cannot cast between two non-byte formats");
        const nbytes = m.nbytes;
        let shape: number[];
        if (shapeV === undefined || shapeV === None) {
          if (nbytes % item.size !== 0) throw typeError("memoryview: length is not a multiple of itemsize");
          shape = [nbytes / item.size];
        } else {
          const dims = yield* toArray(t, shapeV);
          shape = [];
          for (const d of dims) shape.push(yield* indexSize(t, d));
          if (shape.reduce((a, b) => a * b, 1) * item.size !== nbytes)
            throw typeError("memoryview: product(shape) * itemsize != buffer size");
        }
        const strides: number[] = new Array<number>(shape.length);
        let s = item.size;
        for (let d = shape.length - 1; d >= 0; d--) {
          strides[d] = s;
          s *= shape[d]!;
        }
        return new PyMemoryView(m.obj, m.offset, code, item.size, shape, strides, m.readonly);
      },
    },
    [CMP_DUNDER[EQ]!]: (_t, self, args) => equal(mv(self), args[0]!),
    [CMP_DUNDER[NE]!]: (_t, self, args) => !equal(mv(self), args[0]!),
  });
  const getset = (f: (m: PyMemoryView) => PyValue): { get: (t: Thread, self: PyValue) => PyValue } => ({
    get: (_t, self) => {
      const m = mv(self);
      m.check();
      return f(m);
    },
  });
  defineGetSets(memoryviewType, {
    obj: getset((m) => m.obj),
    nbytes: getset((m) => m.nbytes),
    readonly: getset((m) => m.readonly),
    itemsize: getset((m) => m.itemsize),
    format: getset((m) => m.format),
    ndim: getset((m) => m.shape.length),
    shape: getset((m) => new PyTuple([...m.shape])),
    strides: getset((m) => new PyTuple([...m.strides])),
    suboffsets: getset(() => new PyTuple([])),
    c_contiguous: getset((m) => m.contiguous),
    f_contiguous: getset((m) => m.contiguous && m.shape.filter((d) => d > 1).length <= 1),
    contiguous: getset((m) => m.contiguous),
  });
}
