import { readFileSync } from "node:fs";
import { strRepr } from "../objects/repr/str.js";
import { TokenizeModuleError, tokenizeFile, type TokenInfo } from "../parser/tokenizer-module.js";
import type { Streams } from "./streams.js";

/** Python's `"%-Ns" % s`: pads to N code points. */
function pad(s: string, width: number): string {
  let length = 0;
  for (const _ of s) length++;
  return length >= width ? s : s + " ".repeat(width - length);
}

/** One line of `python3 -m tokenize`: `"%-20s%-15s%-15r" % (range, name, string)`. */
export function formatToken(t: TokenInfo): string {
  const range = `${t.start[0]},${t.start[1]}-${t.end[0]},${t.end[1]}:`;
  return pad(range, 20) + pad(t.type, 15) + pad(strRepr(t.string), 15);
}

/** The errno message python3 prints for a file it cannot open (OSError's str()). */
function osErrorMessage(e: NodeJS.ErrnoException, path: string): string {
  const known: Record<string, [number, string]> = {
    ENOENT: [2, "No such file or directory"],
    EACCES: [13, "Permission denied"],
    EISDIR: [21, "Is a directory"],
    ENOTDIR: [20, "Not a directory"],
  };
  const [errno, text] = known[e.code ?? ""] ?? [e.errno ?? 0, e.message];
  return `[Errno ${errno}] ${text}: ${strRepr(path)}`;
}

/**
 * The output of `python3 -m tokenize FILE` for `bytes`: stdout, stderr and exit status. Like
 * tokenize's main(), it collects every token before printing, so an error prints no tokens.
 */
export function tokenizeReport(
  bytes: Uint8Array,
  filename: string,
): { stdout: string; stderr: string; status: number } {
  try {
    const lines: string[] = [];
    for (const t of tokenizeFile(bytes, filename)) lines.push(formatToken(t) + "\n");
    return { stdout: lines.join(""), stderr: "", status: 0 };
  } catch (e) {
    if (!(e instanceof TokenizeModuleError)) throw e;
    const where = e.lineno !== null ? `${filename}:${e.lineno}:${e.column ?? 0}` : filename;
    return { stdout: "", stderr: `${where}: error: ${e.msg}\n`, status: 1 };
  }
}

/** `pyglass tokens FILE`: prints the tokens in the layout of `python3 -m tokenize FILE`. */
export async function tokensCommand(path: string, io: Streams): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    io.stderr(`error: ${osErrorMessage(e as NodeJS.ErrnoException, path)}\n`);
    return 1;
  }
  const report = tokenizeReport(bytes, path);
  if (report.stdout !== "") io.stdout(report.stdout);
  if (report.stderr !== "") io.stderr(report.stderr);
  return report.status;
}
