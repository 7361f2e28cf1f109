# async for over a StreamReader, and a reader fed by hand.
import asyncio


async def handle(reader, writer):
    writer.writelines([b"first\n", b"second\n", b"third without newline"])
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
    async for line in reader:
        print(line)
    print(reader.at_eof(), repr(await reader.readline()))
    writer.close()
    server.close()
    r = asyncio.StreamReader()
    r.feed_data(b"manual\ndata")
    r.feed_eof()
    print(await r.readline(), await r.read(2), await r.read(), r.at_eof())
    print(repr(asyncio.StreamReader(limit=10)))
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print(e)


asyncio.run(main())
