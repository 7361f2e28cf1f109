# Name resolution for loopback: getaddrinfo, gethostbyname, the enums it answers with.
import socket

print(socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", "8080", socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("localhost", 0, socket.AF_INET, socket.SOCK_STREAM))
print(len(socket.getaddrinfo("127.0.0.1", 80)))
print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
print(isinstance(socket.gethostname(), str))
print(repr(socket.AF_INET), str(socket.AF_INET), int(socket.SOCK_STREAM))
print(socket.AF_INET6.name, socket.SOCK_DGRAM.value, socket.AddressFamily(2))
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SHUT_RDWR, socket.IPPROTO_TCP)
print(socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1))
