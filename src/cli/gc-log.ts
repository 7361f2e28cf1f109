// `pyglass --gc-log prog.py`: one line per garbage collection on stderr (docs/internals/memory.md).
import type { Listener } from "../observe/events.js";
import type { Streams } from "./streams.js";

/**
 * The line for one collection, e.g.
 * `pyglass gc: #3 generation 0: collected 700, uncollectable 0, finalized 2, count (701, 2, 0) -> (0, 3, 0), 1234 ticks, 0.41 ms`.
 * Everything but the milliseconds is the same on every run of a program.
 */
export function gcLogListener(io: Streams): Listener {
  let n = 0;
  return (s) => {
    const e = s.event;
    if (e.kind !== "gc.end") return;
    n++;
    const count = (c: readonly number[]): string => `(${c.join(", ")})`;
    io.stderr(
      `pyglass gc: #${n} generation ${e.generation}: collected ${e.collected}, uncollectable ${e.uncollectable}, ` +
        `finalized ${e.finalized}, count ${count(e.countBefore)} -> ${count(e.countAfter)}, ` +
        `${e.ticks} ticks, ${e.ms.toFixed(2)} ms\n`,
    );
  };
}
