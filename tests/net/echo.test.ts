// Echo servers over loopback TCP inside pyglass: an asyncio server with 50 concurrent stream
// clients, and a threaded server of blocking sockets with 20 client threads. Each client sends
// distinct lines and checks that every byte comes back; the programs print a summary that must
// equal python3's (and the byte count computed here).
import assert from "node:assert/strict";
import { test } from "node:test";
import { runSource } from "../../src/index.js";
import { runPyglass, runPython } from "../asyncio/helpers.js";

/** The bytes client i sends: 5 lines of `line(i, k)`, as the programs build them. */
function expectedBytes(clients: number, stride: number): number {
  let total = 0;
  for (let i = 0; i < clients; i++)
    for (let k = 0; k < 5; k++) total += `client ${i} line ${k} `.length + i * stride + k + 1;
  return total;
}

const ASYNCIO_ECHO = `
import asyncio

N = 50

async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    sent = b""
    got = b""
    for k in range(5):
        msg = f"client {i} line {k} {'x' * (i * 7 + k)}\\n".encode()
        writer.write(msg)
        sent += msg
        await writer.drain()
        got += await reader.readline()
    writer.write_eof()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return sent == got and rest == b"", len(got)

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.wait_for(asyncio.gather(*(client(port, i) for i in range(N))), 60)
    ok = sum(1 for r, _ in results if r)
    total = sum(n for _, n in results)
    print(f"clients={N} ok={ok} bytes={total}")

asyncio.run(main())
`;

const THREADED_ECHO = `
import socket
import threading

N = 20
server = socket.create_server(("127.0.0.1", 0))
port = server.getsockname()[1]
results = {}

def serve_one(conn):
    with conn:
        while True:
            data = conn.recv(7)
            if not data:
                break
            conn.sendall(data)

def acceptor():
    workers = []
    for _ in range(N):
        conn, _ = server.accept()
        t = threading.Thread(target=serve_one, args=(conn,))
        t.start()
        workers.append(t)
    for t in workers:
        t.join()

def client(i):
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        f = s.makefile("rb")
        sent = got = b""
        for k in range(5):
            msg = f"client {i} line {k} {'y' * (i * 11 + k)}\\n".encode()
            s.sendall(msg)
            sent += msg
            got += f.readline()
        s.shutdown(socket.SHUT_WR)
        rest = f.read()
        f.close()
        results[i] = (sent == got and rest == b"", len(got))

a = threading.Thread(target=acceptor)
a.start()
clients = [threading.Thread(target=client, args=(i,)) for i in range(N)]
for t in clients:
    t.start()
for t in clients:
    t.join()
a.join()
server.close()
ok = sum(1 for r, _ in results.values() if r)
print(f"clients={len(results)} ok={ok} bytes={sum(n for _, n in results.values())}")
`;

test(
  "asyncio: an echo server and 50 concurrent stream clients, every byte echoed",
  { timeout: 180_000 },
  async () => {
    const r = await runPyglass(ASYNCIO_ECHO);
    assert.equal(r.stderr, "");
    assert.equal(r.exitCode, 0);
    assert.equal(r.stdout, `clients=50 ok=50 bytes=${expectedBytes(50, 7)}\n`);
    assert.equal(r.stdout, runPython(ASYNCIO_ECHO).stdout);
  },
);

test(
  "threads: a blocking echo server and 20 client threads, every byte echoed",
  { timeout: 180_000 },
  async () => {
    const r = await runPyglass(THREADED_ECHO);
    assert.equal(r.stderr, "");
    assert.equal(r.exitCode, 0);
    assert.equal(r.stdout, `clients=20 ok=20 bytes=${expectedBytes(20, 11)}\n`);
    assert.equal(r.stdout, runPython(THREADED_ECHO).stdout);
  },
);

test("without host networking, creating an Internet socket raises OSError", async () => {
  let stdout = "";
  const source = `
import socket
try:
    socket.socket()
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
a, b = socket.socketpair()
a.sendall(b"still here")
print(b.recv(100))
`;
  const r = await runSource(source, { network: false, stdout: (s) => void (stdout += s) });
  assert.equal(r.exitCode, 0);
  assert.equal(stdout, "OSError 97 Address family not supported by protocol\nb'still here'\n");
});

test("a select timeout passes on the virtual clock at once; a recv timeout raises TimeoutError", async () => {
  const source = `
import select, socket, time
srv = socket.create_server(("127.0.0.1", 0))
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
t0 = time.monotonic()
print(select.select([conn], [], [], 30.0))
print(round(time.monotonic() - t0))
conn.settimeout(2.5)
try:
    conn.recv(10)
except TimeoutError as e:
    print("TimeoutError", e, round(time.monotonic() - t0, 1))
c.sendall(b"ping")
r, w, x = select.select([conn], [conn], [], 30.0)
print(r == [conn], w == [conn], x)
print(conn.recv(10))
for s in (c, conn, srv):
    s.close()
`;
  const started = Date.now();
  const r = await runPyglass(source);
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "([], [], [])\n30\nTimeoutError timed out 32.5\nTrue True []\nb'ping'\n");
  // Virtual time: 32.5 seconds of timeouts take no real time.
  assert.ok(Date.now() - started < 30_000);
});
