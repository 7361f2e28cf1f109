/**
 * Internal invariants of the pure algorithms. A failure is a bug in pyglass, never a Python
 * error, so it has its own class that the VM does not translate into a Python exception.
 */
export class AlgorithmAssertionError extends Error {
  constructor(message: string) {
    super(`internal error: ${message}`);
    this.name = "AlgorithmAssertionError";
  }
}

export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new AlgorithmAssertionError(message);
}
