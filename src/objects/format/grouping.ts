/**
 * Inserts thousands separators into a run of digits, padding with '0' digits (and separators
 * between them) up to minWidth characters: follows _PyUnicode_InsertThousandsGrouping in
 * Objects/unicodeobject.c with a grouping that repeats one group size forever, or with no
 * grouping at all when groupSize is 0 (then it only zero-pads).
 */
export function insertGrouping(
  digits: string,
  minWidth: number,
  groupSize: number,
  separator: string,
): string {
  const pieces: string[] = [];
  let remaining = digits.length;
  let width = minWidth;
  const take = (l: number): void => {
    const zeros = Math.max(0, l - remaining);
    const chars = Math.max(0, Math.min(remaining, l));
    pieces.push("0".repeat(zeros) + digits.slice(remaining - chars, remaining));
    remaining -= chars;
  };
  if (groupSize > 0) {
    // Groups are taken from the right; stop once the digits are used and the width is reached.
    for (;;) {
      const l = Math.min(groupSize, Math.max(remaining, width, 1));
      take(l);
      width -= l;
      if (remaining <= 0 && width <= 0) break;
      width -= separator.length;
    }
  } else {
    take(Math.max(remaining, width, 1));
  }
  return pieces.reverse().join(separator);
}
