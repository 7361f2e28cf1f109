# readexactly, and IncompleteReadError when the stream ends first.
import asyncio


async def handle(reader, writer):
    writer.write(b"abcdefghij")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
    print(await reader.readexactly(3))
    print(await reader.readexactly(0))
    try:
        await reader.readexactly(20)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e.partial, e.expected)
        print(str(e))
        print(isinstance(e, EOFError))
    print(await reader.read(), reader.at_eof())
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print(e)
    writer.close()
    await writer.wait_closed()
    server.close()


asyncio.run(main())
