// The varint text encoding of the generated Unicode tables (decoded by src/objects/varint-text.ts):
// base-32 digits, most significant first, one character per digit; a digit followed by more
// digits is drawn from the alphabet's second half.
export const ALPHABET = "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz_$";

/** `n` (a non-negative integer below 2**32) as a varint. */
export function varint(n) {
  const digits = [];
  do {
    digits.unshift(n & 31);
    n >>>= 5;
  } while (n > 0);
  return digits.map((d, i) => ALPHABET[i < digits.length - 1 ? 32 + d : d]).join("");
}
