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

/**
 * Input read as the program asks for it: the next text available (waiting for some), or null at
 * the end of input.
 */
export type StdinSource = () => string | null;

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
  /** Everything stdin will yield, or the source sys.stdin pulls it from as the program reads. */
  readonly stdin: string | StdinSource;
  /** Wall-clock time in seconds (time.time()). */
  now(): number;
  /** Monotonic time in seconds. */
  monotonic(): number;
  /** Environment variables (os.environ). */
  readonly env: Readonly<Record<string, string>>;
  /** TCP networking (the socket module); none: sockets cannot be created (OSError). */
  readonly net?: HostNet;
  /** Files by descriptor (open(), os); none: opening a file fails with OSError. */
  readonly fs?: HostFs;
}

/** What stat(2) reports that programs use: the kind, the size, st_mode and the times. */
export interface HostStat {
  readonly isDir: boolean;
  readonly isFile: boolean;
  readonly size: number;
  /** st_mode with the file-type bits (S_IFDIR, S_IFREG, ...). */
  readonly mode: number;
  /** Modification time in seconds. */
  readonly mtime: number;
}

/**
 * A synchronous POSIX-like file system. Failures throw an object whose `code` is the POSIX
 * error name ("ENOENT", "EEXIST", "EISDIR", "ENOTDIR", "EACCES", "ENOTEMPTY", ...).
 * Flags are Linux's O_* values (O_WRONLY 1, O_RDWR 2, O_CREAT 0o100, O_EXCL 0o200,
 * O_TRUNC 0o1000, O_APPEND 0o2000); each descriptor has its own position, as with lseek(2).
 */
export interface HostFs {
  open(path: string, flags: number, mode: number): number;
  /** Up to n bytes from the position (fewer at the end, none at EOF). */
  read(fd: number, n: number): Uint8Array;
  /** Writes at the position (at the end with O_APPEND); answers the count written. */
  write(fd: number, data: Uint8Array): number;
  /** Moves the position (whence 0 start, 1 current, 2 end); answers the new position. */
  seek(fd: number, offset: number, whence: number): number;
  truncate(fd: number, size: number): void;
  close(fd: number): void;
  fstat(fd: number): HostStat;
  stat(path: string): HostStat;
  listdir(path: string): string[];
  mkdir(path: string, mode: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(from: string, to: string): void;
  /** Changes the current directory (what cwd() and relative paths then mean). */
  chdir?(path: string): void;
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
