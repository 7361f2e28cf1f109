/**
 * How code that runs without the object model (pure algorithms: number formatting, parsing,
 * hashing) reports a Python-level error. The VM turns a PyErrorCarrier into an instance of the
 * named exception class with this message where the native call returns; it never reaches a
 * user as a JavaScript error.
 */
export type CarriedExceptionType =
  | "ValueError"
  | "TypeError"
  | "OverflowError"
  | "ZeroDivisionError"
  | "IndexError"
  | "KeyError"
  | "UnicodeEncodeError"
  | "UnicodeDecodeError"
  | "MemoryError"
  | "RecursionError"
  | "NotImplementedError";

export class PyErrorCarrier extends Error {
  constructor(
    readonly pyType: CarriedExceptionType,
    /** The message exactly as CPython words it (the exception's str()). */
    readonly pyMessage: string,
  ) {
    super(`${pyType}: ${pyMessage}`);
    this.name = "PyErrorCarrier";
  }
}
