"""Download one document over HTTP(S) with httpx: timeouts, a size cap, a few retries with
backoff (connection failures and 5xx/429 responses only), and one-line errors.

The body is read as a stream and the download stops once it passes the cap. A body shorter
than its Content-Length is refused; whether it is a whole XML document is the parser's
question (``analysis.untc_xml``), asked before anything is written.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from analysis.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # the largest status document in the Treaty Collection is < 2 MB
TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=10.0, pool=10.0)
ATTEMPTS = 3
BACKOFF_S = 1.0  # waits 1 s, then 2 s
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
USER_AGENT = "hanoi-convention-analysis (python -m analysis add-snapshot)"


@dataclass(frozen=True)
class Download:
    url: str  # after redirects
    content_type: str
    data: bytes


class _Retry(Exception):
    """A failure worth another attempt; its message is the one shown if none is left."""


def _stream(client: httpx.Client, url: str, max_bytes: int) -> Download:
    with client.stream("GET", url) as response:
        if response.status_code in RETRY_STATUSES:
            raise _Retry(f"HTTP {response.status_code} {response.reason_phrase}")
        if response.status_code >= 400:
            raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}")
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise InputError(url, f"the document is {int(declared):,} bytes, more than the "
                                  f"{max_bytes:,}-byte cap")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():  # decoded (gzip, ...): the cap holds after inflation
            size += len(chunk)
            if size > max_bytes:
                raise InputError(url, f"download stopped: more than the {max_bytes:,}-byte cap")
            chunks.append(chunk)
        encoded = "content-encoding" in response.headers
        if declared and declared.isdigit() and not encoded and size != int(declared):
            raise InputError(url, f"truncated download: {size:,} of {int(declared):,} bytes")
        return Download(str(response.url), response.headers.get("content-type", ""),
                        b"".join(chunks))


def get(url: str, *, max_bytes: int | None = None, attempts: int | None = None,
        backoff_s: float | None = None, timeout: httpx.Timeout | None = None) -> Download:
    """The document at ``url``; InputError (naming the URL) when it cannot be had whole.
    Unset limits are the module's (MAX_BYTES, ATTEMPTS, BACKOFF_S, TIMEOUT)."""
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    attempts = ATTEMPTS if attempts is None else attempts
    backoff_s = BACKOFF_S if backoff_s is None else backoff_s
    timeout = timeout or TIMEOUT
    headers = {"User-Agent": USER_AGENT, "Accept": "application/xml, text/xml, text/csv, */*"}
    with httpx.Client(timeout=timeout, follow_redirects=True, headers=headers) as client:
        for attempt in range(1, attempts + 1):
            try:
                return _stream(client, url, max_bytes)
            except _Retry as error:
                reason = str(error)
            except (httpx.ConnectError, httpx.ConnectTimeout) as error:
                reason = f"cannot connect (no network?): {error or type(error).__name__}"
            except httpx.TimeoutException:
                raise InputError(url, f"no answer within {timeout.read:g} s") from None
            except httpx.RemoteProtocolError as error:
                raise InputError(url, f"truncated download: {error}") from None
            except httpx.HTTPError as error:
                raise InputError(url, f"download failed: {error or type(error).__name__}") from None
            if attempt < attempts:
                time.sleep(backoff_s * 2 ** (attempt - 1))
    raise InputError(url, f"{reason} (after {attempts} attempts)")
