/**
 * sys.stdout, sys.stderr and sys.stdin as Python objects (io.TextIOWrapper's behaviour for the
 * standard streams). stdout is line buffered on a terminal and block buffered (8 KiB) on a pipe,
 * stderr is always line buffered (3.9+), so output reaches a shared pipe in python3's order.
 */
import type { PyValue } from "../objects/core.js";
import { None, PyObject, defineBuiltinType } from "../objects/core.js";
import { stopIteration, typeError, valueError } from "../objects/exceptions.js";
import { PyList } from "../objects/list.js";
import { strValue, typeName } from "../objects/helpers.js";
import { defineGetSets, defineMethods } from "../objects/native.js";
import { toArray } from "../objects/ops/iter.js";
import { strLen } from "../objects/str.js";
import type { StdinSource } from "../vm/host.js";

export const textIOWrapperType = defineBuiltinType("TextIOWrapper", { subclassable: false });
textIOWrapperType.ns.set("__module__", "_io");

const BUFFER_SIZE = 8192;

export class TextStream extends PyObject {
  private buffer = "";
  closed = false;
  constructor(
    readonly name: string,
    readonly fd: number,
    private readonly sink: (text: string) => void,
    readonly lineBuffered: boolean,
  ) {
    super(textIOWrapperType);
  }

  write(s: string): number {
    if (this.closed) throw valueError("I/O operation on closed file.");
    this.buffer += s;
    if (this.lineBuffered ? s.includes("\n") || s.includes("\r") : this.buffer.length >= BUFFER_SIZE)
      this.flush();
    return strLen(s);
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    const b = this.buffer;
    this.buffer = "";
    this.sink(b);
  }
}

/**
 * sys.stdin over the host's input: all of it as text, or a source pulled only as the program
 * reads (a line waits for its newline or the end of input, as a read of CPython's buffered
 * stdin does), so that a program that never reads stdin never waits for it.
 */
export class InputStream extends PyObject {
  private text = "";
  private pos = 0;
  private source: StdinSource | null;
  constructor(input: string | StdinSource) {
    super(textIOWrapperType);
    if (typeof input === "string") {
      this.text = input;
      this.source = null;
    } else this.source = input;
  }
  /** Pulls the next text from the source into the buffer; false at the end of input. */
  private more(): boolean {
    if (this.source === null) return false;
    const chunk = this.source();
    if (chunk === null) {
      this.source = null;
      return false;
    }
    this.text = this.text.slice(this.pos) + chunk;
    this.pos = 0;
    return true;
  }
  readline(): string {
    let nl = this.text.indexOf("\n", this.pos);
    while (nl < 0 && this.more()) nl = this.text.indexOf("\n", this.pos);
    const end = nl < 0 ? this.text.length : nl + 1;
    const line = this.text.slice(this.pos, end);
    this.pos = end;
    return line;
  }
  read(): string {
    while (this.more());
    const rest = this.text.slice(this.pos);
    this.pos = this.text.length;
    return rest;
  }
}

export function initStreams(): void {
  defineMethods(textIOWrapperType, {
    write: (_t, self, args) => {
      const s = strValue(args[0]!);
      if (s === undefined) throw typeError(`write() argument must be str, not ${typeName(args[0]!)}`);
      if (!(self instanceof TextStream)) throw typeError("not writable");
      return self.write(s);
    },
    writelines: {
      gen: function* (t, self, args) {
        if (!(self instanceof TextStream)) throw typeError("not writable");
        for (const line of yield* toArray(t, args[0]!)) {
          const s = strValue(line);
          if (s === undefined) throw typeError(`write() argument must be str, not ${typeName(line)}`);
          self.write(s);
        }
        return None;
      },
    },
    flush: (_t, self) => {
      if (self instanceof TextStream) self.flush();
      return None;
    },
    readline: (_t, self) => (self instanceof InputStream ? self.readline() : ""),
    read: (_t, self) => (self instanceof InputStream ? self.read() : ""),
    isatty: () => false,
    fileno: (_t, self) => (self instanceof TextStream ? self.fd : 0),
    readable: (_t, self) => self instanceof InputStream,
    writable: (_t, self) => self instanceof TextStream,
    seekable: () => false,
    close: (_t, self) => {
      if (self instanceof TextStream) {
        self.flush();
        self.closed = true;
      }
      return None;
    },
    __repr__: (_t, self) =>
      `<_io.TextIOWrapper name='${self instanceof TextStream ? self.name : "<stdin>"}' mode='${self instanceof TextStream ? "w" : "r"}' encoding='utf-8'>`,
    __enter__: (_t, self) => self,
    __exit__: () => None,
    __iter__: (_t, self) => self,
    __next__: (_t, self) => {
      const line = self instanceof InputStream ? self.readline() : "";
      if (line === "") throw stopIteration();
      return line;
    },
    readlines: (_t, self) => {
      const out: PyValue[] = [];
      if (self instanceof InputStream)
        for (let l = self.readline(); l !== ""; l = self.readline()) out.push(l);
      return new PyList(out);
    },
  });
  defineGetSets(textIOWrapperType, {
    encoding: { get: () => "utf-8" },
    errors: {
      get: (_t, self) => (self instanceof TextStream && self.fd === 2 ? "backslashreplace" : "strict"),
    },
    name: { get: (_t, self) => (self instanceof TextStream ? self.name : "<stdin>") },
    closed: { get: (_t, self) => self instanceof TextStream && self.closed },
    line_buffering: { get: (_t, self) => self instanceof TextStream && self.lineBuffered },
    mode: { get: (_t, self) => (self instanceof TextStream ? "w" : "r") },
  });
}
