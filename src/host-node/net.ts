/**
 * The Node implementation of the host networking interface (src/vm/host-net.ts) over node:net.
 * Connections are half-open capable (allowHalfOpen) so that shutdown(SHUT_WR) behaves as on a
 * POSIX socket: after our FIN the peer may still send. Every server and connection is tracked so
 * that `closeAll` can release them when a program ends (a program that forgets to close a
 * listening socket must not keep the host process alive).
 */
import * as net from "node:net";
import * as dns from "node:dns";
import * as os from "node:os";
import type {
  ConnectionSink,
  HostConnection,
  HostListener,
  HostNet,
  ListenerSink,
  NetAddress,
} from "../vm/host-net.js";

export interface NodeNet extends HostNet {
  /** Closes every listener and connection still open. */
  closeAll(): void;
}

function addressOf(host: string | undefined, port: number | undefined, family?: string | number): NetAddress {
  const h = host ?? "0.0.0.0";
  const v6 = family === "IPv6" || family === 6 || (family === undefined && h.includes(":"));
  // An IPv4 peer of a dual-stack socket is reported as ::ffff:a.b.c.d.
  if (v6 && h.startsWith("::ffff:") && h.includes("."))
    return { host: h.slice(7), port: port ?? 0, family: 4 };
  return { host: h, port: port ?? 0, family: v6 ? 6 : 4 };
}

function codeOf(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : "EIO";
}

/** Wires a node socket's events to a sink; answers the HostConnection over it. */
function wrap(sock: net.Socket, sink: () => ConnectionSink, open: Set<net.Socket>): HostConnection {
  open.add(sock);
  let closing = false;
  sock.on("data", (chunk: Buffer) =>
    sink().data(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)),
  );
  sock.on("end", () => sink().end());
  sock.on("drain", () => sink().drained());
  sock.on("error", (e) => sink().error(codeOf(e)));
  sock.on("close", () => {
    open.delete(sock);
    sink().closed();
  });
  return {
    write: (data) => {
      if (!sock.destroyed && sock.writable) sock.write(data, () => sink().drained());
    },
    pendingWrite: () => sock.writableLength,
    end: () => {
      if (!sock.destroyed && !sock.writableEnded) sock.end();
    },
    close: () => {
      if (closing || sock.destroyed) return;
      closing = true;
      // Bytes already queued are still delivered, then the descriptor is released (close(2)).
      if (sock.writableLength > 0 && !sock.writableEnded) sock.end(() => sock.destroy());
      else sock.destroy();
    },
  };
}

export function nodeNet(): NodeNet {
  const servers = new Set<net.Server>();
  const sockets = new Set<net.Socket>();
  return {
    listen(host: string, port: number, backlog: number, sink: ListenerSink): HostListener {
      const server = net.createServer({ allowHalfOpen: true });
      servers.add(server);
      server.on("connection", (sock) => {
        let target: ConnectionSink | null = null;
        const conn = wrap(
          sock,
          () => {
            if (target === null) throw new Error("connection events before the sink was set");
            return target;
          },
          sockets,
        );
        target = sink.connection(
          conn,
          addressOf(sock.localAddress, sock.localPort, sock.localFamily),
          addressOf(sock.remoteAddress, sock.remotePort, sock.remoteFamily),
        );
      });
      server.on("error", (e) => {
        servers.delete(server);
        sink.error(codeOf(e));
      });
      server.on("listening", () => {
        const a = server.address();
        if (a !== null && typeof a === "object") sink.listening(addressOf(a.address, a.port, a.family));
      });
      // An IPv6 listener takes only IPv6 (IPV6_V6ONLY), so 0.0.0.0 and :: can share a port.
      server.listen({ host, port, backlog, exclusive: true, ipv6Only: host.includes(":") });
      return {
        close: () => {
          servers.delete(server);
          server.close();
        },
      };
    },

    connect(host: string, port: number, sink: ConnectionSink, local?: NetAddress): HostConnection {
      const options: net.NetConnectOpts = { host, port, allowHalfOpen: true };
      if (local !== undefined) {
        options.localAddress = local.host;
        if (local.port !== 0) options.localPort = local.port;
      }
      const sock = net.connect(options);
      sock.setNoDelay(true);
      sock.on("connect", () =>
        sink.connected(
          addressOf(sock.localAddress, sock.localPort, sock.localFamily),
          addressOf(sock.remoteAddress, sock.remotePort, sock.remoteFamily),
        ),
      );
      return wrap(sock, () => sink, sockets);
    },

    lookup(name: string): Promise<readonly NetAddress[]> {
      return new Promise((resolve, reject) => {
        dns.lookup(name, { all: true, verbatim: true }, (err, addresses) => {
          if (err) reject(new Error(codeOf(err)));
          else resolve(addresses.map((a) => addressOf(a.address, 0, a.family)));
        });
      });
    },

    hostname: () => os.hostname(),

    closeAll(): void {
      for (const s of servers) s.close();
      servers.clear();
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
  };
}
