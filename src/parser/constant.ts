/**
 * The value of an `ast.Constant` (and `ast.MatchSingleton`), independent of runtime objects:
 * the parser runs without a VM. Python `None`, `True`/`False` and `...` are JavaScript
 * `null`, booleans and {@link ELLIPSIS}; `int` is a `bigint`, `float` a `number`, `str` a
 * string. Bytes and complex literals have their own shapes.
 */
export type ConstantValue =
  null | boolean | bigint | number | string | BytesConstant | ComplexConstant | EllipsisConstant;

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
