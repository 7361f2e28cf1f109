/**
 * The value of an `ast.Constant` (and `ast.MatchSingleton`), independent of runtime objects:
 * the parser runs without a VM. Python `None`, `True`/`False` and `...` are JavaScript
 * `null`, booleans and {@link ELLIPSIS}; `int` is a `bigint`, `float` a `number`, `str` a
 * string. Bytes and complex literals have their own shapes.
 */
export type ConstantValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | SplitStrConstant
  | BytesConstant
  | ComplexConstant
  | EllipsisConstant;

/**
 * A str literal in which escapes put a lone high surrogate right before a lone low one
 * (`"\ud83d\ude00"`): two code points in Python, which a JS string would read as the one astral
 * character they pair into. The runtime makes it a boxed str (src/objects/str-surrogate.ts).
 */
export interface SplitStrConstant {
  readonly kind: "str";
  readonly codePoints: readonly number[];
}

export interface BytesConstant {
  readonly kind: "bytes";
  readonly bytes: Uint8Array;
}

/** An imaginary literal such as `3j`; the parser only ever produces a zero real part. */
export interface ComplexConstant {
  readonly kind: "complex";
  readonly real: number;
  readonly imag: number;
}

export interface EllipsisConstant {
  readonly kind: "ellipsis";
}

export const ELLIPSIS: EllipsisConstant = Object.freeze({ kind: "ellipsis" });
