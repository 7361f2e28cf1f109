/**
 * The methods bytes and bytearray share (Objects/bytes_methods.c and the stringlib templates
 * both types instantiate): searching, splitting, padding, case mapping, classification, hex,
 * translate. Results are exact bytes for bytes (and its subclasses) and bytearray for
 * bytearray; arguments may be any bytes-like object (bytes, bytearray, memoryview).
 */
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "./core.js";
import { None, bytearrayType, typeOf } from "./core.js";
import { indexError, typeError, valueError } from "./exceptions.js";
import { intValue, parseArgs, strValue, typeName } from "./helpers.js";
import { PyBufferExporter } from "./buffer-exporter.js";
import { PyList } from "./list.js";
import { PyByteArray, PyBytes, PySlice } from "./misc.js";
import type { Kw, MethodSpec } from "./native.js";
import { indexOf, indexSize } from "./ops/convert.js";
import { toArray } from "./ops/iter.js";
import { sliceIndices } from "./slice-type.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";

/** Other bytes-like objects (memoryview) register how to read their contents here. */
const extraBuffers: ((v: PyValue) => Uint8Array | undefined)[] = [];

export function registerBufferReader(read: (v: PyValue) => Uint8Array | undefined): void {
  extraBuffers.push(read);
}

/** The contents of a bytes-like object (the buffer protocol, C-contiguous), or undefined. */
export function bytesLike(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes || v instanceof PyByteArray || v instanceof PyBufferExporter) return v.bytes;
  if (typeof v !== "object") return undefined;
  for (const read of extraBuffers) {
    const b = read(v);
    if (b !== undefined) return b;
  }
  return undefined;
}

/** The contents of self (a bytes or bytearray). */
export function bv(self: PyValue): Uint8Array {
  if (self instanceof PyBytes || self instanceof PyByteArray) return self.bytes;
  throw typeError(`descriptor requires a 'bytes' object but received a '${typeName(self)}'`);
}

/** A result of self's kind: bytearray for a bytearray, exact bytes otherwise. */
export function make(like: PyValue, b: Uint8Array): PyBytes | PyByteArray {
  return like instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
}

function kindName(self: PyValue): string {
  return self instanceof PyByteArray ? "bytearray" : "bytes";
}

/** A bytes-like argument, else TypeError "a bytes-like object is required, not 'X'". */
export function needBuffer(v: PyValue): Uint8Array {
  const b = bytesLike(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

// ---- searching ----

/** Index of needle in hay[from, to), or -1. */
export function findBytes(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
  const n = needle.length;
  if (n === 0) return from <= to ? from : -1;
  const first = needle[0]!;
  outer: for (let i = from; i + n <= to; i++) {
    if (hay[i] !== first) continue;
    for (let j = 1; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Last index of needle in hay[from, to), or -1. */
function rfindBytes(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const n = needle.length;
  if (n === 0) return from <= to ? to : -1;
  outer: for (let i = to - n; i >= from; i--) {
    for (let j = 0; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function countBytes(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  if (from > to) return 0;
  if (needle.length === 0) return to - from + 1;
  let n = 0;
  for (let i = findBytes(hay, needle, from, to); i >= 0; i = findBytes(hay, needle, i + needle.length, to))
    n++;
  return n;
}

/** The sub argument of find/count/index: a bytes-like object or a byte value. */
function subArg(v: PyValue): Uint8Array {
  const b = bytesLike(v);
  if (b !== undefined) return b;
  const n = intValue(v);
  if (n !== undefined) {
    if (n < 0 || n > 255) throw valueError("byte must be in range(0, 256)");
    return new Uint8Array([Number(n)]);
  }
  throw typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
}

/**
 * start/end arguments with slice semantics (None allowed, __index__), as
 * stringlib_parse_args_finds and ADJUST_INDICES give them: clamped to [0, len].
 */
function* range2(
  t: Thread,
  len: number,
  startV: PyValue | undefined,
  endV: PyValue | undefined,
): Gen<[number, number]> {
  let start = startV === undefined || startV === None ? 0 : yield* indexSize(t, startV);
  let end = endV === undefined || endV === None ? len : yield* indexSize(t, endV);
  if (end > len) end = len;
  else if (end < 0) end = Math.max(0, end + len);
  if (start < 0) start = Math.max(0, start + len);
  return [start, end];
}

type FindKind = "find" | "rfind" | "index" | "rindex" | "count";

function* findLike(t: Thread, self: PyValue, args: PyValue[], kw: Kw, name: FindKind): Gen<PyValue> {
  if (kw !== null && kw.length > 0) throw typeError(`${kindName(self)}.${name}() takes no keyword arguments`);
  if (args.length < 1) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length > 3) throw typeError(`${name} expected at most 3 arguments, got ${args.length}`);
  const hay = bv(self);
  const sub = subArg(args[0]!);
  const [start, end] = yield* range2(t, hay.length, args[1], args[2]);
  if (name === "count") return countBytes(hay, sub, start, end);
  let r = -1;
  if (start <= end && start <= hay.length) {
    r =
      name === "find" || name === "index"
        ? findBytes(hay, sub, start, end)
        : rfindBytes(hay, sub, start, end);
  }
  if (r < 0 && (name === "index" || name === "rindex")) throw valueError("subsection not found");
  return r;
}

function* startsEnds(
  t: Thread,
  self: PyValue,
  args: PyValue[],
  kw: Kw,
  name: "startswith" | "endswith",
): Gen<PyValue> {
  if (kw !== null && kw.length > 0) throw typeError(`${kindName(self)}.${name}() takes no keyword arguments`);
  if (args.length < 1) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length > 3) throw typeError(`${name} expected at most 3 arguments, got ${args.length}`);
  const b = bv(self);
  const [start, end] = yield* range2(t, b.length, args[1], args[2]);
  const arg = args[0]!;
  const candidates = arg instanceof PyTuple ? arg.items : [arg];
  for (const c of candidates) {
    const p = bytesLike(c);
    if (p === undefined) {
      if (arg instanceof PyTuple) throw typeError(`a bytes-like object is required, not '${typeName(c)}'`);
      throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(c)}`);
    }
    if (end - start < p.length || start > b.length) continue;
    const at = name === "startswith" ? start : end - p.length;
    let ok = true;
    for (let i = 0; i < p.length; i++) {
      if (b[at + i] !== p[i]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

// ---- splitting and stripping ----

/** ASCII whitespace as bytes methods see it (Py_ISSPACE). */
export function isSpaceByte(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function splitWs(b: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  const n = b.length;
  while (i < n) {
    while (i < n && isSpaceByte(b[i]!)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      // The rest, trailing whitespace included.
      out.push(b.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceByte(b[j]!)) j++;
    out.push(b.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWs(b: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = b.length;
  while (i > 0) {
    while (i > 0 && isSpaceByte(b[i - 1]!)) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(b.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpaceByte(b[j - 1]!)) j--;
    out.push(b.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function splitSep(b: Uint8Array, sep: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  while (maxsplit < 0 || out.length < maxsplit) {
    const i = findBytes(b, sep, start);
    if (i < 0) break;
    out.push(b.slice(start, i));
    start = i + sep.length;
  }
  out.push(b.slice(start));
  return out;
}

function rsplitSep(b: Uint8Array, sep: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let end = b.length;
  while (maxsplit < 0 || out.length < maxsplit) {
    const i = rfindBytes(b, sep, 0, end);
    if (i < 0) break;
    out.push(b.slice(i + sep.length, end));
    end = i;
  }
  out.push(b.slice(0, end));
  return out.reverse();
}

function* splitImpl(t: Thread, self: PyValue, args: PyValue[], kw: Kw, reverse: boolean): Gen<PyValue> {
  const [sepV, maxV] = parseArgs(reverse ? "rsplit" : "split", args, kw, ["sep", "maxsplit"], 0);
  const b = bv(self);
  const maxsplit = maxV === undefined ? -1 : yield* indexSize(t, maxV);
  let parts: Uint8Array[];
  if (sepV === undefined || sepV === None) parts = reverse ? rsplitWs(b, maxsplit) : splitWs(b, maxsplit);
  else {
    const sep = needBuffer(sepV);
    if (sep.length === 0) throw valueError("empty separator");
    parts = reverse ? rsplitSep(b, sep, maxsplit) : splitSep(b, sep, maxsplit);
  }
  return new PyList(parts.map((p) => make(self, p)));
}

function stripImpl(
  self: PyValue,
  args: PyValue[],
  kw: Kw,
  name: string,
  left: boolean,
  right: boolean,
): PyValue {
  if (kw !== null && kw.length > 0) throw typeError(`${kindName(self)}.${name}() takes no keyword arguments`);
  if (args.length > 1) throw typeError(`${name} expected at most 1 argument, got ${args.length}`);
  const b = bv(self);
  const arg = args[0];
  let test: (c: number) => boolean = isSpaceByte;
  if (arg !== undefined && arg !== None) {
    const chars = new Set(needBuffer(arg));
    test = (c) => chars.has(c);
  }
  let a = 0;
  let e = b.length;
  if (left) while (a < e && test(b[a]!)) a++;
  if (right) while (e > a && test(b[e - 1]!)) e--;
  return make(self, b.slice(a, e));
}

function partitionImpl(self: PyValue, args: PyValue[], reverse: boolean): PyValue {
  const name = reverse ? "rpartition" : "partition";
  if (args.length !== 1)
    throw typeError(`${kindName(self)}.${name}() takes exactly one argument (${args.length} given)`);
  const b = bv(self);
  const sep = needBuffer(args[0]!);
  if (sep.length === 0) throw valueError("empty separator");
  const i = reverse ? rfindBytes(b, sep, 0, b.length) : findBytes(b, sep);
  const empty = (): PyValue => make(self, new Uint8Array(0));
  if (i < 0) {
    return reverse
      ? new PyTuple([empty(), empty(), make(self, b.slice())])
      : new PyTuple([make(self, b.slice()), empty(), empty()]);
  }
  return new PyTuple([
    make(self, b.slice(0, i)),
    make(self, sep.slice()),
    make(self, b.slice(i + sep.length)),
  ]);
}

function splitlinesImpl(self: PyValue, args: PyValue[], kw: Kw): PyValue {
  const [keepV] = parseArgs("splitlines", args, kw, ["keepends"], 0);
  const keep = keepV === undefined ? false : keepV === true || (intValue(keepV) ?? 0) !== 0;
  const b = bv(self);
  const out: PyValue[] = [];
  let i = 0;
  const n = b.length;
  while (i < n) {
    let j = i;
    while (j < n && b[j] !== 0x0a && b[j] !== 0x0d) j++;
    let eol = j;
    if (j < n) {
      eol = b[j] === 0x0d && b[j + 1] === 0x0a ? j + 2 : j + 1;
    }
    out.push(make(self, b.slice(i, keep ? eol : j)));
    i = eol;
  }
  return new PyList(out);
}

function replaceBytes(b: Uint8Array, old: Uint8Array, nw: Uint8Array, count: number): Uint8Array {
  const out: number[] = [];
  let done = 0;
  if (old.length === 0) {
    // An empty pattern matches before every byte and at the end.
    for (let i = 0; i <= b.length; i++) {
      if (count < 0 || done < count) {
        for (const x of nw) out.push(x);
        done++;
      }
      if (i < b.length) out.push(b[i]!);
    }
    return new Uint8Array(out);
  }
  let i = 0;
  while (i < b.length) {
    if (
      (count < 0 || done < count) &&
      b[i] === old[0] &&
      findBytes(b, old, i, Math.min(b.length, i + old.length)) === i
    ) {
      for (const x of nw) out.push(x);
      i += old.length;
      done++;
    } else out.push(b[i++]!);
  }
  return new Uint8Array(out);
}

// ---- padding ----

function fillByte(v: PyValue | undefined, name: string): number {
  if (v === undefined) return 0x20;
  if (v instanceof PyBytes || v instanceof PyByteArray) {
    if (v.bytes.length === 1) return v.bytes[0]!;
  }
  throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${typeName(v)}`);
}

function* padImpl(
  t: Thread,
  self: PyValue,
  args: PyValue[],
  kw: Kw,
  name: "center" | "ljust" | "rjust",
): Gen<PyValue> {
  if (kw !== null && kw.length > 0) throw typeError(`${kindName(self)}.${name}() takes no keyword arguments`);
  if (args.length < 1) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length > 2) throw typeError(`${name} expected at most 2 arguments, got ${args.length}`);
  const width = yield* indexSize(t, args[0]!);
  const fill = fillByte(args[1], name);
  const b = bv(self);
  if (width <= b.length) return make(self, b.slice());
  const total = width - b.length;
  let left = 0;
  if (name === "rjust") left = total;
  else if (name === "center") left = Math.floor(total / 2) + (total & width & 1);
  const out = new Uint8Array(width).fill(fill);
  out.set(b, left);
  return make(self, out);
}

// ---- case and classification (ASCII only) ----

const isLowerB = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpperB = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isAlphaB = (c: number): boolean => isLowerB(c) || isUpperB(c);
const isDigitB = (c: number): boolean => c >= 0x30 && c <= 0x39;
const toLowerB = (c: number): number => (isUpperB(c) ? c + 32 : c);
const toUpperB = (c: number): number => (isLowerB(c) ? c - 32 : c);

function titleBytes(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  let prevCased = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    out[i] = prevCased ? toLowerB(c) : toUpperB(c);
    prevCased = isAlphaB(c);
  }
  return out;
}

function isTitleBytes(b: Uint8Array): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of b) {
    if (isUpperB(c)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLowerB(c)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

function expandTabs(b: Uint8Array, tabsize: number): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (const c of b) {
    if (c === 0x09) {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        for (let k = 0; k < n; k++) out.push(0x20);
        col += n;
      }
    } else {
      out.push(c);
      col = c === 0x0a || c === 0x0d ? 0 : col + 1;
    }
  }
  return new Uint8Array(out);
}

// ---- hex ----

/** bytes.hex / bytearray.hex / memoryview.hex (_Py_strhex_impl). */
export function* hexImpl(t: Thread, b: Uint8Array, args: PyValue[], kw: Kw): Gen<string> {
  const [sepV, perV] = parseArgs("hex", args, kw, ["sep", "bytes_per_sep"], 0);
  const digits = Array.from(b, (x) => x.toString(16).padStart(2, "0"));
  if (sepV === undefined) return digits.join("");
  let sep: string;
  const s = strValue(sepV);
  if (s !== undefined) sep = s;
  else {
    const sb = bytesLike(sepV);
    // _Py_strhex_impl measures sep with PyObject_Length before checking its type.
    if (sb === undefined && typeOf(sepV).lookup("__len__") === null)
      throw typeError(`object of type '${typeName(sepV)}' has no len()`);
    if (sb === undefined) throw typeError(`sep must be str or bytes.`);
    sep = String.fromCharCode(...sb);
  }
  if ([...sep].length !== 1) throw valueError("sep must be length 1.");
  if (sep.codePointAt(0)! > 0x7f) throw valueError("sep must be ASCII.");
  const per = perV === undefined ? 1 : yield* indexSize(t, perV);
  if (per === 0 || digits.length === 0) return digits.join("");
  const group = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    // Groups are counted from the right.
    let end = digits.length;
    while (end > 0) {
      const start = Math.max(0, end - group);
      groups.unshift(digits.slice(start, end).join(""));
      end = start;
    }
  } else {
    for (let i = 0; i < digits.length; i += group) groups.push(digits.slice(i, i + group).join(""));
  }
  return groups.join(sep);
}

/** bytes.fromhex / bytearray.fromhex (_PyBytes_FromHex). */
export function fromHex(s: string): Uint8Array {
  const out: number[] = [];
  const hexVal = (ch: string | undefined): number => {
    if (ch === undefined) return -1;
    const c = ch.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
    if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
    return -1;
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f") {
      i++;
      continue;
    }
    const hi = hexVal(c);
    if (hi < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = hexVal(s[i + 1]);
    if (lo < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return new Uint8Array(out);
}

// ---- translate ----

function translateImpl(self: PyValue, args: PyValue[], kw: Kw): PyValue {
  const [tableV, deleteV] = parseArgs("translate", args, kw, ["table", "delete"], 1, { posOnly: 1 });
  const b = bv(self);
  let table: Uint8Array | null = null;
  if (tableV !== None) {
    table = needBuffer(tableV!);
    if (table.length !== 256) throw valueError("translation table must be 256 characters long");
  }
  const del = deleteV === undefined ? null : new Set(needBuffer(deleteV));
  const out: number[] = [];
  for (const c of b) {
    if (del !== null && del.has(c)) continue;
    out.push(table === null ? c : table[c]!);
  }
  return make(self, new Uint8Array(out));
}

/** bytes.maketrans(frm, to) (static). */
export function maketrans(args: PyValue[], kw: Kw): PyValue {
  const [frmV, toV] = parseArgs("maketrans", args, kw, ["frm", "to"], 2, { posOnly: 2 });
  const frm = needBuffer(frmV!);
  const to = needBuffer(toV!);
  if (frm.length !== to.length) throw valueError("maketrans arguments must have same length");
  const out = new Uint8Array(256);
  for (let i = 0; i < 256; i++) out[i] = i;
  for (let i = 0; i < frm.length; i++) out[frm[i]!] = to[i]!;
  return new PyBytes(out);
}

// ---- join ----

function* joinImpl(t: Thread, self: PyValue, args: PyValue[]): Gen<PyValue> {
  if (args.length !== 1)
    throw typeError(`${kindName(self)}.join() takes exactly one argument (${args.length} given)`);
  const sep = bv(self);
  const items = yield* toArray(t, args[0]!);
  const parts: Uint8Array[] = [];
  let total = 0;
  items.forEach((it, i) => {
    const b = bytesLike(it);
    if (b === undefined)
      throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(it)} found`);
    parts.push(b);
    total += b.length + (i > 0 ? sep.length : 0);
  });
  const out = new Uint8Array(total);
  let at = 0;
  parts.forEach((p, i) => {
    if (i > 0) {
      out.set(sep, at);
      at += sep.length;
    }
    out.set(p, at);
    at += p.length;
  });
  return make(self, out);
}

// ---- indexing ----

/** self[k] for bytes and bytearray. */
export function* getItemImpl(t: Thread, self: PyValue, k: PyValue): Gen<PyValue> {
  const b = bv(self);
  if (k instanceof PySlice) {
    const r = yield* sliceIndices(t, k, b.length);
    if (r.step === 1) return make(self, b.slice(r.start, r.start + r.length));
    const out = new Uint8Array(r.length);
    for (let i = 0, j = r.start; i < r.length; i++, j += r.step) out[i] = b[j]!;
    return make(self, out);
  }
  if (intValue(k) === undefined && !(typeof k === "object" && k.type.lookup("__index__") !== null)) {
    throw typeError(
      `${self instanceof PyByteArray ? "bytearray" : "byte"} indices must be integers or slices, not ${typeName(k)}`,
    );
  }
  let i = yield* indexSize(t, k);
  if (i < 0) i += b.length;

  if (!(i >= 0 && i < b.length))
    throw indexError(self instanceof PyByteArray ? "bytearray index out of range" : "index out of range");
  return b[i]!;
}

// ---- the table ----

function noKwArgs(self: PyValue, name: string, args: PyValue[], kw: Kw, max: number): void {
  if (kw !== null && kw.length > 0) throw typeError(`${kindName(self)}.${name}() takes no keyword arguments`);
  if (args.length > max)
    throw typeError(
      `${kindName(self)}.${name}() takes ${max === 0 ? "no arguments" : `at most ${max} argument${max === 1 ? "" : "s"}`} (${args.length} given)`,
    );
}

const mapBytes =
  (f: (c: number) => number) =>
  (_t: Thread, self: PyValue, args: PyValue[], kw: Kw): PyValue => {
    noKwArgs(self, "method", args, kw, 0);
    return make(self, bv(self).map(f));
  };

const classify =
  (test: (b: Uint8Array) => boolean) =>
  (_t: Thread, self: PyValue, args: PyValue[], kw: Kw): PyValue => {
    noKwArgs(self, "method", args, kw, 0);
    return test(bv(self));
  };

/** The methods both types share, by name. */
export function sharedBytesMethods(): Record<string, MethodSpec> {
  return {
    count: { gen: (t, self, args, kw) => findLike(t, self, args, kw, "count") },
    find: { gen: (t, self, args, kw) => findLike(t, self, args, kw, "find") },
    rfind: { gen: (t, self, args, kw) => findLike(t, self, args, kw, "rfind") },
    index: { gen: (t, self, args, kw) => findLike(t, self, args, kw, "index") },
    rindex: { gen: (t, self, args, kw) => findLike(t, self, args, kw, "rindex") },
    startswith: { gen: (t, self, args, kw) => startsEnds(t, self, args, kw, "startswith") },
    endswith: { gen: (t, self, args, kw) => startsEnds(t, self, args, kw, "endswith") },
    split: { gen: (t, self, args, kw) => splitImpl(t, self, args, kw, false) },
    rsplit: { gen: (t, self, args, kw) => splitImpl(t, self, args, kw, true) },
    strip: (_t, self, args, kw) => stripImpl(self, args, kw, "strip", true, true),
    lstrip: (_t, self, args, kw) => stripImpl(self, args, kw, "lstrip", true, false),
    rstrip: (_t, self, args, kw) => stripImpl(self, args, kw, "rstrip", false, true),
    partition: (_t, self, args) => partitionImpl(self, args, false),
    rpartition: (_t, self, args) => partitionImpl(self, args, true),
    splitlines: (_t, self, args, kw) => splitlinesImpl(self, args, kw),
    join: { gen: (t, self, args) => joinImpl(t, self, args) },
    replace: {
      gen: function* (t, self, args, kw) {
        const [oldV, newV, countV] = parseArgs("replace", args, kw, ["old", "new", "count"], 2, {
          posOnly: 3,
        });
        const old = needBuffer(oldV!);
        const nw = needBuffer(newV!);
        const count = countV === undefined ? -1 : yield* indexSize(t, countV);
        return make(self, replaceBytes(bv(self), old, nw, count));
      },
    },
    removeprefix: (_t, self, args) => {
      if (args.length !== 1)
        throw typeError(`removeprefix() takes exactly one argument (${args.length} given)`);
      const b = bv(self);
      const p = needBuffer(args[0]!);
      const has = p.length <= b.length && p.every((x, i) => b[i] === x);
      return make(self, has ? b.slice(p.length) : b.slice());
    },
    removesuffix: (_t, self, args) => {
      if (args.length !== 1)
        throw typeError(`removesuffix() takes exactly one argument (${args.length} given)`);
      const b = bv(self);
      const p = needBuffer(args[0]!);
      const has = p.length > 0 && p.length <= b.length && p.every((x, i) => b[b.length - p.length + i] === x);
      return make(self, has ? b.slice(0, b.length - p.length) : b.slice());
    },
    center: { gen: (t, self, args, kw) => padImpl(t, self, args, kw, "center") },
    ljust: { gen: (t, self, args, kw) => padImpl(t, self, args, kw, "ljust") },
    rjust: { gen: (t, self, args, kw) => padImpl(t, self, args, kw, "rjust") },
    zfill: {
      gen: function* (t, self, args, kw) {
        noKwArgs(self, "zfill", args, kw, 1);
        if (args.length !== 1)
          throw typeError(`${kindName(self)}.zfill() takes exactly one argument (${args.length} given)`);
        const width = yield* indexSize(t, args[0]!);
        const b = bv(self);
        if (width <= b.length) return make(self, b.slice());
        const fill = width - b.length;
        const out = new Uint8Array(width).fill(0x30);
        out.set(b, fill);
        if (b.length > 0 && (b[0] === 0x2b || b[0] === 0x2d)) {
          out[0] = b[0];
          out[fill] = 0x30;
        }
        return make(self, out);
      },
    },
    expandtabs: {
      gen: function* (t, self, args, kw) {
        const [tabV] = parseArgs("expandtabs", args, kw, ["tabsize"], 0);
        const tab = tabV === undefined ? 8 : yield* indexSize(t, tabV);
        return make(self, expandTabs(bv(self), tab));
      },
    },
    lower: mapBytes(toLowerB),
    upper: mapBytes(toUpperB),
    swapcase: mapBytes((c) => (isUpperB(c) ? c + 32 : isLowerB(c) ? c - 32 : c)),
    title: (_t, self, args, kw) => {
      noKwArgs(self, "title", args, kw, 0);
      return make(self, titleBytes(bv(self)));
    },
    capitalize: (_t, self, args, kw) => {
      noKwArgs(self, "capitalize", args, kw, 0);
      const b = bv(self);
      return make(
        self,
        b.map((c, i) => (i === 0 ? toUpperB(c) : toLowerB(c))),
      );
    },
    isalnum: classify((b) => b.length > 0 && b.every((c) => isAlphaB(c) || isDigitB(c))),
    isalpha: classify((b) => b.length > 0 && b.every(isAlphaB)),
    isascii: classify((b) => b.every((c) => c < 0x80)),
    isdigit: classify((b) => b.length > 0 && b.every(isDigitB)),
    islower: classify((b) => b.some(isLowerB) && !b.some(isUpperB)),
    isupper: classify((b) => b.some(isUpperB) && !b.some(isLowerB)),
    isspace: classify((b) => b.length > 0 && b.every(isSpaceByte)),
    istitle: classify(isTitleBytes),
    hex: { gen: (t, self, args, kw) => hexImpl(t, bv(self), args, kw) },
    translate: (_t, self, args, kw) => translateImpl(self, args, kw),
    __getitem__: { gen: (t, self, args) => getItemImpl(t, self, args[0]!) },
    __len__: (_t, self) => bv(self).length,
    __contains__: (_t, self, args) => {
      const x = args[0]!;
      const b = bv(self);
      const n = intValue(x);
      if (n !== undefined) {
        if (n < 0 || n > 255) throw valueError("byte must be in range(0, 256)");
        return b.includes(Number(n));
      }
      return findBytes(b, needBuffer(x)) >= 0;
    },
  };
}

/** byte values from an iterable of ints (bytes(iterable), bytearray.extend). */
export function* bytesFromInts(t: Thread, src: PyValue, name: "bytes" | "bytearray"): Gen<Uint8Array> {
  const items = yield* toArray(t, src);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = yield* indexOf(t, items[i]!);
    if (v < 0 || v > 255) throw valueError(`${name === "bytes" ? "bytes" : "byte"} must be in range(0, 256)`);
    out[i] = Number(v);
  }
  return out;
}

export { bytearrayType };
