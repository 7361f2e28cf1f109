/**
 * str.format (Objects/stringlib/unicode_format.h) and printf-style `str % args`
 * (PyUnicode_Format in Objects/unicodeobject.c). The number conversions themselves are the
 * exact algorithms of src/objects/format/.
 */
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "./core.js";
import { E, carry, indexError, newException, overflowError, typeError, valueError } from "./exceptions.js";
import { PyFloat } from "./float.js";
import { percentFormatFloat, percentFormatInt, percentPad } from "./format/percent.js";
import type { PercentFloatType, PercentIntType, PercentSpec } from "./format/percent.js";
import { intValue, strValue, typeName } from "./helpers.js";
import { intToFloat, norm } from "./int.js";
import { PyDict } from "./dict.js";
import { getAttr } from "./ops/attr.js";
import { ascii, indexOf, repr, strOrBoxed } from "./ops/convert.js";
import { boxedTextError } from "./codecs.js";
import type { PyStr } from "./str-surrogate.js";
import { PySurrogateStr, StrBuilder, strFromCodePoints } from "./str-surrogate.js";
import { formatValue } from "./ops/format.js";
import { getItem } from "./ops/subscript.js";
import { floatToInt } from "./numeric/float-int.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";
import { None, typeOf } from "./core.js";
import { bytesLike } from "./bytes-methods.js";
import { PyByteArray, PyBytes } from "./misc.js";
import { callMethod } from "./ops/call.js";

interface FormatState {
  args: PyValue[];
  kwargs: PyDict | null;
  /** str.format_map's mapping: names are looked up with mapping[name], and no positional fields. */
  mapping?: PyValue;
  auto: number;
  /** 0 unknown, 1 automatic numbering, 2 manual. */
  mode: number;
}

/** str.format(*args, **kwargs). */
export function* strFormat(t: Thread, fmt: string, args: PyValue[], kwargs: PyDict | null): Gen<PyStr> {
  const st: FormatState = { args, kwargs, auto: 0, mode: 0 };
  return yield* render(t, fmt, st, 2);
}

/** str.format_map(mapping): any object with __getitem__, as do_string_format_map. */
export function* strFormatMap(t: Thread, fmt: string, mapping: PyValue): Gen<PyStr> {
  const st: FormatState = { args: [], kwargs: null, mapping, auto: 0, mode: 0 };
  return yield* render(t, fmt, st, 2);
}

function* render(t: Thread, fmt: string, st: FormatState, depth: number): Gen<PyStr> {
  if (depth <= 0) throw valueError("Max string recursion exceeded");
  // Literal text is collected as a JS string (pairs stay whole); fields are joined to it by the
  // builder, as a field can put a lone surrogate next to one around it (str-surrogate.ts).
  const b = new StrBuilder();
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i]!;
    if (c === "}") {
      if (fmt[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      throw valueError("Single '}' encountered in format string");
    }
    if (c !== "{") {
      out += c;
      i++;
      continue;
    }
    if (fmt[i + 1] === "{") {
      out += "{";
      i += 2;
      continue;
    }
    // A replacement field: find its end, allowing nested braces in the spec.
    let j = i + 1;
    let level = 1;
    let bracket = false;
    while (j < n) {
      const d = fmt[j]!;
      if (d === "[") bracket = true;
      else if (d === "]") bracket = false;
      else if (!bracket && d === "{") level++;
      else if (!bracket && d === "}") {
        level--;
        if (level === 0) break;
      }
      j++;
    }
    if (level !== 0) {
      if (j >= n && fmt.indexOf("}", i) < 0)
        throw valueError(
          i + 1 >= n ? "Single '{' encountered in format string" : "expected '}' before end of string",
        );
      throw valueError("expected '}' before end of string");
    }
    const field = fmt.slice(i + 1, j);
    b.add(out);
    out = "";
    b.add(yield* renderField(t, field, st, depth));
    i = j + 1;
  }
  b.add(out);
  return b.result();
}

function* renderField(t: Thread, field: string, st: FormatState, depth: number): Gen<PyStr> {
  // field_name [! conversion] [: spec]
  let k = 0;
  let bracket = false;
  while (k < field.length) {
    const d = field[k]!;
    if (d === "[") bracket = true;
    else if (d === "]") bracket = false;
    else if (!bracket && (d === "!" || d === ":")) break;
    k++;
  }
  const name = field.slice(0, k);
  let conversion: string | null = null;
  let spec = "";
  if (field[k] === "!") {
    // CPython reads the conversion before looking for the closing brace, so "{!}" takes "}" as
    // the conversion and then finds the field unterminated (parse_field in unicode_format.h).
    if (k + 1 >= field.length) throw valueError("unmatched '{' in format spec");
    conversion = field[k + 1]!;
    k += 2;
    if (k < field.length && field[k] !== ":") throw valueError("expected ':' after conversion specifier");
  }
  if (field[k] === ":") spec = field.slice(k + 1);
  let value = yield* lookupField(t, name, st);
  if (conversion !== null) {
    switch (conversion) {
      case "r":
        value = yield* repr(t, value);
        break;
      case "s":
        value = yield* strOrBoxed(t, value);
        break;
      case "a":
        value = yield* ascii(t, value);
        break;
      default:
        throw valueError(`Unknown conversion specifier ${conversion}`);
    }
  }
  if (spec.includes("{")) {
    const nested = yield* render(t, spec, st, depth - 1);
    if (nested instanceof PySurrogateStr) throw boxedTextError(nested);
    spec = nested;
  }
  return yield* formatValue(t, value, spec);
}

function* lookupField(t: Thread, name: string, st: FormatState): Gen<PyValue> {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  let obj: PyValue;
  if (st.mapping !== undefined && (first === "" || /^\d+$/.test(first)))
    throw valueError("Format string contains positional fields");
  if (st.mapping !== undefined) {
    obj = yield* getItem(t, st.mapping, first);
  } else if (first === "") {
    if (st.mode === 2)
      throw valueError("cannot switch from manual field specification to automatic field numbering");
    st.mode = 1;
    const idx = st.auto++;
    if (idx >= st.args.length)
      throw indexError(`Replacement index ${idx} out of range for positional args tuple`);
    obj = st.args[idx]!;
  } else if (/^\d+$/.test(first)) {
    if (st.mode === 1)
      throw valueError("cannot switch from automatic field numbering to manual field specification");
    st.mode = 2;
    const idx = Number(first);
    if (idx >= st.args.length)
      throw indexError(`Replacement index ${idx} out of range for positional args tuple`);
    obj = st.args[idx]!;
  } else {
    const v = st.kwargs?.getStr(first);
    if (v === undefined) throw newException(E.KeyError, first);
    obj = v;
  }
  while (i < name.length) {
    if (name[i] === ".") {
      let j = i + 1;
      while (j < name.length && name[j] !== "." && name[j] !== "[") j++;
      const attr = name.slice(i + 1, j);
      if (attr === "") throw valueError("Empty attribute in format string");
      obj = yield* getAttr(t, obj, attr);
      i = j;
    } else if (name[i] === "[") {
      const j = name.indexOf("]", i);
      if (j < 0) throw valueError("Missing ']' in format string");
      const key = name.slice(i + 1, j);
      if (key === "") throw valueError("Empty attribute in format string");
      obj = yield* getItem(t, obj, /^\d+$/.test(key) ? Number(key) : key);
      i = j + 1;
      if (i < name.length && name[i] !== "." && name[i] !== "[") {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      break;
    }
  }
  return obj;
}

// ---- printf-style formatting ----

function isMappingArg(v: PyValue, bytesMode: boolean): boolean {
  if (v instanceof PyTuple || typeof v === "string") return false;
  // _PyBytes_FormatEx also leaves bytes arguments out.
  if (bytesMode && v instanceof PyBytes) return false;
  return typeOf(v).lookup("__getitem__") !== null;
}

/** bytes % args (_PyBytes_FormatEx): the format and the result as bytes. */
export function* bytesPercentFormat(t: Thread, fmt: Uint8Array, args: PyValue): Gen<Uint8Array> {
  let text = "";
  for (let i = 0; i < fmt.length; i += 4096) text += String.fromCharCode(...fmt.subarray(i, i + 4096));
  const out = yield* percentFormat(t, text, args, true);
  // Bytes mode only ever appends chars below 256.
  if (typeof out !== "string") throw new Error("bytes formatting produced a boxed str");
  const b = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) b[i] = out.charCodeAt(i);
  return b;
}

/** Latin-1 text of some bytes: each char is one byte. */
function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
  return s;
}

/**
 * fmt % args. In bytes mode the format and the result hold one byte per char, and the
 * conversions are those of bytes formatting (%s/%b take buffers, %r/%a give ascii()).
 */
export function* percentFormat(t: Thread, fmt: string, args: PyValue, bytesMode = false): Gen<PyStr> {
  const tupleArgs = args instanceof PyTuple ? args.items : null;
  const dict = isMappingArg(args, bytesMode) ? args : null;
  let argIndex = 0;
  const argCount = tupleArgs ? tupleArgs.length : 1;
  // After "%(key)", the looked-up value is the only argument left (CPython resets arglen to -1):
  // a "*" or a later key-less conversion that wants another one finds none.
  let keyed: { value: PyValue; used: boolean } | null = null;
  const nextArg = (): PyValue => {
    if (keyed !== null) {
      if (keyed.used) throw typeError("not enough arguments for format string");
      keyed.used = true;
      return keyed.value;
    }
    if (tupleArgs) {
      if (argIndex >= tupleArgs.length) throw typeError("not enough arguments for format string");
      return tupleArgs[argIndex++]!;
    }
    if (argIndex > 0) throw typeError("not enough arguments for format string");
    argIndex++;
    return args;
  };
  // Conversions are joined through the builder (see render).
  const out = new StrBuilder();
  let i = 0;
  const n = fmt.length;
  let usedMapping = false;
  while (i < n) {
    const c = fmt[i]!;
    if (c !== "%") {
      const j = fmt.indexOf("%", i);
      const end = j < 0 ? n : j;
      out.add(fmt.slice(i, end));
      i = end;
      continue;
    }
    const start = i;
    i++;
    if (fmt[i] === "(") {
      if (dict === null) throw typeError("format requires a mapping");
      let level = 1;
      let j = i + 1;
      while (j < n && level > 0) {
        if (fmt[j] === "(") level++;
        else if (fmt[j] === ")") level--;
        j++;
      }
      if (level > 0) throw valueError("incomplete format key");
      const key = fmt.slice(i + 1, j - 1);
      keyed = {
        value: yield* getItem(
          t,
          dict,
          bytesMode ? new PyBytes(Uint8Array.from(key, (ch) => ch.charCodeAt(0))) : key,
        ),
        used: false,
      };
      usedMapping = true;
      i = j;
    }
    const spec: {
      left: boolean;
      plus: boolean;
      blank: boolean;
      alt: boolean;
      zero: boolean;
      width: number;
      precision: number;
    } = { left: false, plus: false, blank: false, alt: false, zero: false, width: -1, precision: -1 };
    for (;;) {
      const f = fmt[i];
      if (f === "-") spec.left = true;
      else if (f === "+") spec.plus = true;
      else if (f === " ") spec.blank = true;
      else if (f === "#") spec.alt = true;
      else if (f === "0") spec.zero = true;
      else break;
      i++;
    }
    if (fmt[i] === "*") {
      const w = nextArg();
      const wi = intValue(w);
      if (wi === undefined) throw typeError("* wants int");
      spec.width = Number(wi);
      if (spec.width < 0) {
        spec.left = true;
        spec.width = -spec.width;
      }
      i++;
    } else {
      let w = "";
      while (i < n && fmt[i]! >= "0" && fmt[i]! <= "9") w += fmt[i++];
      if (w !== "") spec.width = Number(w);
    }
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        const p = nextArg();
        const pi = intValue(p);
        if (pi === undefined) throw typeError("* wants int");
        spec.precision = Math.max(0, Number(pi));
        i++;
      } else {
        let p = "";
        while (i < n && fmt[i]! >= "0" && fmt[i]! <= "9") p += fmt[i++];
        spec.precision = p === "" ? 0 : Number(p);
      }
    }
    while (fmt[i] === "h" || fmt[i] === "l" || fmt[i] === "L") i++;
    if (i >= n) throw valueError("incomplete format");
    const conv = fmt[i]!;
    i++;
    if (conv === "%") {
      out.add("%");
      continue;
    }
    const value = nextArg();
    out.add(
      bytesMode
        ? yield* convertBytes(t, conv, value, spec, start, fmt)
        : yield* convertOne(t, conv, value, spec, start, fmt),
    );
  }
  if (dict === null && argIndex < argCount && !usedMapping) {
    throw typeError(`not all arguments converted during ${bytesMode ? "bytes" : "string"} formatting`);
  }
  return out.result();
}

function* convertOne(
  t: Thread,
  conv: string,
  v: PyValue,
  spec: PercentSpec,
  at: number,
  fmt: string,
): Gen<PyStr> {
  switch (conv) {
    case "s": {
      const s = yield* strOrBoxed(t, v);
      if (s instanceof PySurrogateStr) {
        // Truncated and padded with spaces as code points.
        const cps = spec.precision < 0 ? s.cps.slice() : s.cps.slice(0, spec.precision);
        const fill = Math.max(0, spec.width - cps.length);
        const pad: number[] = new Array<number>(fill).fill(0x20);
        return strFromCodePoints(spec.left ? cps.concat(pad) : pad.concat(cps));
      }
      return percentPad(truncate(s, spec.precision), spec);
    }
    case "r":
      return percentPad(truncate(yield* repr(t, v), spec.precision), spec);
    case "a":
      return percentPad(truncate(yield* ascii(t, v), spec.precision), spec);
    case "c": {
      const s = strValue(v);
      if (s !== undefined) {
        if ([...s].length !== 1) throw typeError("%c requires int or char");
        return percentPad(s, spec);
      }
      const iv = intValue(v);
      if (iv === undefined) throw typeError("%c requires int or char");
      if (iv < 0 || iv > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
      return percentPad(String.fromCodePoint(Number(iv)), spec);
    }
    case "d":
    case "i":
    case "u":
    case "o":
    case "x":
    case "X": {
      let iv = intValue(v);
      if (iv === undefined) {
        if (v instanceof PyFloat && (conv === "d" || conv === "i" || conv === "u")) {
          iv = norm(carry(() => floatToInt(v.value)));
        } else if (typeOf(v).lookup("__index__") !== null) {
          iv = yield* indexOf(t, v);
        } else if (conv === "d" || conv === "i" || conv === "u") {
          const m = typeOf(v).lookup("__int__");
          if (m === null) throw typeError(`%${conv} format: a real number is required, not ${typeName(v)}`);
          // %d takes int(v), so __int__ counts as well as __index__ (mainformatlong).
          const r = yield* callMethod(t, m, v, []);
          iv = intValue(r);
          if (iv === undefined) throw typeError(`__int__ returned non-int (type ${typeName(r)})`);
        } else {
          throw typeError(`%${conv} format: an integer is required, not ${typeName(v)}`);
        }
      }
      return carry(() => percentFormatInt(iv!, conv as PercentIntType, spec, t.interp.intStrLimit));
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      let x: number;
      if (v instanceof PyFloat) x = v.value;
      else {
        const iv = intValue(v);
        if (iv !== undefined) x = carry(() => intToFloat(iv));
        else {
          const m = typeOf(v).lookup("__float__");
          if (m === null) throw typeError(`must be real number, not ${typeName(v)}`);
          const r = yield* callMethod(t, m, v, []);
          x = (r as PyFloat).value;
        }
      }
      return percentFormatFloat(x, conv as PercentFloatType, spec);
    }
    default: {
      const cp = conv.codePointAt(0)!;
      throw valueError(
        `unsupported format character '${conv}' (0x${cp.toString(16)}) at index ${fmt.indexOf(conv, at)}`,
      );
    }
  }
}

/** One conversion of bytes formatting (the parts that differ from str's). */
function* convertBytes(
  t: Thread,
  conv: string,
  v: PyValue,
  spec: PercentSpec,
  at: number,
  fmt: string,
): Gen<string> {
  switch (conv) {
    case "s":
    case "b": {
      let b = bytesLike(v);
      if (b === undefined && typeof v === "object") {
        const m = typeOf(v).lookup("__bytes__");
        if (m !== null && m !== None) {
          const r = yield* callMethod(t, m, v, []);
          if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
          b = r.bytes;
        }
      }
      if (b === undefined)
        throw typeError(
          `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`,
        );
      return percentPad(truncate(latin1(b), spec.precision), spec);
    }
    case "r":
    case "a":
      return percentPad(truncate(yield* ascii(t, v), spec.precision), spec);
    case "c": {
      if (v instanceof PyBytes || v instanceof PyByteArray) {
        if (v.bytes.length !== 1) throw typeError("%c requires an integer in range(256) or a single byte");
        return percentPad(latin1(v.bytes), spec);
      }
      const iv = intValue(v);
      if (iv === undefined && !(typeof v === "object" && v.type.lookup("__index__") !== null))
        throw typeError("%c requires an integer in range(256) or a single byte");
      const n = iv ?? (yield* indexOf(t, v));
      if (n < 0 || n > 255) throw overflowError("%c arg not in range(256)");
      return percentPad(String.fromCharCode(Number(n)), spec);
    }
    default: {
      // The number conversions, which give ASCII text.
      const r = yield* convertOne(t, conv, v, spec, at, fmt);
      if (typeof r !== "string") throw new Error("a number conversion gave a boxed str");
      return r;
    }
  }
}

function truncate(s: string, precision: number): string {
  if (precision < 0) return s;
  return [...s].slice(0, precision).join("");
}
