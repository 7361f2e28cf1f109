/**
 * What changes when CPython parses a script file (`python3 FILE`, Py_RunFile) rather than bytes
 * in memory: the file tokenizer reads line by line, and pegen takes an error's source line from
 * the file itself. Decoding differences live in source.ts (its "file" mode).
 */
import { type ErrorTextSource, sourceLines } from "./parser-core.js";
import { codecDecoder } from "./source-codecs.js";
import { declaredEncoding, normalEncodingName } from "./source.js";
import type { Token } from "./token.js";

/**
 * The INDENT, DEDENT and ENDMARKER tokens the tokenizer produces at end of file, with column 0.
 * pegen gives these tokens no column and, when an error falls on one, uses the tokenizer's
 * cursor (_PyPegen_raise_error). The file tokenizer empties its buffer before reading each line
 * (tok_underflow_file), so at end of file the cursor is at the buffer's start: offset 0, where a
 * string source leaves it after the last line.
 */
export function fileEndTokens(tokens: readonly Token[]): readonly Token[] {
  let first = tokens.length;
  while (first > 0) {
    const type = tokens[first - 1]!.type;
    if (type !== "ENDMARKER" && type !== "DEDENT" && type !== "INDENT") break;
    first--;
  }
  if (first === tokens.length || tokens[tokens.length - 1]!.type !== "ENDMARKER") return tokens;
  return [...tokens.slice(0, first), ...tokens.slice(first).map((t) => ({ ...t, colOffset: 0 }))];
}

/** err_programtext reads with a 1000-byte buffer: fgets returns at most 999 bytes at a time. */
const CHUNK = 999;

/**
 * Universal-newline lines of the raw file, as Py_UniversalNewlineFgets yields them: `\r\n` and
 * `\r` become `\n`, which ends the line.
 */
function rawLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let line: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    let b = bytes[i]!;
    if (b === 13) {
      if (bytes[i + 1] === 10) i++;
      b = 10;
    }
    line.push(b);
    if (b === 10) {
      lines.push(Uint8Array.from(line));
      line = [];
    }
  }
  if (line.length > 0) lines.push(Uint8Array.from(line));
  return lines;
}

/**
 * Where pegen's error texts come from for a script: _PyPegen_raise_error_known_location asks
 * _PyErr_ProgramDecodedTextObject for the line, which re-reads the file (err_programtext in
 * Python/errors.c). So the text is the raw line — a UTF-8 BOM included on line 1 — decoded
 * with the declared encoding ("replace"), or as strict UTF-8 when none is declared. A line longer
 * than the buffer comes back as its last fgets chunk. When that yields nothing (no such line, an
 * undecodable chunk), pegen falls back to the tokenizer's copy of the line.
 */
export function fileErrorLines(bytes: Uint8Array, source: string): ErrorTextSource {
  const fallback = sourceLines(source, !(source.endsWith("\n") || source.endsWith("\r")));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const spec = declaredEncoding(bytes, bom ? 3 : 0);
  const encoding = spec !== null ? normalEncodingName(spec) : bom ? "utf-8" : null;
  let lines: Uint8Array[] | null = null;
  const decode = (chunk: Uint8Array): string | null => {
    try {
      if (encoding === null) return new TextDecoder("utf-8", { fatal: true }).decode(chunk);
      if (encoding === "utf-8") return new TextDecoder("utf-8", { ignoreBOM: true }).decode(chunk);
      const decoder = codecDecoder(encoding === "iso-8859-1" ? "latin-1" : encoding);
      return decoder === null ? null : decoder(chunk);
    } catch {
      return null;
    }
  };
  return {
    line(lineno) {
      lines ??= rawLines(bytes);
      const line = lines[lineno - 1];
      if (line === undefined) return fallback.line(lineno);
      // A last line without a newline whose length is a multiple of the chunk: fgets hits the
      // end of file while the loop still looks for the newline, and no line is returned.
      const ended = line[line.length - 1] === 10;
      if (!ended && line.length % CHUNK === 0) return fallback.line(lineno);
      const start = CHUNK * Math.floor((line.length - 1) / CHUNK);
      return decode(line.subarray(start)) ?? fallback.line(lineno);
    },
  };
}
