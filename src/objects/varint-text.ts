/**
 * The varint text encoding of the generated Unicode tables (written by scripts/varint.mjs):
 * base-32 digits, most significant first, one character per digit; a digit followed by more
 * digits of the same number is drawn from the alphabet's second half. Shared by the tables of
 * the objects (unicode-props.ts), the parser (`\N{...}` names) and unicodedata.
 */
export const VARINT_ALPHABET = "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz_$";

/** Digit value (0-63) of each ASCII character of the alphabet, -1 elsewhere. */
const DIGIT_OF: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < VARINT_ALPHABET.length; i++) t[VARINT_ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/** Reads the numbers of one varint string in order. */
export class VarintReader {
  pos = 0;
  constructor(readonly s: string) {}
  more(): boolean {
    return this.pos < this.s.length;
  }
  read(): number {
    let n = 0;
    for (;;) {
      const d = DIGIT_OF[this.s.charCodeAt(this.pos++)]!;
      if (d >= 32) {
        n = n * 32 + (d - 32);
      } else {
        return n * 32 + d;
      }
    }
  }
}
