import { readFileSync } from "node:fs";
import { dump } from "../parser/ast-dump.js";
import { parse } from "../parser/parser.js";
import { formatSyntaxError } from "../parser/syntax-error-format.js";
import { PythonSyntaxError } from "../parser/syntax-error.js";
import { strRepr } from "../objects/repr/str.js";
import type { Streams } from "./streams.js";

/** OSError's str() for the errors opening a file can give, as python3 prints them. */
function osErrorMessage(e: NodeJS.ErrnoException, path: string): string {
  const known: Record<string, [string, number, string]> = {
    ENOENT: ["FileNotFoundError", 2, "No such file or directory"],
    EACCES: ["PermissionError", 13, "Permission denied"],
    EISDIR: ["IsADirectoryError", 21, "Is a directory"],
    ENOTDIR: ["NotADirectoryError", 20, "Not a directory"],
  };
  const [cls, errno, text] = known[e.code ?? ""] ?? ["OSError", e.errno ?? 0, e.message];
  return `${cls}: [Errno ${errno}] ${text}: ${strRepr(path)}`;
}

/**
 * What `python3 -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read(),
 * sys.argv[1]), include_attributes=True))" FILE` prints: stdout, stderr and exit status. A syntax
 * error is reported as python3's top-level handler prints it (without the traceback lines of the
 * ast.parse call).
 */
export function astReport(
  bytes: Uint8Array,
  filename: string,
): { stdout: string; stderr: string; status: number } {
  try {
    const tree = parse(bytes, filename);
    return { stdout: dump(tree, { includeAttributes: true }) + "\n", stderr: "", status: 0 };
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) throw e;
    return { stdout: "", stderr: formatSyntaxError(e), status: 1 };
  }
}

/** `pyglass ast FILE`: prints `ast.dump(ast.parse(source, FILE), include_attributes=True)`. */
export async function astCommand(path: string, io: Streams): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    io.stderr(`${osErrorMessage(e as NodeJS.ErrnoException, path)}\n`);
    return 1;
  }
  const report = astReport(bytes, path);
  if (report.stdout !== "") io.stdout(report.stdout);
  if (report.stderr !== "") io.stderr(report.stderr);
  return report.status;
}
