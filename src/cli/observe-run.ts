// The observing side of `pyglass FILE`: the event bus of the run, --trace, --record/--replay,
// and the seed line printed when a multi-threaded run fails (docs/internals/observe.md).
import { randomInt } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { PYGLASS_VERSION } from "../version.js";
import { Bus } from "../observe/bus.js";
import { Recorder, RecordingError, ReplayPolicy, parseRecording } from "../observe/record.js";
import type { Recording } from "../observe/record.js";
import { TraceBuilder } from "../observe/trace.js";
import type { SchedulerOptions } from "../index.js";
import type { Streams } from "./streams.js";
import { gcLogListener } from "./gc-log.js";

/** The CLI's observing options. */
export interface ObserveOptions {
  trace?: string;
  record?: string;
  replay?: string;
  /** --gc-log: one line per garbage collection on stderr. */
  gcLog?: boolean;
}

/** The exit status of a replay that did not follow its recording (and of an unreadable recording). */
export const REPLAY_EXIT_CODE = 2;

/** One run's observers, set up before it and reported after it. */
export class ObservedRun {
  readonly bus = new Bus();
  readonly threads: SchedulerOptions;
  private readonly ran = new Set<number>();
  private threadFailed = false;
  private readonly trace: TraceBuilder | null = null;
  private readonly recorder: Recorder | null = null;
  private readonly replay: ReplayPolicy | null = null;
  /** The seed pyglass chose itself (no --seed, no --replay): printed if the run fails. */
  private readonly chosenSeed: number | null = null;
  /** The seed the run's randomness comes from (--seed, the chosen one, or a recording's), if any. */
  readonly runSeed: number | null;

  private constructor(
    private readonly options: ObserveOptions,
    private readonly program: string,
    private readonly argv: readonly string[],
    threads: SchedulerOptions,
    recording: Recording | null,
    io: Streams,
  ) {
    this.bus.listen((s) => {
      const e = s.event;
      if (e.kind === "gil.acquire") this.ran.add(e.tid);
      else if (e.kind === "thread.exception") this.threadFailed = true;
    });
    let t = threads;
    if (recording !== null) {
      this.replay = new ReplayPolicy(recording, this.bus, options.replay!);
      t = { ...t, switchPoints: recording.options.switchPoints === "any" ? "any" : "eval-breaker" };
      t = { ...t, policy: this.replay };
    } else if (t.seed === undefined) {
      // As the issue asks: a random schedule unless --seed names one.
      this.chosenSeed = randomInt(0, 2 ** 31);
      t = { ...t, seed: this.chosenSeed };
    }
    if (options.trace !== undefined) {
      this.trace = new TraceBuilder(`pyglass ${program}`);
      this.bus.listen(this.trace.listener, { detailed: true });
    }
    if (options.gcLog === true) this.bus.listen(gcLogListener(io));
    if (options.record !== undefined) {
      this.recorder = new Recorder();
      this.bus.listen(this.recorder.listener);
    }
    this.threads = { ...t, observer: this.bus };
    this.runSeed = recording !== null ? recording.options.seed : (t.seed ?? null);
  }

  /** Sets a run up; a recording that cannot be read is reported on stderr (the result is then null). */
  static create(
    options: ObserveOptions,
    program: string,
    argv: readonly string[],
    threads: SchedulerOptions,
    io: Streams,
  ): ObservedRun | null {
    let recording: Recording | null = null;
    if (options.replay !== undefined) {
      try {
        recording = parseRecording(readFileSync(options.replay, "utf8"));
      } catch (e) {
        const why = e instanceof RecordingError || e instanceof Error ? e.message : String(e);
        io.stderr(`pyglass: --replay ${options.replay}: ${why}\n`);
        return null;
      }
    }
    return new ObservedRun(options, program, argv, threads, recording, io);
  }

  /** Writes the trace and the recording, prints the seed line or the replay's report; the final exit status. */
  finish(exitCode: number, io: Streams): number {
    if (this.trace !== null) writeFileSync(this.options.trace!, this.trace.finish());
    if (this.recorder !== null) {
      const t = this.threads;
      const header = {
        pyglass: PYGLASS_VERSION,
        program: this.program,
        argv: this.argv,
        options: { switchPoints: t.switchPoints ?? "eval-breaker", seed: t.seed ?? null },
      };
      writeFileSync(this.options.record!, this.recorder.format(header));
    }
    if (this.replay !== null) {
      if (this.replay.diverged !== null) return REPLAY_EXIT_CODE;
      const short = this.replay.shortfall();
      if (short !== null) {
        io.stderr(short);
        return REPLAY_EXIT_CODE;
      }
    }
    const failed = exitCode !== 0 || this.threadFailed;
    if (failed && this.chosenSeed !== null && this.ran.size > 1) {
      io.stderr(
        `pyglass: this run used --seed ${this.chosenSeed}; run again with it to repeat the schedule\n`,
      );
    }
    return exitCode;
  }
}
