/**
 * What the interpreter needs from its host to speak TCP (the `_socket` module): listening,
 * connecting, and the events of a connection. The core never imports a platform's networking;
 * the embedder passes an implementation in `Host.net` (src/host-node/net.ts for Node). Without
 * one (a browser), creating an Internet socket fails with OSError, as on a system without it.
 *
 * Everything here is event-driven: the host calls the sinks when something happens, and the
 * `_socket` module turns those events into readiness that blocked Python threads wait on.
 */

/** An address as the host reports it: a numeric IPv4 or IPv6 address and a port. */
export interface NetAddress {
  readonly host: string;
  readonly port: number;
  readonly family: 4 | 6;
}

/** Receives the events of one connection (client or accepted). */
export interface ConnectionSink {
  /** The connection is established (a client's connect completed). */
  connected(local: NetAddress, remote: NetAddress): void;
  /** Bytes arrived. */
  data(chunk: Uint8Array): void;
  /** The peer shut its sending side down (FIN): no more data will arrive. */
  end(): void;
  /** Bytes waiting to be sent went down (the host's buffer drained). */
  drained(): void;
  /** The connection failed; `code` is the POSIX error name ("ECONNREFUSED", "EPIPE", ...). */
  error(code: string): void;
  /** The connection is gone (after close, end on both sides, or an error). */
  closed(): void;
}

/** One TCP connection in the host. */
export interface HostConnection {
  /** Queues bytes to send (the host keeps them until the network takes them). */
  write(data: Uint8Array): void;
  /** Bytes queued by write and not yet taken by the network. */
  pendingWrite(): number;
  /** Shuts the sending side down (sends FIN once the queued bytes are sent). */
  end(): void;
  /** Closes the connection: queued bytes are still sent, then the connection is released. */
  close(): void;
}

/** Receives the events of a listening socket. */
export interface ListenerSink {
  /** Listening; `local` is the bound address (the port chosen by the system for port 0). */
  listening(local: NetAddress): void;
  /** Listening failed ("EADDRINUSE", "EADDRNOTAVAIL", "EACCES", ...). */
  error(code: string): void;
  /** A connection was accepted by the system; the answer receives its events. */
  connection(conn: HostConnection, local: NetAddress, remote: NetAddress): ConnectionSink;
}

export interface HostListener {
  close(): void;
}

export interface HostNet {
  /** Starts listening on host:port (port 0: any free port). */
  listen(host: string, port: number, backlog: number, sink: ListenerSink): HostListener;
  /** Starts connecting to host:port (a numeric address), optionally from a bound local address. */
  connect(host: string, port: number, sink: ConnectionSink, local?: NetAddress): HostConnection;
  /** Resolves a host name to numeric addresses (getaddrinfo); rejects with an error code. */
  lookup(name: string): Promise<readonly NetAddress[]>;
  /** The machine's host name (gethostname). */
  hostname(): string;
}
