# open_connection to a closed port; the message names the address it tried.
import asyncio
import socket


async def main():
    s = socket.create_server(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        print(type(e).__name__, e.errno)
        print(str(e) == f"[Errno 111] Connect call failed ('127.0.0.1', {port})")
    loop = asyncio.get_running_loop()
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("create_connection", e.errno)
    try:
        await loop.create_connection(asyncio.Protocol)
    except ValueError as e:
        print(e)


asyncio.run(main())
