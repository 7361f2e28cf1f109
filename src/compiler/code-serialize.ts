/**
 * A compact binary form of compiled code objects, so the bundled lib/ modules can be compiled
 * once at build time and loaded without tokenizing, parsing or compiling (the role of CPython's
 * marshal and .pyc files, in a format of our own; see Python/marshal.c for the idea of a string
 * table and tagged constants).
 *
 * A blob holds one module: a table of every string it uses (names, qualnames, filenames, str
 * constants) as one ASCII JSON array, then the module's code object, whose constants nest further
 * code objects. Integers are unsigned LEB128 varints; non-ASCII code units are escaped one by one,
 * so lone surrogates survive.
 * Deserializing yields CodeObjects equal field by field to what the compiler produced.
 */
import type { CodeConstant, CodeObject } from "./code.js";
import { isCodeObject } from "./code.js";
import { ELLIPSIS } from "../parser/constant.js";
import { assert } from "./errors.js";

/** Bumped whenever the layout below changes (it is also part of the cache key). */
export const CODE_FORMAT_VERSION = 1;

const enum Tag {
  None = 0,
  True = 1,
  False = 2,
  SmallInt = 3,
  NegSmallInt = 4,
  BigInt = 5,
  Float = 6,
  Str = 7,
  Bytes = 8,
  Complex = 9,
  Ellipsis = 10,
  Tuple = 11,
  Frozenset = 12,
  Code = 13,
  SplitStr = 14,
}

class Writer {
  buf = new Uint8Array(4096);
  len = 0;
  private readonly strings = new Map<string, number>();
  private readonly stringList: string[] = [];

  ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.len++] = b;
  }

  /** Unsigned LEB128; n is a non-negative safe integer. */
  uint(n: number): void {
    assert(Number.isSafeInteger(n) && n >= 0, "varint out of range");
    this.ensure(8);
    while (n >= 0x80) {
      this.buf[this.len++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.len++] = n;
  }

  bytes(b: Uint8Array): void {
    this.uint(b.length);
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  float(x: number): void {
    this.ensure(8);
    new DataView(this.buf.buffer).setFloat64(this.len, x, true);
    this.len += 8;
  }

  /** A string written in place: length and Latin-1 flag, then one or two bytes per unit. */
  rawString(s: string): void {
    let wide = false;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) wide = true;
    this.uint(s.length * 2 + (wide ? 1 : 0));
    this.ensure(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.buf[this.len++] = c & 0xff;
      if (wide) this.buf[this.len++] = c >> 8;
    }
  }

  /** A reference into the string table. */
  string(s: string): void {
    let i = this.strings.get(s);
    if (i === undefined) {
      i = this.stringList.length;
      this.strings.set(s, i);
      this.stringList.push(s);
    }
    this.uint(i);
  }

  /**
   * The string table followed by everything written so far. The table is a JSON array with
   * every non-ASCII code unit escaped (lone surrogates included), so one native JSON.parse reads
   * it back exactly.
   */
  finish(): Uint8Array {
    const body = this.buf.subarray(0, this.len);
    const json = JSON.stringify(this.stringList).replace(
      /[^\0-\x7f]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
    const head = new Writer();
    head.uint(json.length);
    head.ensure(json.length);
    for (let i = 0; i < json.length; i++) head.buf[head.len++] = json.charCodeAt(i);
    const out = new Uint8Array(head.len + body.length);
    out.set(head.buf.subarray(0, head.len));
    out.set(body, head.len);
    return out;
  }
}

function writeConst(w: Writer, c: CodeConstant): void {
  if (c === null) w.byte(Tag.None);
  else if (c === true) w.byte(Tag.True);
  else if (c === false) w.byte(Tag.False);
  else if (typeof c === "bigint") {
    const mag = c < 0n ? -c : c;
    if (mag <= BigInt(Number.MAX_SAFE_INTEGER)) {
      w.byte(c < 0n ? Tag.NegSmallInt : Tag.SmallInt);
      w.uint(Number(mag));
    } else {
      w.byte(Tag.BigInt);
      w.rawString(c.toString(16));
    }
  } else if (typeof c === "number") {
    w.byte(Tag.Float);
    w.float(c);
  } else if (typeof c === "string") {
    w.byte(Tag.Str);
    w.string(c);
  } else if (isCodeObject(c)) {
    w.byte(Tag.Code);
    writeCode(w, c);
  } else if (c.kind === "bytes") {
    w.byte(Tag.Bytes);
    w.bytes(c.bytes);
  } else if (c.kind === "complex") {
    w.byte(Tag.Complex);
    w.float(c.real);
    w.float(c.imag);
  } else if (c.kind === "ellipsis") {
    w.byte(Tag.Ellipsis);
  } else if (c.kind === "str") {
    w.byte(Tag.SplitStr);
    w.uint(c.codePoints.length);
    for (const cp of c.codePoints) w.uint(cp);
  } else {
    w.byte(c.kind === "tuple" ? Tag.Tuple : Tag.Frozenset);
    w.uint(c.items.length);
    for (const item of c.items) writeConst(w, item);
  }
}

function writeCode(w: Writer, co: CodeObject): void {
  w.uint(co.co_argcount);
  w.uint(co.co_posonlyargcount);
  w.uint(co.co_kwonlyargcount);
  w.uint(co.co_stacksize);
  w.uint(co.co_flags);
  w.uint(co.co_firstlineno);
  w.string(co.co_filename);
  w.string(co.co_name);
  w.string(co.co_qualname);
  w.uint(co.co_names.length);
  for (const n of co.co_names) w.string(n);
  w.uint(co.localsplusNames.length);
  for (const n of co.localsplusNames) w.string(n);
  w.bytes(co.localsplusKinds);
  w.bytes(co.co_code);
  w.bytes(co.co_linetable);
  w.bytes(co.co_exceptiontable);
  w.uint(co.co_consts.length);
  for (const c of co.co_consts) writeConst(w, c);
}

/** One module's code object as a self-contained blob. */
export function serializeCode(co: CodeObject): Uint8Array {
  const w = new Writer();
  writeCode(w, co);
  return w.finish();
}

const utf8 = new TextDecoder();

/** Bytes below 0x80 as text, in one native call (ASCII is the same in UTF-8). */
function asciiText(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** Bytes as Latin-1 text: one call for ASCII, one unit per byte otherwise. */
function latin1(bytes: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) ascii = false;
  if (ascii) return asciiText(bytes);
  let s = "";
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

class Reader {
  pos = 0;
  strings: string[] = [];
  private readonly view: DataView;

  constructor(readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  byte(): number {
    assert(this.pos < this.buf.length, "truncated code blob");
    return this.buf[this.pos++]!;
  }

  uint(): number {
    const first = this.buf[this.pos];
    if (first !== undefined && first < 0x80) {
      this.pos++;
      return first;
    }
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
  }

  bytes(): Uint8Array {
    const n = this.uint();
    assert(this.pos + n <= this.buf.length, "truncated code blob");
    // A view, not a copy (copies cost an allocation each): code objects are never written to.
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  float(): number {
    assert(this.pos + 8 <= this.buf.length, "truncated code blob");
    const x = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return x;
  }

  rawString(): string {
    const head = this.uint();
    const n = head >> 1;
    const wide = (head & 1) === 1;
    const b = this.buf;
    let p = this.pos;
    assert(p + (wide ? 2 * n : n) <= b.length, "truncated code blob");
    let s = "";
    if (wide) {
      const units = new Uint16Array(n);
      for (let i = 0; i < n; i++, p += 2) units[i] = b[p]! | (b[p + 1]! << 8);
      for (let i = 0; i < n; i += 8192) s += String.fromCharCode(...units.subarray(i, i + 8192));
    } else {
      s = latin1(b.subarray(p, p + n));
      p += n;
    }
    this.pos = p;
    return s;
  }

  /** The string table written by Writer.finish. */
  stringTable(): string[] {
    const n = this.uint();
    assert(this.pos + n <= this.buf.length, "truncated code blob");
    const table: unknown = JSON.parse(asciiText(this.buf.subarray(this.pos, this.pos + n)));
    this.pos += n;
    assert(Array.isArray(table), "bad string table in code blob");
    return table as string[];
  }

  string(): string {
    const i = this.uint();
    assert(i < this.strings.length, "bad string reference in code blob");
    return this.strings[i]!;
  }
}

function readConst(r: Reader): CodeConstant {
  const tag = r.byte() as Tag;
  switch (tag) {
    case Tag.None:
      return null;
    case Tag.True:
      return true;
    case Tag.False:
      return false;
    case Tag.SmallInt:
      return BigInt(r.uint());
    case Tag.NegSmallInt:
      return -BigInt(r.uint());
    case Tag.BigInt: {
      const hex = r.rawString();
      return hex.startsWith("-") ? -BigInt(`0x${hex.slice(1)}`) : BigInt(`0x${hex}`);
    }
    case Tag.Float:
      return r.float();
    case Tag.Str:
      return r.string();
    case Tag.Bytes:
      return { kind: "bytes", bytes: r.bytes() };
    case Tag.Complex: {
      const real = r.float();
      return { kind: "complex", real, imag: r.float() };
    }
    case Tag.Ellipsis:
      return ELLIPSIS;
    case Tag.SplitStr: {
      const n = r.uint();
      const codePoints: number[] = [];
      for (let i = 0; i < n; i++) codePoints.push(r.uint());
      return { kind: "str", codePoints };
    }
    case Tag.Tuple:
    case Tag.Frozenset: {
      const n = r.uint();
      const items: CodeConstant[] = [];
      for (let i = 0; i < n; i++) items.push(readConst(r));
      return { kind: tag === Tag.Tuple ? "tuple" : "frozenset", items };
    }
    case Tag.Code:
      return readCode(r);
    default:
      assert(false, `bad constant tag ${String(tag)} in code blob`);
  }
}

function readCode(r: Reader): CodeObject {
  const co_argcount = r.uint();
  const co_posonlyargcount = r.uint();
  const co_kwonlyargcount = r.uint();
  const co_stacksize = r.uint();
  const co_flags = r.uint();
  const co_firstlineno = r.uint();
  const co_filename = r.string();
  const co_name = r.string();
  const co_qualname = r.string();
  const co_names: string[] = [];
  for (let i = r.uint(); i > 0; i--) co_names.push(r.string());
  const localsplusNames: string[] = [];
  for (let i = r.uint(); i > 0; i--) localsplusNames.push(r.string());
  const localsplusKinds = r.bytes();
  const co_code = r.bytes();
  const co_linetable = r.bytes();
  const co_exceptiontable = r.bytes();
  const co_consts: CodeConstant[] = [];
  for (let i = r.uint(); i > 0; i--) co_consts.push(readConst(r));
  // The compiler's own key order, so the two are alike even to Object.keys.
  return {
    co_argcount,
    co_posonlyargcount,
    co_kwonlyargcount,
    co_stacksize,
    co_flags,
    co_code,
    co_consts,
    co_names,
    localsplusNames,
    localsplusKinds,
    co_filename,
    co_name,
    co_qualname,
    co_firstlineno,
    co_linetable,
    co_exceptiontable,
  };
}

/** The code object of a blob made by serializeCode. */
export function deserializeCode(blob: Uint8Array): CodeObject {
  const r = new Reader(blob);
  r.strings = r.stringTable();
  const co = readCode(r);
  assert(r.pos === blob.length, "trailing bytes in code blob");
  return co;
}

/**
 * A cache file: a key (what made it: compiler and format), then for each module its path, the
 * hash of the source it was compiled from, and its blob. Readers index it once and decode a
 * module's blob only when that module is imported.
 */
export interface CacheEntry {
  readonly path: string;
  readonly sourceHash: string;
  readonly blob: Uint8Array;
}

const MAGIC = [0x50, 0x47, 0x43, CODE_FORMAT_VERSION]; // "PGC" + format version

export function writeCacheFile(key: string, entries: readonly CacheEntry[]): Uint8Array {
  const w = new Writer();
  for (const b of MAGIC) w.byte(b);
  w.rawString(key);
  w.uint(entries.length);
  for (const e of entries) {
    w.rawString(e.path);
    w.rawString(e.sourceHash);
    w.bytes(e.blob);
  }
  // Written in place, without a string table.
  return w.buf.slice(0, w.len);
}

/** The entries of a cache file made with this key, or null when it is not one (or another key's). */
export function readCacheFile(data: Uint8Array, key: string): Map<string, CacheEntry> | null {
  if (data.length < MAGIC.length || MAGIC.some((b, i) => data[i] !== b)) return null;
  const r = new Reader(data);
  r.pos = MAGIC.length;
  if (r.rawString() !== key) return null;
  const out = new Map<string, CacheEntry>();
  for (let i = r.uint(); i > 0; i--) {
    const path = r.rawString();
    const sourceHash = r.rawString();
    const n = r.uint();
    out.set(path, { path, sourceHash, blob: data.subarray(r.pos, r.pos + n) });
    r.pos += n;
  }
  return out;
}
