/**
 * An object that exports its storage through the buffer protocol (CPython's bf_getbuffer /
 * bf_releasebuffer) besides bytes and bytearray: array.array. memoryview reads and writes its
 * current bytes, and counts itself in `exports` while alive so the exporter can refuse to
 * resize (BufferError) as CPython's do.
 */
import { PyObject } from "./core.js";

export abstract class PyBufferExporter extends PyObject {
  /** Live exports (memoryviews not yet released). */
  exports = 0;
  /** The views counted in `exports`, so the exporter can release those nobody holds. */
  readonly views = new Set<PyObject & { release(): void }>();
  /** The contents now: a view on the storage, valid until the next resize. */
  abstract get bytes(): Uint8Array;
  /** The struct format of one item ("B", "i", "d", …) and its size in bytes. */
  abstract get bufferFormat(): string;
  abstract get bufferItemsize(): number;
}
