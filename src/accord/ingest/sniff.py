"""What a file's first bytes say it is: a known binary format, an encoding, or text that decoded to mojibake."""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

HEAD_BYTES = 64 * 1024  # what is read ahead of a file to tell what it is

# Leading bytes of common binary formats, with what to call them: checked before any decoding, so that a PNG of
# eight bytes is refused as a PNG rather than decoded as eight characters.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (.zip, .docx, .xlsx, .epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"PK\x07\x08", "a ZIP archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip data inside gzip data"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc, .xls)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\x00asm", "a WebAssembly module"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon file"),
)
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")
_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""<(?:meta[^>]+charset|\?xml[^>]+encoding)=["']?([A-Za-z0-9_\-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def binary_kind(head: bytes) -> str | None:
    """What binary format `head` (a file's first bytes) starts, or None for what may be text."""
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind
    if _BZIP2.match(head):
        return "a bzip2 archive"
    if head.startswith(b"RIFF") and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if head[4:8] == b"ftyp":
        return "an MP4/QuickTime media file"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(head):
        return None
    sample = head[:8192]
    if b"\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) / 20:
        return "control characters"
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when every other byte of `head` is mostly zero (ASCII-range text), else None."""
    sample = head[:8192]
    sample = sample[:len(sample) - len(sample) % 2]
    half = len(sample) // 2
    if half < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.6 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.6 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def refuse_binary(head: bytes, name: str) -> None:
    """Raise an InputError naming the format when `head` starts a binary file."""
    kind = binary_kind(head)
    if kind:
        raise InputError(f"{name}: looks like a binary file ({kind}), not text; give .txt, .html, .jsonl or .csv")


def sniff_encoding(head: bytes, name: str, complete: bool) -> str:
    """The encoding of a file from its first bytes (all of it when `complete`): a byte-order mark, UTF-16
    without one, UTF-8, a declared charset, else a detected one (Windows-1252 when it fits as well)."""
    refuse_binary(head, name)
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    if encoding := utf16_without_bom(head):
        return encoding
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(head[:8192])
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        try:
            codecs.getincrementaldecoder(encoding)().decode(head, final=complete)
            return encoding
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    results = from_bytes(head)
    best = results.best()
    if best is None or best.encoding is None or best.chaos > 0.3:
        raise InputError(f"{name}: not UTF-8 and no encoding could be detected; convert it to UTF-8")
    # English-language news that is not UTF-8 is most often Windows-1252/Latin-1: prefer it when it fits.
    tied = {m.encoding for m in results if m.chaos <= best.chaos and m.coherence >= best.coherence - 0.01}
    return "cp1252" if "cp1252" in tied else best.encoding


def decode(data: bytes, name: str) -> str:
    """Bytes of one whole document to text, refusing binary data and text that decodes to mojibake."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    encoding = sniff_encoding(data[:HEAD_BYTES] if len(data) > HEAD_BYTES else data, name,
                              complete=len(data) <= HEAD_BYTES)
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise InputError(f"{name}: not UTF-8 and not {encoding} throughout; convert it to UTF-8") from exc
    check_readable(text, name)
    return text


# Characters that a Windows-1252 (or Latin-1) reading of a UTF-8 continuation byte (0x80-0xBF) gives.
_CONT = "".join(sorted({bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)}
                       | {chr(b) for b in range(0x80, 0xC0)}))
_C = f"[{re.escape(_CONT)}]"
_MOJIBAKE = re.compile(f"[\u00c2-\u00df]{_C}|[\u00e0-\u00ef]{_C}{{2}}|[\u00f0-\u00f4]{_C}{{3}}")
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def _was_utf8(sequence: str) -> bool:
    raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in sequence)
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def mojibake(text: str) -> str | None:
    """An example of UTF-8 read as Windows-1252 in `text` ("Ã©" for "é"), when there is enough of it to say
    so: two such sequences, or one in text with no other non-ASCII character; else None."""
    found = [m.group() for m in _MOJIBAKE.finditer(text) if _was_utf8(m.group())]
    if not found:
        return None
    if len(found) >= 2 or sum(1 for c in text if ord(c) > 127) == len(found[0]):
        return found[0]
    return None


def check_readable(text: str, name: str) -> None:
    """Raise an InputError when decoded text is mojibake or mostly control and replacement characters."""
    bad = len(_UNREADABLE.findall(text))
    if bad > 2 and bad > len(text) / 100:
        raise InputError(f"{name}: does not decode to readable text ({bad:,} control or replacement characters); "
                         f"convert it to UTF-8")
    if example := mojibake(text):
        fixed = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in example).decode("utf-8")
        raise InputError(f"{name}: text decodes to mojibake ({example!r} for {fixed!r}): it was encoded twice; "
                         f"save it once as UTF-8")
