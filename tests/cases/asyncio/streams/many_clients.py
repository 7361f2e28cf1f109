# Twenty clients at once; each gets its own numbers back, summed by the server.
import asyncio


async def handle(reader, writer):
    total = 0
    while line := await reader.readline():
        total += int(line)
        writer.write(f"{total}\n".encode())
    writer.close()


async def client(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    sums = []
    for k in range(1, 4):
        writer.write(f"{i * k}\n".encode())
        sums.append(int(await reader.readline()))
    writer.close()
    await writer.wait_closed()
    return i, sums


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(*(client(port, i) for i in range(20)))
    print(results[:3], results[-1])
    print(all(s == [i, 3 * i, 6 * i] for i, s in results))


asyncio.run(main())
