import sys
print(sys.version_info.releaselevel, sys.version_info.serial, sys.version_info[0:2] == (3, 11), sys.hexversion >> 16 == 0x030B, sys.api_version > 0)
print(sys.platform in ("linux", "darwin", "win32", "emscripten"), type(sys.executable).__name__, sys.prefix == sys.base_prefix or True)
print(sys.thread_info.name is not None or True, sys.dont_write_bytecode in (True, False), sys.float_info.max_exp, sys.int_info.sizeof_digit)
