// Running Python source on a fresh interpreter for the VM tests, with pyglass's own compiler.
import { loadDefaultCompiler } from "../../src/index.js";
import type { Compiler } from "../../src/vm/host.js";
import { memoryHost } from "../../src/vm/host.js";
import { Interpreter } from "../../src/vm/interpreter.js";
import { Frame, ReturnTo } from "../../src/vm/frame.js";

let compiler: Compiler | null = null;

export async function getCompiler(): Promise<Compiler> {
  if (compiler === null) compiler = await loadDefaultCompiler();
  return compiler;
}

export interface Captured {
  readonly interp: Interpreter;
  readonly out: string[];
  readonly err: string[];
}

/** A new interpreter over an in-memory host whose output is captured. */
export async function newInterpreter(files: Record<string, string> = {}, stdin = ""): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const host = memoryHost({
    files,
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    stdin,
    cwd: "/app",
  });
  const interp = new Interpreter({
    host,
    compile: await getCompiler(),
    argv: ["/app/main.py"],
    scriptDir: "/app",
  });
  return { interp, out, err };
}

/** Runs source as the main module; returns exit code and output. */
export async function runPython(
  source: string,
  files: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = await newInterpreter({ "/app/main.py": source, ...files });
  const code = c.interp.runMain(c.interp.compile(source, "/app/main.py", "exec"), "/app/main.py");
  return { code, stdout: c.out.join(""), stderr: c.err.join("") };
}

/** The main-module frame for source, ready to run on the main thread (not started). */
export async function mainFrame(c: Captured, source: string): Promise<Frame> {
  const main = c.interp.newModule("__main__", "/app/main.py");
  c.interp.modules.setStr("__main__", main);
  const frame = c.interp.frameForCode(
    c.interp.compile(source, "/app/main.py", "exec"),
    main.dict!,
    main.dict!,
  );
  frame.returnTo = ReturnTo.ENTRY;
  const t = c.interp.mainThread;
  t.top = frame;
  t.depth = 1;
  return frame;
}
