"""ThreadPoolExecutor: runs calls on a pool of worker threads.

Written for pyglass from the documented behaviour of CPython 3.11's concurrent.futures.thread.
"""

from concurrent.futures import _base
import itertools
import os
import queue
import threading

# CPython's workers hold their executor through a weak reference, so an executor dropped without
# shutdown() is freed and its workers stop. In pyglass every referent of a weak reference is an
# object whose death the program can observe, and watching it makes the interpreter check deaths
# between instructions (docs/internals/memory.md, "observed mode"): a pool of 100 workers ran
# three times slower. Until reference counts are kept at every store, the workers hold the
# executor strongly (_StrongRef below); it then lives until shutdown() or interpreter exit.
_weak_ref = None

# Every live worker and its pool's work queue: at interpreter exit each worker is woken with
# None and joined (registered with threading._register_atexit, which runs before the
# interpreter joins non-daemon threads).
_threads_queues = {}
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for thread, work_queue in items:
        work_queue.put(None)
    for thread, work_queue in items:
        thread.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    """One submitted call and the future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Drop the frame's reference to the item: the exception's traceback holds it.
            self = None
        else:
            self.future.set_result(result)

    def __class_getitem__(cls, item):
        import types

        return types.GenericAlias(cls, item)


class _StrongRef:
    # The workers' strong stand-in for a weak reference to their executor (see _weak_ref).
    def __init__(self, obj):
        self._obj = obj

    def __call__(self):
        return self._obj


def _worker(executor_ref, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical("Exception in initializer:", exc_info=True)
            executor = executor_ref()
            if executor is not None:
                executor._initializer_failed()
            return
    try:
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                del item
                executor = executor_ref()
                if executor is not None:
                    # One more idle worker: the next submit() need not start a thread.
                    executor._idle_semaphore.release()
                del executor
                continue
            # None wakes a worker to look whether it should stop; it passes the None on so
            # that every other worker wakes too.
            executor = executor_ref()
            if _shutdown or executor is None or executor._shutdown:
                if executor is not None:
                    executor._shutdown = True
                work_queue.put(None)
                return
            del executor
    except BaseException:
        _base.LOGGER.critical("Exception in worker", exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base.Executor):
    """An executor whose calls run on up to max_workers threads, started as needed.

    max_workers defaults to min(32, os.cpu_count() + 4); os.cpu_count() is None in pyglass,
    which counts as 1 here (so the default is 5), as CPython does when the count is unknown.
    """

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or (
            "ThreadPoolExecutor-%d" % self._counter()
        )
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _shutdown:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the new item.
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count < self._max_workers:
            name = "%s_%d" % (self._thread_name_prefix or self, count)
            if _weak_ref is not None:
                # A collected executor wakes its workers so that they stop.
                def wake(_, q=self._work_queue):
                    q.put(None)

                executor_ref = _weak_ref(self, wake)
            else:
                executor_ref = _StrongRef(self)
            thread = threading.Thread(
                name=name,
                target=_worker,
                args=(executor_ref, self._work_queue, self._initializer, self._initargs),
            )
            thread.start()
            self._threads.add(thread)
            _threads_queues[thread] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = (
                "A thread initializer failed, the thread pool is not usable anymore"
            )
            # The queued calls will never run: their futures fail with the same error.
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Queued calls that no worker has taken are cancelled.
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for thread in self._threads:
                thread.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
