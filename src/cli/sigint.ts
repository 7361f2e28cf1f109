/**
 * SIGINT for `pyglass FILE`: Node's signal is handed to the interpreter (KeyboardInterrupt in
 * the main thread, or the program's signal.signal handler), and a run that ends in an unhandled
 * KeyboardInterrupt dies of SIGINT as python3 does (Py_RunMain's exit_sigint), so a shell sees
 * status 130 and a parent process sees the signal.
 */
import { constants } from "node:os";
import type { SignalTarget } from "../index.js";

export const SIGINT_NUMBER = 2;

export class SigintHook {
  private listener: (() => void) | null = null;

  install(target: SignalTarget): void {
    const listener = (): void => {
      // SIG_DFL: the default action, the process dies of the signal.
      if (!target.signal(SIGINT_NUMBER)) {
        this.remove();
        process.kill(process.pid, "SIGINT");
      }
    };
    this.listener = listener;
    process.on("SIGINT", listener);
  }

  remove(): void {
    if (this.listener !== null) process.removeListener("SIGINT", this.listener);
    this.listener = null;
  }
}

/** Lets the pending output drain, then dies of signal `signum` with its default action. */
export async function dieOfSignal(signum: number): Promise<void> {
  const name = Object.entries(constants.signals).find(([, n]) => n === signum)?.[0] ?? "SIGINT";
  await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
  await new Promise<void>((resolve) => process.stderr.write("", () => resolve()));
  process.kill(process.pid, name);
  // The signal is delivered asynchronously; do not let the caller exit first.
  await new Promise<void>((resolve) => setTimeout(resolve, 1000));
}
