import { readFileSync } from "node:fs";
import { compile } from "../compiler/compile.js";
import { dis } from "../compiler/dis.js";
import { parse } from "../parser/parser.js";
import { decodeSource } from "../parser/source.js";
import { formatSyntaxError } from "../parser/syntax-error-format.js";
import { PythonSyntaxError } from "../parser/syntax-error.js";
import { strRepr } from "../objects/repr/str.js";
import type { Streams } from "./streams.js";

/**
 * `pyglass dis FILE`: prints what `python3 -m dis FILE` prints, the disassembly of the module
 * compiled in "exec" mode and of every code object nested in it. A file that does not compile
 * prints python3's SyntaxError report (without the frames of dis.py and runpy above it).
 */
export async function disCommand(path: string, io: Streams): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === "ENOENT" ? "[Errno 2] No such file or directory" : err.message;
    io.stderr(`pyglass dis: can't open ${strRepr(path)}: ${reason}: ${strRepr(path)}\n`);
    return 2;
  }
  try {
    const { text } = decodeSource(bytes, path);
    const code = compile(parse(text, path, "exec"), path, "exec", { source: text });
    io.stdout(dis(code));
    return 0;
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) throw e;
    io.stderr(formatSyntaxError(e));
    return 1;
  }
}
