/**
 * _json: fast paths under lib/json (CPython's Modules/_json.c has this role).
 *
 *   decode(s) -> (value,) | None
 *     Parses a whole document with the default decoder settings. None means "not handled
 *     here": any error (lib/json/scanner.py then reparses to raise JSONDecodeError with its
 *     message and position) or a number int() would refuse.
 *   encode(obj, ensure_ascii, item_separator, key_separator, sort_keys, allow_nan, indent)
 *       -> str | None
 *     Encodes plain data (exact dict/list/tuple/str/int/float/bool/None); indent is None or the
 *     indent unit as a str. None
 *     means "not handled here" (subclasses, other types, non-finite floats refused by
 *     allow_nan, cycles, unsortable keys): the Python encoder then produces the result or the
 *     error with CPython's message.
 *   encode_basestring(s), encode_basestring_ascii(s) -> the JSON string literal of s.
 */
import type { PyValue } from "../objects/core.js";
import { None, dictType, floatType, listType, tupleType, typeOf } from "../objects/core.js";
import { typeError } from "../objects/exceptions.js";
import { PyDict } from "../objects/dict.js";
import { strValue, typeName } from "../objects/helpers.js";
import { PyFloat } from "../objects/float.js";
import { norm } from "../objects/int.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/misc.js";
import { nativeFunctions } from "../objects/native.js";
import { floatRepr } from "../objects/repr/float.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyStr } from "../objects/str-surrogate.js";
import { PySurrogateStr, strFromCodePoints } from "../objects/str-surrogate.js";

/** Digits beyond which int() refuses a str (sys.int_info.str_digits_check_threshold). */
const MAX_INT_DIGITS = 4300;

class NotHandled {}
const NOT_HANDLED = new NotHandled();

/**
 * The same text as an internalized V8 string (property names always are): equal keys of the
 * program's own code then compare with it by identity, which dict searches and `==` of dicts
 * try first.
 */
function internalized(s: string): string {
  const holder = Object.create(null) as Record<string, number>;
  holder[s] = 0;
  for (const k in holder) return k;
  return s;
}

/** A recursive-descent reader of one JSON text, following scan_once_unicode in _json.c. */
class Reader {
  i = 0;
  /** Each distinct key text once, so that equal keys share one str (the memo of _json.c). */
  private readonly keyMemo = new Map<string, string>();
  /**
   * The keys and values of the objects and arrays being read, innermost last: each container
   * takes its items from the top as an array of exactly their number (an array grown by push
   * keeps room for 16 more, which would stay allocated as long as the decoded data lives).
   */
  private readonly keyStack: string[] = [];
  private readonly valueStack: PyValue[] = [];
  constructor(readonly s: string) {}

  ws(): void {
    const s = this.s;
    let i = this.i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
    this.i = i;
  }

  value(): PyValue {
    const s = this.s;
    const c = s[this.i];
    switch (c) {
      case '"':
        this.i++;
        return this.string();
      case "{":
        this.i++;
        return this.object();
      case "[":
        this.i++;
        return this.array();
      case "n":
        return this.word("null", None);
      case "t":
        return this.word("true", true);
      case "f":
        return this.word("false", false);
      case "N":
        return this.word("NaN", new PyFloat(NaN));
      case "I":
        return this.word("Infinity", new PyFloat(Infinity));
      case "-":
        if (s.startsWith("-Infinity", this.i)) return this.word("-Infinity", new PyFloat(-Infinity));
        return this.number();
      default:
        return this.number();
    }
  }

  word(w: string, v: PyValue): PyValue {
    if (!this.s.startsWith(w, this.i)) throw NOT_HANDLED;
    this.i += w.length;
    return v;
  }

  number(): PyValue {
    const s = this.s;
    const start = this.i;
    let i = start;
    const digit = (k: number): boolean => {
      const c = s.charCodeAt(k);
      return c >= 0x30 && c <= 0x39;
    };
    if (s[i] === "-") i++;
    if (!digit(i)) throw NOT_HANDLED;
    if (s[i] === "0") i++;
    else while (digit(i)) i++;
    let isFloat = false;
    if (s[i] === "." && digit(i + 1)) {
      isFloat = true;
      i += 2;
      while (digit(i)) i++;
    }
    if (s[i] === "e" || s[i] === "E") {
      let e = i + 1;
      if (s[e] === "-" || s[e] === "+") e++;
      if (digit(e)) {
        isFloat = true;
        i = e + 1;
        while (digit(i)) i++;
      }
    }
    this.i = i;
    if (!isFloat && i - start <= 15) {
      // A short int read from its digits (no substring); "-0" is the int 0.
      const neg = s.charCodeAt(start) === 0x2d;
      let v = 0;
      for (let k = neg ? start + 1 : start; k < i; k++) v = v * 10 + (s.charCodeAt(k) - 0x30);
      return neg && v !== 0 ? -v : v;
    }
    const text = s.slice(start, i);
    if (isFloat) return new PyFloat(Number(text));
    if (text.length > MAX_INT_DIGITS) throw NOT_HANDLED;
    return norm(BigInt(text));
  }

  string(): string {
    const s = this.s;
    let out = "";
    let runStart = this.i;
    let i = this.i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (Number.isNaN(c) || c < 0x20) throw NOT_HANDLED;
      if (c === 0x22) {
        out += s.slice(runStart, i);
        this.i = i + 1;
        return out;
      }
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += s.slice(runStart, i);
      const e = s[i + 1];
      switch (e) {
        case '"':
        case "\\":
        case "/":
          out += e;
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "\t";
          break;
        case "u": {
          const hex = s.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw NOT_HANDLED;
          // Consecutive \uXXXX escapes of a surrogate pair form one character, as in
          // scanstring_unicode; a lone surrogate stays one code unit either way.
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default:
          throw NOT_HANDLED;
      }
      i += 2;
      runStart = i;
    }
  }

  object(): PyDict {
    const s = this.s;
    this.ws();
    if (s[this.i] === "}") {
      this.i++;
      return new PyDict();
    }
    // The members are collected first and the dict made from them in one step; a repeated key
    // (the last value wins, at the first one's place, as dict assignment does) takes setStr.
    const keyStack = this.keyStack;
    const valueStack = this.valueStack;
    const kBase = keyStack.length;
    const vBase = valueStack.length;
    let distinct = true;
    const memo = this.keyMemo;
    for (;;) {
      if (s[this.i] !== '"') throw NOT_HANDLED;
      this.i++;
      let key = this.string();
      const known = memo.get(key);
      if (known !== undefined) key = known;
      else memo.set(key, (key = internalized(key)));
      this.ws();
      if (s[this.i] !== ":") throw NOT_HANDLED;
      this.i++;
      this.ws();
      if (distinct && keyStack.length - kBase < 32) {
        for (let j = kBase; j < keyStack.length; j++) if (keyStack[j] === key) distinct = false;
      } else distinct = false;
      keyStack.push(key);
      valueStack.push(this.value());
      this.ws();
      const c = s[this.i++];
      if (c === "}") break;
      if (c !== ",") throw NOT_HANDLED;
      this.ws();
    }
    const keys = keyStack.slice(kBase);
    const values = valueStack.slice(vBase);
    keyStack.length = kBase;
    valueStack.length = vBase;
    if (distinct) return PyDict.ofDistinctStrs(keys, values);
    const d = new PyDict();
    for (let j = 0; j < keys.length; j++) d.setStr(keys[j]!, values[j]!);
    return d;
  }

  array(): PyList {
    const s = this.s;
    this.ws();
    if (s[this.i] === "]") {
      this.i++;
      return new PyList([]);
    }
    const valueStack = this.valueStack;
    const base = valueStack.length;
    for (;;) {
      valueStack.push(this.value());
      this.ws();
      const c = s[this.i++];
      if (c === "]") break;
      if (c !== ",") throw NOT_HANDLED;
      this.ws();
    }
    const items = valueStack.slice(base);
    valueStack.length = base;
    return new PyList(items);
  }
}

function decode(_t: unknown, _s: PyValue, args: PyValue[]): PyValue {
  const s = args[0];
  if (typeof s !== "string") return None;
  const r = new Reader(s);
  try {
    r.ws();
    const v = r.value();
    r.ws();
    if (r.i !== s.length) return None;
    return new PyTuple([v]);
  } catch (e) {
    if (e === NOT_HANDLED) return None;
    throw e;
  }
}

const SHORT_ESCAPES: Record<number, string> = {
  0x22: '\\"',
  0x5c: "\\\\",
  0x08: "\\b",
  0x0c: "\\f",
  0x0a: "\\n",
  0x0d: "\\r",
  0x09: "\\t",
};

function u4(c: number): string {
  return "\\u" + c.toString(16).padStart(4, "0");
}

/** ascii_escape_unicode: only ' '..'~' unescaped; UTF-16 units are already surrogate pairs. */
function escapeAscii(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(run, i) + (SHORT_ESCAPES[c] ?? u4(c));
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

/** escape_unicode: only the quote, the backslash and control characters are escaped. */
function escapeUnicode(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(run, i) + (SHORT_ESCAPES[c] ?? u4(c));
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

/** Python's str ordering (by code point), which UTF-16 order breaks above the surrogates. */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

interface EncodeOptions {
  escape: (s: string) => string;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  allowNan: boolean;
  path: Set<PyValue>;
  /** The indent unit, or null for one-line output. */
  indent: string | null;
  /** "\n" and the indentation of each level, made once per level. */
  newlines: string[];
  /** The text so far: one string grown by concatenation (V8 keeps it as a rope until read). */
  out: string;
  /** A str key's escaped text followed by the key separator, made once per key per call. */
  keyTexts: Map<string, string>;
}

/** The escaped text of a str key and the key separator, from the call's memo. */
function keyPrefix(k: string, o: EncodeOptions): string {
  let t = o.keyTexts.get(k);
  if (t === undefined) {
    t = o.escape(k) + o.keySep;
    o.keyTexts.set(k, t);
  }
  return t;
}

/** The newline and indentation before an item at `level` ("" for one-line output). */
function lineStart(o: EncodeOptions, level: number): string {
  if (o.indent === null) return "";
  let s = o.newlines[level];
  if (s === undefined) {
    s = "\n" + o.indent.repeat(level);
    o.newlines[level] = s;
  }
  return s;
}

function floatText(x: number, o: EncodeOptions): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!o.allowNan) throw NOT_HANDLED;
  return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

function keyText(k: PyValue, o: EncodeOptions): string {
  switch (typeof k) {
    case "string":
      return k;
    case "number":
    case "bigint":
      return k.toString();
    case "boolean":
      return k ? "true" : "false";
  }
  if (k === None) return "null";
  if (k instanceof PyFloat && typeOf(k) === floatType) return floatText(k.value, o);
  throw NOT_HANDLED;
}

function encodeValue(v: PyValue, o: EncodeOptions, level: number): void {
  switch (typeof v) {
    case "string":
      o.out += o.escape(v);
      return;
    case "number":
    case "bigint":
      o.out += v.toString();
      return;
    case "boolean":
      o.out += v ? "true" : "false";
      return;
  }
  if (v === None) {
    o.out += "null";
    return;
  }
  const type = typeOf(v);
  if (type === floatType && v instanceof PyFloat) {
    o.out += floatText(v.value, o);
    return;
  }
  if ((type === listType && v instanceof PyList) || (type === tupleType && v instanceof PyTuple)) {
    const items = v.items;
    if (items.length === 0) {
      o.out += "[]";
      return;
    }
    if (o.path.has(v)) throw NOT_HANDLED;
    o.path.add(v);
    const inner = lineStart(o, level + 1);
    o.out += "[" + inner;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) o.out += o.itemSep + inner;
      encodeValue(items[i]!, o, level + 1);
    }
    o.out += lineStart(o, level) + "]";
    o.path.delete(v);
    return;
  }
  if (type === dictType && v instanceof PyDict) {
    if (v.size === 0) {
      o.out += "{}";
      return;
    }
    if (o.path.has(v)) throw NOT_HANDLED;
    o.path.add(v);
    const inner = lineStart(o, level + 1);
    o.out += "{" + inner;
    if (o.sortKeys) {
      const entries: [string, PyValue][] = [];
      for (let i = 0; i < v.keys.length; i++) {
        const k = v.keys[i];
        if (k === null || k === undefined) continue;
        if (typeof k !== "string") throw NOT_HANDLED;
        entries.push([k, v.values[i] as PyValue]);
      }
      entries.sort((a, b) => compareCodePoints(a[0], b[0]));
      for (let i = 0; i < entries.length; i++) {
        if (i > 0) o.out += o.itemSep + inner;
        o.out += keyPrefix(entries[i]![0], o);
        encodeValue(entries[i]![1], o, level + 1);
      }
    } else {
      let first = true;
      const keys = v.keys;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k === null || k === undefined) continue;
        if (!first) o.out += o.itemSep + inner;
        first = false;
        o.out += typeof k === "string" ? keyPrefix(k, o) : o.escape(keyText(k, o)) + o.keySep;
        encodeValue(v.values[i] as PyValue, o, level + 1);
      }
    }
    o.out += lineStart(o, level) + "}";
    o.path.delete(v);
    return;
  }
  throw NOT_HANDLED;
}

function encode(_t: unknown, _s: PyValue, args: PyValue[]): PyValue {
  const [obj, ensureAscii, itemSep, keySep, sortKeys, allowNan, indent] = args;
  if (typeof itemSep !== "string" || typeof keySep !== "string") return None;
  if (indent !== undefined && indent !== None && typeof indent !== "string") return None;
  const o: EncodeOptions = {
    escape: ensureAscii === true ? escapeAscii : escapeUnicode,
    itemSep,
    keySep,
    sortKeys: sortKeys === true,
    allowNan: allowNan === true,
    path: new Set(),
    indent: typeof indent === "string" ? indent : null,
    newlines: [],
    out: "",
    keyTexts: new Map(),
  };
  try {
    encodeValue(obj!, o, 0);
  } catch (e) {
    if (e === NOT_HANDLED) return None;
    throw e;
  }
  return o.out;
}

/** The str argument of the escape functions (str subclasses included). */
function strArg(args: PyValue[]): string | PySurrogateStr {
  const v = args[0]!;
  if (v instanceof PySurrogateStr) return v;
  const s = strValue(v);
  if (s === undefined) throw typeError(`first argument must be a string, not ${typeName(v)}`);
  return s;
}

/**
 * The escape functions for a str holding a lone surrogate pair: each lone surrogate is one
 * code point, escaped as `\udXXX` by ensure_ascii and kept as it is otherwise (the result then
 * holds the pair too).
 */
function escapeBoxed(s: PySurrogateStr, ascii: boolean): PyStr {
  const out: number[] = [0x22];
  const text = (t: string): void => {
    for (let i = 0; i < t.length; i++) out.push(t.charCodeAt(i));
  };
  for (const c of s.cps) {
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (c <= 0x7e || !ascii)) out.push(c);
    else if (c > 0xffff) text(u4(0xd800 + ((c - 0x10000) >> 10)) + u4(0xdc00 + ((c - 0x10000) & 0x3ff)));
    else text(SHORT_ESCAPES[c] ?? u4(c));
  }
  out.push(0x22);
  return strFromCodePoints(out);
}

export function makeJsonModule(): PyModule {
  const m = new PyModule("_json");
  for (const [name, fn] of nativeFunctions("_json", {
    decode,
    encode,
    encode_basestring: (_t, _s, args) => {
      const s = strArg(args);
      return typeof s === "string" ? escapeUnicode(s) : escapeBoxed(s, false);
    },
    encode_basestring_ascii: (_t, _s, args) => {
      const s = strArg(args);
      return typeof s === "string" ? escapeAscii(s) : escapeBoxed(s, true);
    },
  }))
    m.dict!.setStr(name, fn);
  return m;
}
