"""The names CPython's C module _io defines (the concrete io classes say they live here, so
pickling by reference looks them up in this module)."""

from io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open, open_code,  # noqa
                FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRWPair,
                BufferedRandom, IncrementalNewlineDecoder, TextIOWrapper, text_encoding)
