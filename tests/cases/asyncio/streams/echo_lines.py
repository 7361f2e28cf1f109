# start_server and open_connection: one client, line by line.
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    print("server: peer host", peer[0])
    while line := await reader.readline():
        writer.write(b"echo: " + line)
        await writer.drain()
    print("server: at_eof", reader.at_eof())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for word in ["one", "two", "three"]:
        writer.write(word.encode() + b"\n")
        await writer.drain()
        print("client got", await reader.readline())
    writer.write_eof()
    print("client rest", await reader.read())
    print("closing", writer.is_closing())
    writer.close()
    print("closing", writer.is_closing())
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("serving", server.is_serving())


asyncio.run(main())
