/**
 * str methods' fast paths (NativeFastFn): the common calls with exact str (JS string) operands
 * and int positions, answered without the method's generator, as no Python code can run in
 * them. Anything else (a str subclass, an `__index__` object, a generator to join, a format
 * spec) declines to the general path, which also makes every error message. A boxed str
 * (str-surrogate.ts) never gets here: str's method table declines first for it
 * (str-surrogate-methods.ts).
 */
import type { PyValue } from "./core.js";
import { None, dictType, listType, tupleType } from "./core.js";
import { PyDict } from "./dict.js";
import { PyList } from "./list.js";
import { strFast } from "./ops/convert.js";
import { joinsLone } from "./str-surrogate.js";
import { strLen, unitIndex } from "./str.js";
import { PyTuple } from "./tuple.js";

/**
 * The UTF-16 bounds of s[start:end] for find, count, startswith, ... when start and end are
 * ints or None ([-1, -1]: nothing can match), or undefined for any other kind (the general path
 * converts them with `__index__`). Follows ADJUST_INDICES in Objects/stringlib/find.h; a start
 * past the end matches nothing, not even the empty string.
 */
export function boundsFast(
  s: string,
  startV: PyValue | undefined,
  endV: PyValue | undefined,
): [number, number] | undefined {
  const n = strLen(s);
  let start = 0;
  let end = n;
  if (startV !== undefined && startV !== None) {
    if (typeof startV !== "number") return undefined;
    if (startV > n) return [-1, -1];
    start = startV < 0 ? Math.max(0, startV + n) : startV;
  }
  if (endV !== undefined && endV !== None) {
    if (typeof endV !== "number") return undefined;
    end = endV < 0 ? Math.max(0, endV + n) : Math.min(endV, n);
  }
  if (end < start) return [-1, -1];
  return n === s.length ? [start, end] : [unitIndex(s, start), unitIndex(s, end)];
}

/**
 * sep.join(items) for an exact list or tuple of JS strings that meet no lone surrogate at a
 * boundary; undefined otherwise (the general path iterates, converts and reports).
 */
export function joinFast(sep: string, iterable: PyValue): string | undefined {
  if (typeof iterable !== "object") return undefined;
  const tp = iterable.type;
  if (tp !== listType && tp !== tupleType) return undefined;
  const items = (iterable as PyList | PyTuple).items;
  const n = items.length;
  if (n === 0) return "";
  const first = items[0]!;
  if (typeof first !== "string") return undefined;
  if (n === 1) return first;
  // A lone high surrogate at the end of one piece and a lone low one at the start of the next
  // would make a pair: the general path keeps them apart (str-surrogate.ts).
  const sepLone = sep !== "" && joinsLone(sep, sep);
  let prev = first;
  for (let i = 1; i < n; i++) {
    const s = items[i]!;
    if (typeof s !== "string") return undefined;
    if (sep === "" ? joinsLone(prev, s) : sepLone || joinsLone(prev, sep) || joinsLone(sep, s))
      return undefined;
    prev = s;
  }
  return (items as string[]).join(sep);
}

/**
 * s.translate(table) for an exact dict whose keys are all plain (`allFast`) and values None, str
 * or int code points; undefined when a value needs the general path (another type, an int out
 * of range, a str that could pair with a neighbour's lone surrogate).
 */
export function translateFast(s: string, table: PyValue): string | undefined {
  if (!(table instanceof PyDict) || table.type !== dictType || !table.allFast) return undefined;
  let out = "";
  // Unmapped characters are copied a run at a time.
  let run = 0;
  const seen = new Uint8Array(128);
  const memo = new Array<PyValue | undefined>(128);
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    // Surrogates (a pair, or a lone one a mapping could pair with) take the general path.
    if ((c & 0xf800) === 0xd800) return undefined;
    let v: PyValue | undefined;
    if (c < 128) {
      // ASCII lookups are remembered for the call (long texts repeat few characters).
      if (seen[c] === 0) {
        seen[c] = 1;
        memo[c] = table.getFast(c);
      }
      v = memo[c];
    } else v = table.getFast(c);
    if (v === undefined) continue;
    if (run < i) out += s.slice(run, i);
    run = i + 1;
    if (v === None) continue;
    if (typeof v === "string") {
      const m = v.length;
      if (m > 0 && ((v.charCodeAt(0) & 0xf800) === 0xd800 || (v.charCodeAt(m - 1) & 0xf800) === 0xd800))
        return undefined;
      out += v;
      continue;
    }
    if (typeof v !== "number" || v < 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return undefined;
    out += String.fromCodePoint(v);
  }
  return run === 0 ? s : out + s.slice(run);
}

/**
 * fmt.format(*args) when every field is `{}` or `{N}` (no name, attribute, index, conversion or
 * spec) and every argument an exact str, int, float, bool or None, whose format with an empty
 * spec is its str(); undefined otherwise (the general path, which also raises every error:
 * a lone brace, mixed numbering, a missing argument).
 */
export function formatFast(fmt: string, args: PyValue[]): string | undefined {
  let out = "";
  let auto = 0;
  /** 0: no field yet, 1: automatic numbering, 2: manual. */
  let mode = 0;
  const n = fmt.length;
  let lit = 0;
  for (let i = 0; i < n; i++) {
    const c = fmt.charCodeAt(i);
    if (c === 0x7d /* } */) {
      if (fmt.charCodeAt(i + 1) !== 0x7d) return undefined;
      out += fmt.slice(lit, i + 1);
      i++;
      lit = i + 1;
      continue;
    }
    if (c !== 0x7b /* { */) continue;
    if (fmt.charCodeAt(i + 1) === 0x7b) {
      out += fmt.slice(lit, i + 1);
      i++;
      lit = i + 1;
      continue;
    }
    // A field: `{}` or `{digits}`.
    let j = i + 1;
    let index = 0;
    while (j < n) {
      const d = fmt.charCodeAt(j);
      if (d < 0x30 || d > 0x39) break;
      index = index * 10 + (d - 0x30);
      j++;
    }
    if (j >= n || fmt.charCodeAt(j) !== 0x7d || j - i > 8) return undefined;
    if (j === i + 1) {
      if (mode === 2) return undefined;
      mode = 1;
      index = auto++;
    } else {
      if (mode === 1) return undefined;
      mode = 2;
    }
    if (index >= args.length) return undefined;
    const v = args[index]!;
    // strFast answers only for exact str, int, float, bool and None.
    const piece = strFast(v);
    if (piece === undefined) return undefined;
    const text = fmt.slice(lit, i);
    if (joinsLone(out, text)) return undefined;
    out += text;
    if (joinsLone(out, piece)) return undefined;
    out += piece;
    lit = j + 1;
    i = j;
  }
  const rest = fmt.slice(lit);
  if (joinsLone(out, rest)) return undefined;
  return out + rest;
}
