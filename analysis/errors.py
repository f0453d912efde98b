"""The one error type for bad input: it always names the file, the row and the field."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input data. ``str()`` gives the one-line message users see."""

    def __init__(
        self,
        path: Path | str,
        message: str,
        *,
        row: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = str(path)
        self.row = row
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path
        if self.row is not None:
            where += f", row {self.row}"
        if self.field is not None:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


def utf8_text(data: bytes, source: Path | str) -> str:
    """``data`` as text (UTF-8, a BOM allowed), or an InputError naming the row of the
    first byte that is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        row = data[: error.start].count(b"\n") + 1
        raise InputError(source, f"not valid UTF-8 (byte 0x{data[error.start]:02x})",
                         row=row) from None
