/**
 * _socket: the native half of the socket module (CPython's Modules/socketmodule.c). The Python
 * half, lib/socket.py, defines the `socket` class with CPython's API over these functions, which
 * work on descriptors of the interpreter's socket table (endpoint.ts):
 *
 *   _open(family, type, proto) -> fd          _socketpair() -> (fd, fd)
 *   _bind(fd, host, port)                      _listen(fd, backlog)
 *   _accept(fd, timeout) -> (fd, address)      _connect(fd, host, port, timeout, raise) -> errno
 *   _recv(fd, n, flags, timeout) -> bytes      _send(fd, data, flags, timeout) -> int
 *   _shutdown(fd, how)   _close(fd)   _sockname(fd)   _peername(fd)   _so_error(fd)
 *   _wait(rfds, wfds, timeout) -> (rfds, wfds)  (select and the selectors)
 *   _lookup(name) -> [(family, host)]          gethostname()
 *
 * A timeout is -1 (blocking), 0 (non-blocking) or seconds on the interpreter clock, as the
 * socket object's timeout (sock_call in socketmodule.c). A blocking call blocks only the calling
 * thread: it yields a wait on the endpoint's readiness, and other threads run meanwhile.
 */
import type { PyValue } from "../../objects/core.js";
import { None } from "../../objects/core.js";
import { valueError } from "../../objects/exceptions.js";
import { PyByteArray, PyBytes, PyModule } from "../../objects/misc.js";
import { bytesLike } from "../../objects/bytes-type.js";
import { PyList } from "../../objects/list.js";
import { nativeFunctions } from "../../objects/native.js";
import { BlockRequest } from "../../objects/suspend.js";
import type { Gen } from "../../objects/suspend.js";
import { PyTuple } from "../../objects/tuple.js";
import type { ConnectionSink, NetAddress } from "../../vm/host-net.js";
import type { Thread } from "../../vm/thread.js";
import { awaitHost } from "../../vm/waits.js";
import { AF_INET, AF_INET6, AF_UNIX, Endpoint, EndpointWait, socketTable } from "./endpoint.js";
import type { Interest, SocketTable } from "./endpoint.js";
import { ERRNO, errnoOf, osError, timedOut } from "./errors.js";

const SOCK_STREAM = 1;

function num(v: PyValue | undefined): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v !== undefined && v !== null && typeof v === "object" && "value" in v && typeof v.value === "number")
    return v.value;
  return -1;
}

function str(v: PyValue | undefined): string {
  return typeof v === "string" ? v : "";
}

function endpoint(t: Thread, fd: PyValue | undefined): Endpoint {
  const e = socketTable(t.interp).fds.get(num(fd));
  if (e === undefined) throw osError("EBADF");
  return e;
}

/** An address as socket methods answer it: (host, port) for IPv4, (host, port, 0, 0) for IPv6. */
export function pyAddress(family: number, a: NetAddress | null): PyValue {
  if (family === AF_UNIX) return "";
  if (family === AF_INET6) return new PyTuple([a?.host ?? "::", a?.port ?? 0, 0, 0]);
  return new PyTuple([a?.host ?? "0.0.0.0", a?.port ?? 0]);
}

function deadlineOf(t: Thread, timeout: number): number {
  return timeout < 0 ? Infinity : t.interp.scheduler.clock.monotonic() + timeout;
}

/** Blocks the thread until `ready()` or the timeout; answers whether it became ready. */
function* waitFor(
  t: Thread,
  ends: readonly Interest[],
  ready: () => boolean,
  timeout: number,
  what: string,
): Gen<boolean> {
  const reads = ends.filter((i) => i.read && i.end.hosted);
  if (reads.length > 0) {
    // What another socket of the program sent is delivered before the answer, as a kernel's
    // loopback does during send(2).
    const table = reads[0]!.end.table;
    const landed = (): boolean => !reads.some((i) => table.incomingUnderWay(i.end));
    if (!landed()) {
      const w = new EndpointWait(reads, landed, Infinity, `${what} (bytes in flight)`);
      try {
        yield new BlockRequest(w);
      } finally {
        w.dispose();
      }
    }
  }
  if (ready()) return true;
  if (timeout === 0) return false;
  const w = new EndpointWait(ends, ready, deadlineOf(t, timeout), what);
  try {
    yield new BlockRequest(w);
  } finally {
    w.dispose();
  }
  return ready();
}

/** The sink of a host connection: its events update the endpoint and wake its waiters. */
function connectionSink(table: SocketTable, e: Endpoint): ConnectionSink {
  return {
    connected(local, remote) {
      e.local = local;
      e.remote = remote;
      if (e.state === "connecting") e.state = "connected";
      table.link(e);
      e.notify();
    },
    data(chunk) {
      e.received += chunk.length;
      if (e.state !== "closed" && !e.readShut) e.push(chunk);
      e.notify();
    },
    end() {
      e.eof = true;
      e.notify();
    },
    drained() {
      e.notify();
    },
    error(code) {
      if (e.state === "connecting") {
        e.state = "fresh";
        e.conn = null;
      }
      if (e.state !== "closed") e.error = code;
      e.notify();
    },
    closed() {
      e.hostClosed = true;
      e.eof = true;
      e.notify();
    },
  };
}

function needNet(t: Thread): NonNullable<SocketTable["net"]> {
  const net = socketTable(t.interp).net;
  if (net === undefined) throw osError("EAFNOSUPPORT");
  return net;
}

function* bind(t: Thread, args: PyValue[]): Gen<PyValue> {
  const e = endpoint(t, args[0]);
  if (e.family === AF_UNIX) throw osError("EOPNOTSUPP");
  if (e.state !== "fresh") throw osError("EINVAL");
  const net = needNet(t);
  let host = str(args[1]);
  if (host === "") host = e.family === AF_INET6 ? "::" : "0.0.0.0";
  const port = num(args[2]);
  const table = e.table;
  e.state = "binding";
  e.error = null;
  e.listener = net.listen(host, port, 511, {
    listening(local) {
      e.local = local;
      if (e.state === "binding") e.state = "bound";
      e.notify();
    },
    error(code) {
      if (e.state === "binding") e.state = "fresh";
      e.listener = null;
      e.error = code;
      e.notify();
    },
    connection(conn, local, remote) {
      const child = new Endpoint(table, -1, e.family, e.kind, e.proto);
      child.state = "connected";
      child.conn = conn;
      child.local = local;
      child.remote = remote;
      table.link(child);
      if (e.state === "closed") conn.close();
      else e.accepted.push(child);
      e.notify();
      return connectionSink(table, child);
    },
  });
  yield* waitFor(t, [{ end: e, read: true, write: false }], () => e.state !== "binding", -1, "a bind");
  if (e.error !== null) {
    const code = e.error;
    e.error = null;
    throw osError(code);
  }
  return None;
}

function listen(t: Thread, args: PyValue[]): PyValue {
  const e = endpoint(t, args[0]);
  if (e.state === "fresh" && e.family !== AF_UNIX) {
    // listen() without bind(): an ephemeral port on every address, as Linux's autobind.
    throw osError("EINVAL");
  }
  if (e.state !== "bound" && e.state !== "listening") throw osError("EINVAL");
  e.state = "listening";
  e.listening = true;
  return None;
}

function* accept(t: Thread, args: PyValue[]): Gen<PyValue> {
  const e = endpoint(t, args[0]);
  if (!e.listening) throw osError("EINVAL");
  const ok = yield* waitFor(
    t,
    [{ end: e, read: true, write: false }],
    () => e.accepted.length > 0 || e.state === "closed",
    num(args[1]),
    "an accept",
  );
  if (e.state === "closed") throw osError("EBADF");
  if (!ok) throw num(args[1]) === 0 ? osError("EAGAIN") : timedOut();
  const child = e.accepted.shift()!;
  e.table.install(child);
  return new PyTuple([child.fd, pyAddress(child.family, child.remote)]);
}

function* connect(t: Thread, args: PyValue[]): Gen<PyValue> {
  const e = endpoint(t, args[0]);
  const timeout = num(args[3]);
  const raise = args[4] === true;
  const fail = (code: string): PyValue => {
    if (raise) throw osError(code);
    return errnoOf(code);
  };
  if (e.family === AF_UNIX) return fail(e.pair !== null ? "EISCONN" : "EOPNOTSUPP");
  if (e.state === "connected") return fail("EISCONN");
  if (e.state === "listening") return fail("EISCONN");
  if (e.state !== "connecting") {
    const net = needNet(t);
    let local: NetAddress | undefined;
    if (e.listener !== null) {
      // Bound first: connect from that address (the listening half is not wanted).
      local = e.local ?? undefined;
      e.listener.close();
      e.listener = null;
    }
    e.error = null;
    e.state = "connecting";
    e.conn = net.connect(str(args[1]), num(args[2]), connectionSink(e.table, e), local);
    if (timeout === 0) return fail("EINPROGRESS");
  } else if (timeout === 0) {
    return fail("EALREADY");
  }
  const ok = yield* waitFor(
    t,
    [{ end: e, read: false, write: true }],
    () => e.state !== "connecting",
    timeout,
    "a connect",
  );
  if (!ok) {
    e.conn?.close();
    e.conn = null;
    e.state = "fresh";
    if (raise) throw timedOut();
    return errnoOf("EAGAIN");
  }
  if (e.error !== null) {
    const code = e.error;
    e.error = null;
    return fail(code);
  }
  return 0;
}

function* recv(t: Thread, args: PyValue[]): Gen<PyValue> {
  const e = endpoint(t, args[0]);
  const n = num(args[1]);
  if (n < 0) throw valueError("negative buffersize in recv");
  const peek = (num(args[2]) & 2) !== 0;
  const timeout = num(args[3]);
  if (n === 0) return new PyBytes(new Uint8Array(0));
  if (e.state !== "connected" && e.pair === null && e.inboxLen === 0) throw osError("ENOTCONN");
  const ok = yield* waitFor(t, [{ end: e, read: true, write: false }], () => e.readable(), timeout, "a recv");
  if (!ok) throw timeout === 0 ? osError("EAGAIN") : timedOut();
  if (e.inboxLen > 0) return new PyBytes(e.take(n, peek));
  if (e.error !== null) {
    const code = e.error;
    e.error = null;
    throw osError(code);
  }
  return new PyBytes(new Uint8Array(0));
}

function dataOf(v: PyValue | undefined): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes.slice();
  const b = v === undefined ? undefined : bytesLike(v);
  if (b === undefined) throw valueError("a bytes-like object is required");
  return b.slice();
}

function* send(t: Thread, args: PyValue[]): Gen<PyValue> {
  const e = endpoint(t, args[0]);
  const data = dataOf(args[1]);
  const timeout = num(args[3]);
  for (;;) {
    if (e.error !== null) {
      const code = e.error;
      e.error = null;
      throw osError(code === "ECONNRESET" ? "ECONNRESET" : "EPIPE");
    }
    if (e.writeShut || (e.state !== "connected" && e.pair === null)) throw osError("EPIPE");
    if (e.pair !== null && e.pair.state === "closed") throw osError("EPIPE");
    if (e.writable()) break;
    const ok = yield* waitFor(
      t,
      [{ end: e, read: false, write: true }],
      () => e.writable(),
      timeout,
      "a send",
    );
    if (!ok) throw timeout === 0 ? osError("EAGAIN") : timedOut();
  }
  if (data.length === 0) return 0;
  const copy = data.slice();
  if (e.pair !== null) {
    e.pair.push(copy);
    e.pair.notify();
  } else if (e.conn !== null) {
    e.sent += copy.length;
    e.conn.write(copy);
  }
  return copy.length;
}

function shutdown(t: Thread, args: PyValue[]): PyValue {
  const e = endpoint(t, args[0]);
  const how = num(args[1]);
  if (how < 0 || how > 2) throw osError("EINVAL");
  if (e.state !== "connected" && e.pair === null) throw osError("ENOTCONN");
  if (how === 0 || how === 2) {
    e.readShut = true;
    e.notify();
  }
  if ((how === 1 || how === 2) && !e.writeShut) {
    e.writeShut = true;
    if (e.pair !== null) {
      e.pair.eof = true;
      e.pair.notify();
    } else if (e.conn !== null) {
      e.finSent = true;
      e.conn.end();
    }
  }
  return None;
}

/** Closes an endpoint: its host listener or connection, its pair's stream. */
export function closeEndpoint(e: Endpoint): void {
  if (e.state === "closed") return;
  e.state = "closed";
  e.listening = false;
  e.listener?.close();
  e.listener = null;
  for (const c of e.accepted.splice(0)) c.conn?.close();
  if (e.conn !== null) {
    e.finSent = true;
    e.conn.close();
  }
  if (e.pair !== null) {
    e.pair.eof = true;
    e.pair.notify();
  }
  e.inbox.length = 0;
  e.inboxLen = 0;
  e.table.release(e);
  e.notify();
}

/**
 * Waits until one of `rfds` is readable or one of `wfds` writable, or the timeout (-1: none);
 * answers the ready ones (select(2) over the socket table).
 */
export function* selectFds(
  t: Thread,
  rfds: readonly number[],
  wfds: readonly number[],
  timeout: number,
): Gen<[number[], number[]]> {
  const table = socketTable(t.interp);
  const interests = new Map<Endpoint, { end: Endpoint; read: boolean; write: boolean }>();
  for (const [fds, read] of [
    [rfds, true],
    [wfds, false],
  ] as const) {
    for (const fd of fds) {
      const e = table.fds.get(fd);
      if (e === undefined) throw osError("EBADF");
      const i = interests.get(e) ?? { end: e, read: false, write: false };
      if (read) i.read = true;
      else i.write = true;
      interests.set(e, i);
    }
  }
  const list = [...interests.values()];
  const anyReady = (): boolean =>
    list.some((i) => (i.read && i.end.readable()) || (i.write && i.end.writable()));
  yield* waitFor(t, list, anyReady, timeout, "select");
  const r = rfds.filter((fd) => table.fds.get(fd)?.readable() ?? true);
  const w = wfds.filter((fd) => table.fds.get(fd)?.writable() ?? true);
  return [r, w];
}

function* wait(t: Thread, args: PyValue[]): Gen<PyValue> {
  const fdsOf = (v: PyValue | undefined): number[] => (v instanceof PyList ? v.items.map((x) => num(x)) : []);
  const [r, w] = yield* selectFds(t, fdsOf(args[0]), fdsOf(args[1]), num(args[2]));
  return new PyTuple([new PyList(r), new PyList(w)]);
}

function isNumeric(host: string): 4 | 6 | 0 {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return 4;
  if (host.includes(":") && /^[0-9a-fA-F:.]+$/.test(host)) return 6;
  return 0;
}

function* lookup(t: Thread, args: PyValue[]): Gen<PyValue> {
  const name = str(args[0]);
  const v = isNumeric(name);
  if (v !== 0) return new PyList([new PyTuple([v === 4 ? AF_INET : AF_INET6, name])]);
  if (name === "localhost" || name === "") return new PyList([new PyTuple([AF_INET, "127.0.0.1"])]);
  const net = socketTable(t.interp).net;
  if (net === undefined) return -2;
  const found = yield* awaitHost(
    net.lookup(name).then(
      (addrs) => new PyList(addrs.map((a) => new PyTuple([a.family === 6 ? AF_INET6 : AF_INET, a.host]))),
      () => -2,
    ),
    `the address of ${name}`,
  );
  return found;
}

export function makeSocketModule(): PyModule {
  const m = new PyModule("_socket");
  const fns = nativeFunctions("_socket", {
    _has_net: (t) => socketTable(t.interp).net !== undefined,
    _open: (t, _s, args) => {
      const family = num(args[0]);
      const kind = num(args[1]);
      if (family !== AF_INET && family !== AF_INET6 && family !== AF_UNIX) throw osError("EAFNOSUPPORT");
      if (kind !== SOCK_STREAM) throw osError("EPROTONOSUPPORT");
      if (family !== AF_UNIX) needNet(t);
      return socketTable(t.interp).allocate(family, kind, num(args[2])).fd;
    },
    _socketpair: (t) => {
      const table = socketTable(t.interp);
      const a = table.allocate(AF_UNIX, SOCK_STREAM, 0);
      const b = table.allocate(AF_UNIX, SOCK_STREAM, 0);
      a.pair = b;
      b.pair = a;
      a.state = b.state = "connected";
      return new PyTuple([a.fd, b.fd]);
    },
    _bind: { gen: (t, _s, args) => bind(t, args) },
    _listen: (t, _s, args) => listen(t, args),
    _accept: { gen: (t, _s, args) => accept(t, args) },
    _connect: { gen: (t, _s, args) => connect(t, args) },
    _recv: { gen: (t, _s, args) => recv(t, args) },
    _send: { gen: (t, _s, args) => send(t, args) },
    _shutdown: (t, _s, args) => shutdown(t, args),
    _close: (t, _s, args) => {
      const e = socketTable(t.interp).fds.get(num(args[0]));
      if (e !== undefined) closeEndpoint(e);
      return None;
    },
    _sockname: (t, _s, args) => {
      const e = endpoint(t, args[0]);
      return pyAddress(e.family, e.local);
    },
    _peername: (t, _s, args) => {
      const e = endpoint(t, args[0]);
      if (e.pair !== null) return "";
      if (e.state !== "connected" || e.remote === null) throw osError("ENOTCONN");
      return pyAddress(e.family, e.remote);
    },
    _so_error: (t, _s, args) => {
      const e = endpoint(t, args[0]);
      const code = e.error;
      e.error = null;
      return code === null ? 0 : errnoOf(code);
    },
    _wait: { gen: (t, _s, args) => wait(t, args) },
    _lookup: { gen: (t, _s, args) => lookup(t, args) },
    _strerror: (_t, _s, args) => {
      const n = num(args[0]);
      for (const [no, text] of Object.values(ERRNO)) if (no === n) return text;
      return `Unknown error ${n}`;
    },
    gethostname: (t) => socketTable(t.interp).net?.hostname() ?? "localhost",
  });
  for (const [name, fn] of fns) m.dict!.setStr(name, fn);
  return m;
}
