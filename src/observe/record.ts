/**
 * `--record FILE` / `--replay FILE`: a run's scheduling decisions as a small JSON document, and
 * a policy that makes them again. A decision is recorded wherever the scheduler chose among
 * several runnable threads: the instruction count at that moment, the thread chosen, and why
 * the previous holder let the GIL go. Replaying feeds the chosen threads back instead of the
 * policy and checks at each decision that the run is where the recording was (same instruction
 * count, the chosen thread runnable); otherwise the run stops with a report saying where it
 * diverged.
 */
import { DeadlockError } from "../vm/scheduler.js";
import type { Policy } from "../vm/sched-policy.js";
import type { Thread } from "../vm/thread.js";
import type { Bus } from "./bus.js";
import type { Stamped } from "./events.js";

/** One recorded decision: [instruction count, chosen thread, why the GIL was free]. */
export type Decision = readonly [number, number, string];

export interface Recording {
  readonly pyglass: string;
  readonly format: 1;
  readonly program: string;
  readonly argv: readonly string[];
  readonly options: { readonly switchPoints: string; readonly seed: number | null };
  readonly decisions: readonly Decision[];
}

/** Collects the decisions of a run (a bus listener). */
export class Recorder {
  readonly decisions: Decision[] = [];
  readonly listener = (s: Stamped): void => {
    const e = s.event;
    if (e.kind === "sched.decision") this.decisions.push([s.ticks, e.chosen, e.after ?? "start"]);
  };

  /** The document: the header on a few lines, then one decision per line. */
  format(header: Omit<Recording, "decisions" | "format">): string {
    const head = JSON.stringify({ ...header, format: 1 });
    const rows = this.decisions.map((d) => JSON.stringify(d));
    return `${head.slice(0, -1)},"decisions":[\n${rows.join(",\n")}\n]}\n`;
  }
}

/** Why a recording cannot be read: a message for the user. */
export class RecordingError extends Error {}

function isDecision(v: unknown): v is Decision {
  return (
    Array.isArray(v) &&
    v.length === 3 &&
    Number.isSafeInteger(v[0]) &&
    Number.isSafeInteger(v[1]) &&
    typeof v[2] === "string"
  );
}

/** Parses and checks a recording's text. */
export function parseRecording(text: string): Recording {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new RecordingError(`not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof doc !== "object" || doc === null) throw new RecordingError("not a pyglass recording");
  const r = doc as Partial<Recording>;
  if (r.format !== 1 || typeof r.pyglass !== "string") throw new RecordingError("not a pyglass recording");
  if (typeof r.program !== "string" || !Array.isArray(r.argv))
    throw new RecordingError("no program in header");
  const o = r.options;
  if (
    typeof o !== "object" ||
    o === null ||
    (o.switchPoints !== "eval-breaker" && o.switchPoints !== "any")
  ) {
    throw new RecordingError("bad options in header");
  }
  if (!Array.isArray(r.decisions) || !r.decisions.every(isDecision))
    throw new RecordingError("bad decisions");
  return r as Recording;
}

/** Thrown out of the scheduler when a replayed run is not where its recording was. */
export class ReplayDivergence extends DeadlockError {}

/** A policy that makes the recorded decisions again (see the module comment). */
export class ReplayPolicy implements Policy {
  private next = 0;
  /** Set when the run diverged (the scheduler then stops with the report). */
  diverged: string | null = null;

  constructor(
    private readonly recording: Recording,
    private readonly bus: Bus,
    private readonly file: string,
  ) {}

  /** Decisions the run has not made yet (non-zero at the end: the run stopped short of the recording). */
  remaining(): number {
    return this.recording.decisions.length - this.next;
  }

  choose(runnable: readonly Thread[]): number {
    const n = this.next;
    const d = this.recording.decisions[n];
    const ticks = this.bus.totalTicks();
    const ids = runnable.map((t) => t.ident).join(", ");
    if (d === undefined) {
      return this.diverge(
        `at instruction ${ticks} the run chose among threads ${ids}; the recording has no more decisions`,
      );
    }
    const [at, chosen] = d;
    if (at !== ticks) {
      return this.diverge(
        `decision ${n + 1} was recorded at instruction ${at}, the run reached a decision at instruction ${ticks}`,
      );
    }
    const i = runnable.findIndex((t) => t.ident === chosen);
    if (i < 0)
      return this.diverge(
        `decision ${n + 1} chose thread ${chosen}, which is not runnable now (runnable: ${ids})`,
      );
    this.next++;
    return i;
  }

  /** The message for a run that stopped short of its recording, or null when all decisions were made. */
  shortfall(): string | null {
    const left = this.remaining();
    if (left === 0) return null;
    return `${message(this.file)}the run ended with ${left} recorded decision${left === 1 ? "" : "s"} not made\n`;
  }

  private diverge(why: string): never {
    this.diverged = why;
    throw new ReplayDivergence(`${message(this.file)}${why}\n`);
  }
}

function message(file: string): string {
  return `pyglass: --replay ${file}: the program did not follow the recording: `;
}
