import { readSync } from "node:fs";
import type { StdinSource } from "../vm/host.js";

/** How long to wait before reading again when stdin has nothing yet and does not block. */
const RETRY_MS = 5;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The process's stdin as sys.stdin reads it: file descriptor 0, read only when the program asks
 * for input and only as much as is there, so that `slow | pyglass prog.py` sees every line once
 * it comes, a terminal answers `input()` line by line, and a program that never reads stdin
 * never waits for it (as CPython's). The read blocks the interpreter, every Python thread with
 * it, until input comes (CPython's releases the GIL); a descriptor in non-blocking mode is polled.
 * process.stdin is never touched: making it puts a pipe in non-blocking mode.
 */
export function stdinSource(): StdinSource {
  const buffer = new Uint8Array(65536);
  const decoder = new TextDecoder("utf-8");
  let ended = false;
  return () => {
    while (!ended) {
      let n: number;
      try {
        n = readSync(0, buffer, 0, buffer.length, null);
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        if (code === "EAGAIN") {
          pause(RETRY_MS);
          continue;
        }
        // No stdin at all (closed, a directory): the end of input.
        n = 0;
      }
      if (n === 0) {
        ended = true;
        const tail = decoder.decode();
        return tail === "" ? null : tail;
      }
      const text = decoder.decode(buffer.subarray(0, n), { stream: true });
      if (text !== "") return text;
    }
    return null;
  };
}
