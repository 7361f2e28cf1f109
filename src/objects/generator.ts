/**
 * Generator, coroutine and async generator objects (Objects/genobject.c). The object owns a
 * suspended frame; the eval loop resumes it on the thread that asks (FOR_ITER, SEND, next(),
 * send(), throw()), so a generator never runs on the JavaScript stack of its caller.
 */
import type { Frame } from "../vm/frame.js";
import { ExcStateItem } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { None, PyObject, asyncGeneratorType, coroutineType, generatorType } from "./core.js";

export const enum GenState {
  CREATED = 0,
  SUSPENDED = 1,
  RUNNING = 2,
  /** Finished or closed. */
  CLEARED = 3,
}

export type GenKind = "generator" | "coroutine" | "async_generator";

export class PyGenerator extends PyObject {
  state = GenState.CREATED;
  /** The generator's own handled-exception state, linked into the thread's chain while it runs. */
  readonly excState = new ExcStateItem(null, null);
  name: string;
  qualname: string;
  /** For coroutines: the awaiting frame, for cr_await / origin tracking (unused for now). */
  awaitedBy: PyValue = None;
  /** async generators: whether asend/athrow hooks ran (firstiter). */
  hooksInited = false;
  /** async generators: an asend/athrow awaitable is in progress (ag_running_async). */
  agRunningAsync = false;
  /** async generators: aclose() began or the generator ended (ag_closed). */
  agClosed = false;
  /** gi_code: the code object (kept after the frame is gone). */
  code: PyValue = None;
  constructor(
    /** The suspended frame; null once cleared. */
    public frame: Frame | null,
    readonly kind: GenKind,
    name: string,
    qualname: string,
  ) {
    super(kindType(kind));
    this.name = name;
    this.qualname = qualname;
  }
}

function kindType(kind: GenKind): PyType {
  return kind === "generator" ? generatorType : kind === "coroutine" ? coroutineType : asyncGeneratorType;
}
