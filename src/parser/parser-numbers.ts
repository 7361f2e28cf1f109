/**
 * NUMBER tokens to Constant values (parsenumber in Parser/pegen.c): ints are bigints, floats
 * are parsed with correct rounding (JavaScript's Number() of a decimal string, like
 * PyOS_string_to_double), imaginary literals are complex with a zero real part.
 */
import type { ConstantValue } from "./constant.js";
import type { Parser } from "./parser-core.js";
import type { Token } from "./token.js";

/** sys.int_info.default_max_str_digits: the limit on decimal int literals since 3.11.7. */
const MAX_STR_DIGITS = 4300;

export function parseNumber(p: Parser, t: Token): ConstantValue {
  let s = t.string;
  if (s.indexOf("_") >= 0) s = s.replace(/_/g, "");
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x6a || last === 0x4a) {
    return { kind: "complex", real: 0, imag: Number(s.slice(0, -1)) };
  }
  const second = s.charCodeAt(1) | 0x20;
  if (s.charCodeAt(0) === 0x30 && (second === 0x78 || second === 0x6f || second === 0x62)) return BigInt(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e || c === 0x65 || c === 0x45) return Number(s);
  }
  if (s.length > 9) {
    if (s.length > MAX_STR_DIGITS) {
      // _PyLong_FromString's limit check; pegen reports it with no known column.
      throw p.raiseKnown(
        t.lineno,
        0,
        t.lineno,
        0,
        `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${s.length} digits; ` +
          "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals " +
          "to avoid decimal conversion limits.",
        "SyntaxError",
      );
    }
    return BigInt(s);
  }
  return BigInt(Number(s));
}
