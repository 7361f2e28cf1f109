# Package of concurrent execution libraries (see concurrent.futures).
