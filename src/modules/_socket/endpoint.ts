/**
 * The sockets of one interpreter: a table of descriptors (lowest free number first, from 3, as
 * open(2) hands them out), each an Endpoint that keeps what the host reported — bytes received,
 * end of stream, errors, accepted connections — so that readiness is a synchronous question.
 * Host events update an endpoint and wake the threads waiting on it (ReadinessWait).
 *
 * socketpair() endpoints live only here (no host): bytes written to one are appended to the
 * other's inbox at once.
 *
 * "Under way": the table also knows which bytes are in flight between two of its own sockets
 * (sent by one, not yet received by its peer), connects not yet answered and accepts not yet
 * seen, so that a virtual-clock run can wait for them before it lets a timeout pass.
 */
import type { PyValue } from "../../objects/core.js";
import type { Wait } from "../../objects/suspend.js";
import type { HostConnection, HostListener, HostNet, NetAddress } from "../../vm/host-net.js";
import type { Interpreter } from "../../vm/interpreter.js";

/** Above this many bytes queued in the host, a socket is not writable (its send buffer is full). */
export const SEND_BUFFER = 1 << 20;

export type EndpointState =
  "fresh" | "binding" | "bound" | "listening" | "connecting" | "connected" | "closed";

export class Endpoint {
  state: EndpointState = "fresh";
  local: NetAddress | null = null;
  remote: NetAddress | null = null;
  conn: HostConnection | null = null;
  listener: HostListener | null = null;
  /** Python called listen(): accepted connections may be taken. */
  listening = false;
  readonly inbox: Uint8Array[] = [];
  inboxLen = 0;
  /** The peer sent FIN (or the pair's other end closed): reads answer b"" once the inbox is empty. */
  eof = false;
  /** A pending error (host error name), reported by the next operation or SO_ERROR. */
  error: string | null = null;
  /** Connections the host accepted, waiting for accept(). */
  readonly accepted: Endpoint[] = [];
  readShut = false;
  writeShut = false;
  /** The other end of a socketpair. */
  pair: Endpoint | null = null;
  /** Bytes handed to the host / received from it (for "under way"). */
  sent = 0;
  received = 0;
  /** We sent FIN (shutdown or close) and the host connection still exists. */
  finSent = false;
  /** The host connection is gone. */
  hostClosed = false;
  readonly watchers = new Set<() => void>();

  constructor(
    readonly table: SocketTable,
    public fd: number,
    readonly family: number,
    readonly kind: number,
    readonly proto: number,
  ) {}

  /** Would a read (recv, accept) not block? */
  readable(): boolean {
    if (this.state === "closed") return true;
    if (this.listening) return this.accepted.length > 0 || this.error !== null;
    return this.inboxLen > 0 || this.eof || this.error !== null || this.readShut;
  }

  /** Would a send not block (or a non-blocking connect be finished)? */
  writable(): boolean {
    if (this.state === "closed" || this.error !== null) return true;
    if (this.state === "connecting") return false;
    if (this.state !== "connected" || this.writeShut) return this.state !== "fresh" || this.pair !== null;
    if (this.pair !== null) return true;
    return this.conn === null || this.conn.pendingWrite() < SEND_BUFFER;
  }

  /** Something changed: wake the waits watching this endpoint. */
  notify(): void {
    for (const w of [...this.watchers]) w();
  }

  /** Does this endpoint go through the host (rather than being a socketpair end)? */
  get hosted(): boolean {
    return this.pair === null && this.family !== AF_UNIX;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.inbox.push(chunk);
    this.inboxLen += chunk.length;
  }

  /** Takes up to n bytes from the inbox (peek: leaves them there). */
  take(n: number, peek = false): Uint8Array {
    const size = Math.min(n, this.inboxLen);
    const out = new Uint8Array(size);
    let off = 0;
    let i = 0;
    while (off < size) {
      const c = this.inbox[i]!;
      const k = Math.min(c.length, size - off);
      out.set(c.subarray(0, k), off);
      off += k;
      if (!peek) {
        if (k === c.length) {
          this.inbox.shift();
          continue;
        }
        this.inbox[0] = c.subarray(k);
      }
      i++;
    }
    if (!peek) this.inboxLen -= size;
    return out;
  }
}

export const AF_UNIX = 1;
export const AF_INET = 2;
export const AF_INET6 = 10;

function key(a: NetAddress, b: NetAddress): string {
  return `${a.host}:${a.port}>${b.host}:${b.port}`;
}

/** The interpreter's descriptor table of sockets. */
export class SocketTable {
  readonly fds = new Map<number, Endpoint>();
  /** Connected host endpoints by "local>remote", kept until the host connection is gone. */
  readonly links = new Map<string, Endpoint>();
  constructor(readonly net: HostNet | undefined) {}

  /** The lowest free descriptor number from 3 (0-2 are the standard streams). */
  allocate(family: number, kind: number, proto: number): Endpoint {
    const e = new Endpoint(this, -1, family, kind, proto);
    this.install(e);
    return e;
  }

  /** Gives an accepted endpoint its descriptor. */
  install(e: Endpoint): void {
    let fd = 3;
    while (this.fds.has(fd)) fd++;
    e.fd = fd;
    this.fds.set(fd, e);
  }

  release(e: Endpoint): void {
    if (this.fds.get(e.fd) === e) this.fds.delete(e.fd);
    e.fd = -1;
  }

  /** Records a connected host endpoint so that its peer (if it is ours) can be found. */
  link(e: Endpoint): void {
    if (e.local !== null && e.remote !== null) this.links.set(key(e.local, e.remote), e);
  }

  unlink(e: Endpoint): void {
    if (e.local !== null && e.remote !== null && this.links.get(key(e.local, e.remote)) === e)
      this.links.delete(key(e.local, e.remote));
  }

  private peerOf(e: Endpoint): Endpoint | undefined {
    if (e.local === null || e.remote === null) return undefined;
    return this.links.get(key(e.remote, e.local));
  }

  /** Is a listener of ours bound where `a` points? */
  private ourListener(a: NetAddress): boolean {
    for (const e of this.fds.values()) {
      if (e.local === null || e.listener === null || e.local.port !== a.port) continue;
      if (e.local.host === a.host || e.local.host === "0.0.0.0" || e.local.host === "::") return true;
    }
    return false;
  }

  /**
   * Are bytes, an end of stream or a connection on their way to `e` from another socket of
   * this program? On a real loopback interface they would already be there (the kernel moves
   * them during send), so reads wait for them to land before answering.
   */
  incomingUnderWay(e: Endpoint): boolean {
    if (e.state === "closed" || e.hostClosed || e.error !== null) return false;
    if (e.listener !== null && e.local !== null) {
      for (const c of this.links.values()) {
        if (c.hostClosed || c.remote === null || c.remote.port !== e.local.port) continue;
        if (this.peerOf(c) === undefined && this.ourListener(c.remote)) return true;
      }
      return false;
    }
    const peer = this.peerOf(e);
    if (peer === undefined) return false;
    return peer.sent > e.received || (peer.finSent && !e.eof);
  }

  /** Is host work under way that will settle by itself (see the file comment)? */
  underWay(): boolean {
    for (const e of this.fds.values()) if (e.state === "connecting" || e.state === "binding") return true;
    for (const e of this.links.values()) {
      if (e.hostClosed) continue;
      const peer = this.peerOf(e);
      if (peer === undefined) {
        // Our client is connected, our server has not seen the connection yet.
        if (e.remote !== null && this.ourListener(e.remote)) return true;
        continue;
      }
      if (peer.sent > e.received || (peer.finSent && !e.eof)) return true;
      if (e.hostClosed && (peer.eof || peer.hostClosed)) this.unlink(e);
    }
    return false;
  }
}

const tables = new WeakMap<Interpreter, SocketTable>();

export function socketTable(interp: Interpreter): SocketTable {
  let t = tables.get(interp);
  if (t === undefined) {
    t = new SocketTable(interp.host.net);
    tables.set(interp, t);
  }
  return t;
}

/** What a wait watches: an endpoint, for reading and/or writing. */
export interface Interest {
  readonly end: Endpoint;
  readonly read: boolean;
  readonly write: boolean;
}

/**
 * A thread waiting until a condition on some endpoints holds (recv, accept, connect, select).
 * Its host promise settles only when the condition holds, and is renewed if another thread took
 * what made it hold. The native that yielded it calls dispose() once resumed.
 */
export class EndpointWait implements Wait {
  readonly timeoutValue = false;
  readonly resource = null;
  private promise: Promise<unknown> | null = null;
  private settle: (() => void) | null = null;
  private readonly watcher = (): void => {
    if (this.settle !== null && this.ready()) {
      const s = this.settle;
      this.settle = null;
      s();
    }
  };

  constructor(
    readonly interests: readonly Interest[],
    readonly ready: () => boolean,
    readonly deadline: number,
    private readonly what: string,
  ) {
    for (const i of interests) i.end.watchers.add(this.watcher);
  }

  complete(): PyValue {
    return true;
  }

  get host(): Promise<unknown> | null {
    if (!this.interests.some((i) => i.end.hosted && i.end.state !== "closed")) return null;
    if (this.promise === null || (this.settle === null && !this.ready())) {
      this.promise = new Promise<void>((resolve) => (this.settle = resolve));
      if (this.ready()) this.watcher();
    }
    return this.promise;
  }

  hostSoon(): boolean {
    const first = this.interests[0];
    return first !== undefined && first.end.table.underWay();
  }

  describe(): string {
    return this.what;
  }

  dispose(): void {
    for (const i of this.interests) i.end.watchers.delete(this.watcher);
    this.settle = null;
  }
}
