import binascii as b
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in [b'=abc', b'ab=c', b'abc=d', b'ab==c', b'a=', b'ab===', b'abcd=', b'ab=', b'abcde', b'ab*c', b'abc=', b'', b'====', b'YWJj\nZA==', b'Y W J j']:
    t(lambda: b.a2b_base64(s, strict_mode=True))
    t(lambda: b.a2b_base64(s))
t(lambda: b.a2b_base64('YWJj'))
t(lambda: b.a2b_base64('\xe9'))
t(lambda: b.a2b_base64(5))
t(lambda: b.b2a_base64('x'))
t(lambda: b.b2a_base64(b'ab', False))
t(lambda: (b.b2a_base64(b''), b.b2a_base64(b'\xff\xfe\xfd\xfc', newline=False), b.b2a_base64(bytearray(b'ab'))))
t(lambda: b.hexlify(b'abcde', '-', 2))
t(lambda: b.hexlify(b'abcde', b':', -2))
t(lambda: b.hexlify(b'abcde', '--'))
t(lambda: b.hexlify(b'abcde', 5))
t(lambda: (b.hexlify(b'\x00\xff'), b.b2a_hex(b'abc', sep=' '), b.hexlify(b''), b.hexlify(b'abc', '.', 0)))
t(lambda: (b.unhexlify('0aFf'), b.a2b_hex(b'abcd'), b.unhexlify(bytearray(b'00'))))
t(lambda: b.unhexlify('abc'))
t(lambda: b.unhexlify('zz'))
t(lambda: b.unhexlify(b'g0'))
t(lambda: (b.crc32(b''), b.crc32(b'abc'), b.crc32(b'abc', -1), b.crc32(b'abc', 2 ** 40), b.crc32(b'def', b.crc32(b'abc'))))
t(lambda: (b.crc_hqx(b'', 0), b.crc_hqx(b'abc', 0), b.crc_hqx(b'abc', -1), b.crc_hqx(b'abc', 0x12345), b.crc_hqx(b'123456789', 0xffff)))
t(lambda: b.crc_hqx(b'abc'))
t(lambda: b.crc32('abc'))
t(lambda: b.Error.__mro__)
t(lambda: b.Incomplete.__mro__)
t(lambda: issubclass(b.Error, ValueError))
try:
    b.unhexlify('1')
except ValueError as e:
    print("caught as ValueError:", repr(e))
