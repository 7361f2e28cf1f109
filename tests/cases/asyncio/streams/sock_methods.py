# The loop's sock_* coroutines over non-blocking sockets.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    srv = socket.create_server(("127.0.0.1", 0))
    srv.setblocking(False)
    cli = socket.socket()
    cli.setblocking(False)
    accept = asyncio.create_task(loop.sock_accept(srv))
    await loop.sock_connect(cli, srv.getsockname())
    conn, addr = await accept
    print("accepted from", addr[0], conn.getblocking())
    await loop.sock_sendall(cli, b"ping " * 1000)
    got = b""
    while len(got) < 5000:
        got += await loop.sock_recv(conn, 4096)
    print(len(got), got[:10])
    buf = bytearray(10)
    await loop.sock_sendall(conn, b"pong")
    n = await loop.sock_recv_into(cli, buf)
    print(n, buf[:n])
    reader = asyncio.create_task(loop.sock_recv(cli, 10))
    await asyncio.sleep(0.1)
    print("still waiting", not reader.done())
    conn.close()
    print("after close", await reader)
    for s in (cli, srv):
        s.close()


asyncio.run(main())
