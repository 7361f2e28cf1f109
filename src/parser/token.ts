/**
 * Tokens, as CPython's tokenizer produces them. In Python 3.11 an f-string is one STRING token;
 * its inside is parsed by the parser. COMMENT, NL and ENCODING only appear when the tokenizer is
 * asked for the `tokenize` module's view (`pyglass tokens`); the parser never sees them.
 */
export type TokenType =
  | "ENDMARKER"
  | "NAME"
  | "NUMBER"
  | "STRING"
  | "NEWLINE"
  | "INDENT"
  | "DEDENT"
  | "OP"
  | "COMMENT"
  | "NL"
  | "ENCODING"
  | "ERRORTOKEN";

export interface Token {
  readonly type: TokenType;
  /** The token's text exactly as in the source (for OP, the operator; for DEDENT, ""). */
  readonly string: string;
  /** 1-based line numbers. */
  readonly lineno: number;
  readonly endLineno: number;
  /** 0-based columns in UTF-8 bytes of the line, as CPython's AST positions count them. */
  readonly colOffset: number;
  readonly endColOffset: number;
  /** 0-based offsets into the decoded source text (JavaScript string indices), start and end. */
  readonly start: number;
  readonly end: number;
}
