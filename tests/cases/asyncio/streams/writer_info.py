# StreamWriter: extra info, transport, write type errors, drain after the peer went away.
import asyncio
import socket


async def handle(reader, writer):
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    addr = server.sockets[0].getsockname()
    reader, writer = await asyncio.open_connection(*addr)
    print(writer.get_extra_info("peername") == addr, writer.get_extra_info("sockname")[0])
    print(writer.get_extra_info("socket").getsockname() == writer.get_extra_info("sockname"), writer.get_extra_info("nothing", 42))
    print(writer.transport is writer.get_extra_info("socket") or isinstance(writer.transport, asyncio.WriteTransport))
    try:
        writer.write("text")
    except TypeError as e:
        print(e)
    print(await reader.read(), reader.at_eof())
    writer.write_eof()
    try:
        writer.write(b"x")
    except RuntimeError as e:
        print(e)
    writer.close()
    await writer.wait_closed()
    server.close()


asyncio.run(main())
