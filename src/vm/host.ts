/**
 * What the interpreter needs from its host (Node, a browser, a test): files, output streams,
 * input, time. The core never imports Node APIs; src/index.ts builds a Host from them.
 */
import type { CodeObject } from "../compiler/code.js";
import type { HostNet } from "./host-net.js";

export type CompileMode = "exec" | "eval" | "single";

/** Compiles source to a code object; throws PythonSyntaxError on bad source. */
export type Compiler = (
  source: string | Uint8Array,
  filename: string,
  mode: CompileMode,
  flags?: number,
  /** Receives the SyntaxWarnings compiling issues ("is" with a literal, ...). */
  onWarning?: (message: string, lineno: number) => void,
) => CodeObject;

export interface Host {
  /** The text of a file (decoded as UTF-8), or null if it does not exist or is a directory. */
  readFile(path: string): string | null;
  /** Raw bytes of a file, or null. */
  readBytes?(path: string): Uint8Array | null;
  isDirectory(path: string): boolean;
  isFile(path: string): boolean;
  /** The current directory (absolute). */
  cwd(): string;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** Are stdout / stderr terminals (line buffering) or pipes (block buffering)? */
  readonly stdoutIsTTY?: boolean;
  /** Everything stdin will yield. */
  readonly stdin: string;
  /** Wall-clock time in seconds (time.time()). */
  now(): number;
  /** Monotonic time in seconds. */
  monotonic(): number;
  /** Environment variables (os.environ). */
  readonly env: Readonly<Record<string, string>>;
  /** TCP networking (the socket module); none: sockets cannot be created (OSError). */
  readonly net?: HostNet;
}

/** A host with no files and no I/O, for embedding and tests. */
export function memoryHost(options: {
  files?: Record<string, string>;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  stdin?: string;
  cwd?: string;
}): Host {
  const files = options.files ?? {};
  const dirs = new Set<string>();
  for (const p of Object.keys(files)) {
    const parts = p.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/") || "/");
  }
  const start = Date.now();
  return {
    readFile: (p) => files[p] ?? null,
    isDirectory: (p) => dirs.has(p),
    isFile: (p) => p in files,
    cwd: () => options.cwd ?? "/",
    writeStdout: options.stdout ?? (() => {}),
    writeStderr: options.stderr ?? (() => {}),
    stdin: options.stdin ?? "",
    now: () => Date.now() / 1000,
    monotonic: () => (Date.now() - start) / 1000,
    env: {},
  };
}
