# readuntil with separators, and the stream's limit (LimitOverrunError, readline's ValueError).
import asyncio


async def handle(reader, writer):
    writer.write(b"key=value;next=thing;" + b"z" * 50 + b"\nlast")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=16)
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname(), limit=16)
    print(await reader.readuntil(b"="))
    print(await reader.readuntil(b";"))
    print(await reader.readuntil(b";"))
    try:
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed > 0)
    try:
        await reader.readline()
    except ValueError as e:
        print("ValueError", e)
    try:
        await reader.readuntil(b"")
    except ValueError as e:
        print(e)
    try:
        await reader.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print("incomplete", e.partial, e.expected)
    print(await reader.read(), reader.at_eof())
    writer.close()
    server.close()


asyncio.run(main())
