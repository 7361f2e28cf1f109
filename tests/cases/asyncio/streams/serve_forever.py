# Server as an async context manager, serve_forever cancelled, is_serving and repr of closing.
import asyncio


async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data[::-1])
    await writer.drain()
    writer.close()


async def client(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(text)
    await writer.drain()
    reply = await reader.read()
    writer.close()
    await writer.wait_closed()
    return reply


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    print("serving", server.is_serving())
    port = server.sockets[0].getsockname()[1]
    async with server:
        task = asyncio.create_task(server.serve_forever())
        await asyncio.sleep(0)
        print("serving", server.is_serving())
        print(await client(port, b"stressed"))
        try:
            await server.serve_forever()
        except RuntimeError as e:
            print("RuntimeError", "already being awaited" in str(e))
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("serve_forever cancelled")
        print("serving", server.is_serving(), server.sockets)
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)


asyncio.run(main())
