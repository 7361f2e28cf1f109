/**
 * A syntax error found by the tokenizer, parser or compiler, carrying what CPython's SyntaxError
 * carries. It is not a Python object: the VM turns it into a SyntaxError / IndentationError /
 * TabError instance with these attributes.
 */
export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export class PythonSyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    /** The message, exactly as CPython words it (`msg` attribute). */
    readonly msg: string,
    /** null for errors found before the file is known to be source (CPython's `None`). */
    readonly filename: string | null,
    /** 1-based line; null when the error has no location (decoding errors of a script file). */
    readonly lineno: number | null,
    /**
     * 1-based column in characters (code points) of `text`, as CPython's `offset`; 0 when
     * unknown, null when the error has no location at all.
     */
    readonly offset: number | null,
    /** The source line(s) the error points into, with its newline, or null (`text` attribute). */
    readonly text: string | null,
    readonly endLineno: number | null = null,
    readonly endOffset: number | null = null,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
    this.name = "PythonSyntaxError";
  }
}
