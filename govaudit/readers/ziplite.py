"""A workbook's zip package read without the zipfile module, when it is plainly made (issue 13).

Importing zipfile (with shutil, bz2, lzma, importlib.util and threading) was ≈ 15 M instructions of every workbook's
check, and reading its members through ZipExtFile more. `open_zip(path)` reads what Excel, WPS, LibreOffice and
openpyxl write: one end-of-central-directory record (no zip64), members stored or deflated, none encrypted, each name
once, each local header naming its member as the directory does, every member inflating to its declared size with
its declared CRC. It gives what xlsx.py uses of a ZipFile (namelist, infolist, read, open, close) and the same bytes.
Anything else — a damaged or unusual package, a member that fails — is read by zipfile itself, as before: a
`zipfile.ZipFile` of the same path made on the spot, so every error and every quirk is zipfile's own.
tests/test_ziplite.py compares the two on every workbook of the samples and on damaged and unusual packages.
"""

from __future__ import annotations

import zlib

MAX_SIZE = 64 * 1024 * 1024  # larger files: zipfile, which seeks instead of reading the whole file
_EOCD, _CENTRAL, _LOCAL, _ZIP64_LOCATOR = b"PK\x05\x06", b"PK\x01\x02", b"PK\x03\x04", b"PK\x06\x07"


class Unsupported(Exception):
    """Not plainly made: zipfile reads it."""


def __getattr__(name: str):
    if name == "BadZipFile":  # zipfile's, imported only when an except clause asks for it
        import zipfile

        return zipfile.BadZipFile
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_zip(path):
    """A ZipFile-like reader of the package at `path`: ours when it is plainly made, else zipfile's."""
    try:
        return LiteZip(path)
    except Exception:  # (an unreadable file too: zipfile raises what it raised before)
        import zipfile

        return zipfile.ZipFile(path)


def _u16(data: bytes, at: int) -> int:
    return data[at] | data[at + 1] << 8


def _u32(data: bytes, at: int) -> int:
    return int.from_bytes(data[at:at + 4], "little")


class Member:
    """What xlsx.py reads of a zipfile.ZipInfo."""

    __slots__ = ("filename", "compress_type", "file_size", "compress_size", "CRC", "header_offset", "flag_bits")

    def __init__(self, filename, compress_type, file_size, compress_size, crc, header_offset, flag_bits):
        self.filename, self.compress_type, self.file_size = filename, compress_type, file_size
        self.compress_size, self.CRC, self.header_offset, self.flag_bits = compress_size, crc, header_offset, flag_bits


class LiteZip:
    def __init__(self, path):
        self.path = path
        self._real = None
        with open(path, "rb") as fh:
            data = fh.read(MAX_SIZE + 1)
        if len(data) > MAX_SIZE or len(data) < 22:
            raise Unsupported
        self.data = data
        # the end record, where zipfile looks for it: the last 22 bytes (no comment), else the last one in the
        # final 64 kB; no zip64 locator before it
        end = len(data) - 22
        if not (data.startswith(_EOCD, end) and data[-2:] == b"\0\0"):
            end = data.rfind(_EOCD, max(len(data) - 65536 - 22, 0))
            if end < 0 or end + 22 > len(data) or end + 22 + _u16(data, end + 20) != len(data):
                raise Unsupported  # (a comment running past the end, bytes after it: zipfile decides)
        if end >= 20 and data.startswith(_ZIP64_LOCATOR, end - 20):
            raise Unsupported
        disk, cd_disk, here, count, size, offset = (_u16(data, end + 4), _u16(data, end + 6), _u16(data, end + 8),
                                                    _u16(data, end + 10), _u32(data, end + 12), _u32(data, end + 16))
        if disk or cd_disk or here != count or offset + size != end:  # (nothing prepended: zipfile's concat 0)
            raise Unsupported
        members: list[Member] = []
        names: dict[str, Member] = {}
        at = offset
        while at < end:
            if not data.startswith(_CENTRAL, at) or at + 46 > end:
                raise Unsupported
            extract_version, flags, method = data[at + 6], _u16(data, at + 8), _u16(data, at + 10)
            crc, packed, size_ = _u32(data, at + 16), _u32(data, at + 20), _u32(data, at + 24)
            name_len, extra_len, comment_len = _u16(data, at + 28), _u16(data, at + 30), _u16(data, at + 32)
            local = _u32(data, at + 42)
            raw_name = data[at + 46:at + 46 + name_len]
            if (flags & 0x61 or method not in (0, 8) or extract_version > 63 or extra_len or 0xFFFFFFFF in
                    (packed, size_, local) or b"\0" in raw_name or len(raw_name) != name_len):
                raise Unsupported  # encrypted, patched, zip64 or extra fields, another method: zipfile
            # (an ASCII name reads the same either way: cp437's codec is not imported for it, issue 13)
            name = raw_name.decode("utf-8" if flags & 0x800 or raw_name.isascii() else "cp437")
            if name in names:
                raise Unsupported
            member = Member(name, method, size_, packed, crc, local, flags)
            members.append(member)
            names[name] = member
            at += 46 + name_len + extra_len + comment_len
        if at != end or len(members) != count:
            raise Unsupported
        self._members, self._names = members, names

    # ------------------------------------------------------------------ what xlsx.py uses of a ZipFile
    def namelist(self) -> list[str]:
        return [m.filename for m in self._members]

    def infolist(self) -> list[Member]:
        return list(self._members)

    def getinfo(self, name: str) -> Member:
        member = self._names.get(name)
        if member is None:
            raise KeyError(f"There is no item named {name!r} in the archive")  # (zipfile's words)
        return member

    def read(self, name: str | Member) -> bytes:
        name = name.filename if isinstance(name, Member) else name
        got = self._inflate(name)
        return got if got is not None else self.real().read(name)

    def open(self, name: str | Member):
        name = name.filename if isinstance(name, Member) else name
        got = self._inflate(name)
        if got is None:
            return self.real().open(name)
        from io import BytesIO

        return BytesIO(got)

    def close(self) -> None:
        if self._real is not None:
            self._real.close()

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def real(self):
        """zipfile's reader of the same file, for what is not read here."""
        if self._real is None:
            import zipfile

            self._real = zipfile.ZipFile(self.path)
        return self._real

    def _inflate(self, name: str) -> bytes | None:
        """The member's bytes when it is plainly stored: a local header naming it as the directory does, and data
        inflating to exactly its declared size and CRC; None for anything else (zipfile reads it, or says why)."""
        member = self._names.get(name)
        if member is None:
            return None
        data, at = self.data, member.header_offset
        if not data.startswith(_LOCAL, at) or at + 30 > len(data):
            return None
        name_len, extra_len = _u16(data, at + 26), _u16(data, at + 28)
        try:
            local = data[at + 30:at + 30 + name_len]
            if local.decode("utf-8" if _u16(data, at + 6) & 0x800 or local.isascii() else "cp437") != name:
                return None
        except UnicodeDecodeError:
            return None
        start = at + 30 + name_len + extra_len
        raw = data[start:start + member.compress_size]
        if len(raw) != member.compress_size:
            return None
        if member.compress_type == 0:
            out = raw
        else:
            inflate = zlib.decompressobj(-15)
            try:
                out = inflate.decompress(raw, member.file_size + 1)
            except zlib.error:
                return None
            if not inflate.eof:
                return None
        if len(out) != member.file_size or zlib.crc32(out) != member.CRC:
            return None
        return out
