/**
 * Character names for `\N{...}` escapes (the unicodedata lookup the unicode-escape codec uses).
 * Placeholder: only algorithmic names; the name table comes next.
 */

/** The code point named `name` (case-insensitive, as unicodedata.lookup), or null. */
export function lookupUnicodeName(name: string): number | null {
  const upper = name.toUpperCase();
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (cjk !== null) return parseInt(cjk[1]!, 16);
  return null;
}
