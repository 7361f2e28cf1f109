"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384 and sha512.

The algorithms are the native modules _md5, _sha1, _sha256 and _sha512; this module names
them, offers new(name, data) and lists what is available.
"""

import _md5
import _sha1
import _sha256
import _sha512

_CONSTRUCTORS = {
    "md5": _md5.md5,
    "sha1": _sha1.sha1,
    "sha224": _sha256.sha224,
    "sha256": _sha256.sha256,
    "sha384": _sha512.sha384,
    "sha512": _sha512.sha512,
}

algorithms_guaranteed = set(_CONSTRUCTORS)
algorithms_available = set(_CONSTRUCTORS)

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512",
           "algorithms_guaranteed", "algorithms_available", "new", "file_digest")

md5 = _md5.md5
sha1 = _sha1.sha1
sha224 = _sha256.sha224
sha256 = _sha256.sha256
sha384 = _sha512.sha384
sha512 = _sha512.sha512


def new(name, data=b"", **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    constructor = _CONSTRUCTORS.get(name) if isinstance(name, str) else None
    if constructor is None:
        constructor = _CONSTRUCTORS.get(name.lower()) if isinstance(name, str) else None
    if constructor is None:
        raise ValueError("unsupported hash type " + str(name))
    return constructor(data, **kwargs)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
