# A read that waits for data nobody sends is cut by wait_for; the loop's clock moves by the timeout.
import asyncio


async def handle(reader, writer):
    await reader.read()
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
    t0 = loop.time()
    try:
        await asyncio.wait_for(reader.read(10), 0.5)
    except asyncio.TimeoutError:
        print("timed out after", round(loop.time() - t0, 1))
    writer.write(b"late")
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
