import { PyErrorCarrier } from "../error-carrier.js";
import { padText, pyLength } from "./layout.js";
import { parseFormatSpec, unknownFormatCode } from "./spec.js";

/**
 * format(s, spec) for a str: follows _PyUnicode_FormatAdvancedWriter and
 * format_string_internal in Python/formatter_unicode.c. Widths and precisions count code points.
 */
export function formatStr(s: string, spec: string, typeName = "str"): string {
  if (spec === "") return s;
  const parsed = parseFormatSpec(spec, typeName, "s", "<");
  if (parsed.type !== "s") throw unknownFormatCode(parsed.type, typeName);
  if (parsed.sign !== "") {
    throw new PyErrorCarrier(
      "ValueError",
      parsed.sign === " "
        ? "Space not allowed in string format specifier"
        : "Sign not allowed in string format specifier",
    );
  }
  if (parsed.noNegZero) {
    throw new PyErrorCarrier(
      "ValueError",
      "Negative zero coercion (z) not allowed in string format specifier",
    );
  }
  if (parsed.alternate) {
    throw new PyErrorCarrier("ValueError", "Alternate form (#) not allowed in string format specifier");
  }
  if (parsed.align === "=") {
    throw new PyErrorCarrier("ValueError", "'=' alignment not allowed in string format specifier");
  }
  let text = s;
  let length = pyLength(s);
  if (parsed.precision >= 0 && length > parsed.precision) {
    text = truncateCodePoints(s, parsed.precision);
    length = parsed.precision;
  }
  return padText(text, length, parsed);
}

/** The first n code points of s. */
export function truncateCodePoints(s: string, n: number): string {
  let units = 0;
  let count = 0;
  for (const ch of s) {
    if (count === n) break;
    units += ch.length;
    count++;
  }
  return s.slice(0, units);
}
