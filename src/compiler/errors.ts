import { PythonSyntaxError } from "../parser/syntax-error.js";

/** What a compile-time error needs to say where it happened. */
export interface SourceInfo {
  readonly filename: string;
  /** The source text, to fill the error's `text`; null when unknown (CPython then has None). */
  readonly source: string | null;
}

/** A location as the AST gives it: 1-based lines, 0-based UTF-8 byte columns. */
export interface Span {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number | null;
  readonly end_col_offset: number | null;
}

/** The `lineno`-th line of `source` with its newline, as PyErr_ProgramTextObject reads it. */
export function sourceLine(source: string | null, lineno: number): string | null {
  if (source === null || lineno < 1) return null;
  let start = 0;
  for (let i = 1; i < lineno; i++) {
    const nl = source.indexOf("\n", start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  if (start >= source.length) return null;
  const nl = source.indexOf("\n", start);
  return nl < 0 ? source.slice(start) : source.slice(start, nl + 1);
}

/**
 * A SyntaxError raised by the symbol table or the code generator. Its offsets are the AST's byte
 * columns plus one, exactly as CPython's compiler_error and PyErr_RangedSyntaxLocationObject
 * report them (they are not converted to character offsets, unlike the parser's errors).
 */
export function compileError(info: SourceInfo, msg: string, span: Span): PythonSyntaxError {
  return new PythonSyntaxError(
    "SyntaxError",
    msg,
    info.filename,
    span.lineno,
    span.col_offset + 1,
    sourceLine(info.source, span.lineno),
    span.end_lineno,
    span.end_col_offset === null ? null : span.end_col_offset + 1,
  );
}

/** An internal invariant of the compiler; failing it is a bug in pyglass, never a Python error. */
export class CompilerBug extends Error {
  constructor(message: string) {
    super(`compiler bug: ${message}`);
    this.name = "CompilerBug";
  }
}

export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new CompilerBug(message);
}
