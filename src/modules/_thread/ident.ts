/**
 * The numbers Python sees for a thread: get_ident() (a pthread_t on Linux, a large address-like
 * number) and get_native_id() (a kernel thread id; the main thread's is the process id).
 */
import type { Thread } from "../../vm/thread.js";

const IDENT_BASE = 0x7f3a5c400000;
/** pthread_t values of successive threads are stack-sized apart (8 MiB plus a guard page). */
const IDENT_STEP = 0x801000;
const NATIVE_BASE = 4200;

export function pyIdent(t: Thread): number {
  return IDENT_BASE + (t.ident - 1) * IDENT_STEP;
}

export function nativeId(t: Thread): number {
  return NATIVE_BASE + t.ident - 1;
}
