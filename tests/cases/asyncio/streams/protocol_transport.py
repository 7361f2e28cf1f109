# create_server and create_connection with Protocol classes: the order of callbacks.
import asyncio

log = []


class Server(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        log.append(("server made", transport.get_extra_info("peername")[0]))

    def data_received(self, data):
        log.append(("server data", data))
        self.transport.write(data.upper())

    def eof_received(self):
        log.append(("server eof",))
        self.transport.write(b"bye")
        self.transport.close()

    def connection_lost(self, exc):
        log.append(("server lost", exc))


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.got = b""

    def connection_made(self, transport):
        self.transport = transport
        log.append(("client made", transport.get_extra_info("sockname")[0]))
        transport.write(b"hello ")
        transport.writelines([b"proto", b"cols"])
        print("can_write_eof", transport.can_write_eof())
        transport.write_eof()

    def data_received(self, data):
        self.got += data

    def eof_received(self):
        log.append(("client eof", self.got))

    def connection_lost(self, exc):
        log.append(("client lost", exc))
        self.done.set_result(self.got)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Server, "127.0.0.1", 0)
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), *server.sockets[0].getsockname())
    print(isinstance(transport, asyncio.Transport), type(protocol).__name__)
    got = await done
    print(got[-3:], sorted(set(got[:-3])))
    print(transport.is_closing())
    server.close()
    await server.wait_closed()
    await asyncio.sleep(0)
    for entry in log:
        if entry[0].startswith("client"):
            print(entry[0], entry[1:] if entry[0] != "client eof" else entry[1][-3:])
    print(sorted(e[0] for e in log if e[0].startswith("server")))


asyncio.run(main())
