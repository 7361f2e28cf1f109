// Messages between the differential harness and the worker process that runs pyglass.

/** One program to run: as `python3 PATH ARGV...` with `stdin` as its whole input. */
export interface Job {
  readonly id: number;
  readonly path: string;
  readonly argv: readonly string[];
  readonly stdin: string | undefined;
  /** The working directory to run in, as python3's cwd when the case was recorded. */
  readonly cwd: string | undefined;
  /** Output beyond this many characters (stdout and stderr together) is dropped. */
  readonly outputLimit: number;
  /** GC stress interval for this program (--gc-stress=N), instead of the worker's. */
  readonly stress?: number;
}

/** The worker's first message: pyglass is loaded and jobs can start. */
export interface Ready {
  readonly ready: true;
}

/** What the worker saw: the outcome of runFile, or the host error it threw. */
export interface JobResult {
  readonly id: number;
  readonly exitCode: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
  /** runFile threw or rejected: a JavaScript error escaped pyglass (always a pyglass bug). */
  readonly hostError: string | undefined;
  readonly outputTruncated: boolean;
}
