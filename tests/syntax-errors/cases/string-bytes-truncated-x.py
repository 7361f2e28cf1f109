b = b'ab\x4'
