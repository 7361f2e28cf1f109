import { PRINTABLE_BOUNDARY_DELTAS } from "./printable.generated.js";

/**
 * Whether a code point is printable in CPython's sense (Py_UNICODE_ISPRINTABLE, used by
 * str.isprintable and repr(str)): everything except the categories Cc, Cf, Cs, Co, Cn, Zl, Zp
 * and Zs, with the space character counted printable. The table comes from python3 itself
 * (scripts/fixtures/gen-unicode-tables.mjs) so it follows CPython's Unicode version, not the host's.
 */
const boundaries: Uint32Array = (() => {
  const out = new Uint32Array(PRINTABLE_BOUNDARY_DELTAS.length);
  let at = 0;
  PRINTABLE_BOUNDARY_DELTAS.forEach((d, i) => {
    at += d;
    out[i] = at;
  });
  return out;
})();

export function isPrintableCodePoint(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  // Count boundaries <= cp by binary search; an odd count means printable.
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (boundaries[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}
