import { DECIMAL_ZEROS, SPACE_CODE_POINTS } from "./unicode-digits.generated.js";

/**
 * The value of a Unicode decimal digit (Py_UNICODE_TODECIMAL), or -1 when cp is not one. Python
 * accepts every Nd digit where it accepts ASCII digits: int('٣') == 3, format widths, float().
 */
export function decimalValue(cp: number): number {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39 ? cp - 0x30 : -1;
  let lo = 0;
  let hi = DECIMAL_ZEROS.length;
  // Find the last run starting at or below cp.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (DECIMAL_ZEROS[mid]! <= cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return -1;
  const offset = cp - DECIMAL_ZEROS[lo - 1]!;
  return offset < 10 ? offset : -1;
}

const spaces = new Set(SPACE_CODE_POINTS);

/** str.isspace for one code point (Py_UNICODE_ISSPACE). */
export function isSpace(cp: number): boolean {
  return spaces.has(cp);
}
