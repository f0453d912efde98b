"""Downloads (analysis.fetch) against a local HTTP server on 127.0.0.1."""

from __future__ import annotations

import socket

import httpx
import pytest
from http_support import Reply, serving

from analysis import fetch
from analysis.errors import InputError

XML = b'<?xml version="1.0"?><Document/>'


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "BACKOFF_S", 0.0)
    monkeypatch.setattr(fetch, "TIMEOUT", httpx.Timeout(5.0))


def failure(url: str, **limits: int) -> str:
    with pytest.raises(InputError) as caught:
        fetch.get(url, **limits)
    return str(caught.value)


def test_a_document_is_downloaded_whole() -> None:
    with serving({"/s.xml": Reply(body=XML)}) as (base, _):
        download = fetch.get(f"{base}/s.xml")
    assert download.data == XML
    assert download.content_type == "application/xml"


def test_a_server_error_is_retried_then_succeeds() -> None:
    with serving({"/s.xml": Reply(503, b"busy", "text/plain", then=[Reply(body=XML)])}) as (
            base, hits):
        assert fetch.get(f"{base}/s.xml").data == XML
    assert hits["/s.xml"] == 2


def test_a_persistent_server_error_names_status_and_attempts() -> None:
    with serving({"/s.xml": Reply(500, b"", "text/plain")}) as (base, hits):
        message = failure(f"{base}/s.xml")
    assert message == f"{base}/s.xml: HTTP 500 Internal Server Error (after 3 attempts)"
    assert hits["/s.xml"] == 3


def test_a_client_error_is_not_retried() -> None:
    with serving({}) as (base, hits):
        assert failure(f"{base}/missing.xml") == f"{base}/missing.xml: HTTP 404 Not Found"
    assert hits["/missing.xml"] == 1


def test_too_many_requests_is_retried() -> None:
    with serving({"/s.xml": Reply(429, b"", "text/plain", then=[Reply(body=XML)])}) as (
            base, hits):
        assert fetch.get(f"{base}/s.xml").data == XML
    assert hits["/s.xml"] == 2


def test_a_body_shorter_than_its_content_length_is_refused() -> None:
    with serving({"/s.xml": Reply(body=XML, content_length=len(XML) + 100)}) as (base, _):
        message = failure(f"{base}/s.xml")
    assert message.startswith(f"{base}/s.xml: truncated download")


def test_a_body_over_the_cap_is_stopped() -> None:
    with serving({"/s.xml": Reply(body=XML * 100, content_length=None)}) as (base, _):
        message = failure(f"{base}/s.xml", max_bytes=1000)
    assert message == f"{base}/s.xml: the document is 3,200 bytes, more than the 1,000-byte cap"


def test_a_stream_without_length_is_stopped_at_the_cap() -> None:
    with serving({"/s.xml": Reply(body=XML * 100, content_length=-1)}) as (base, _):
        message = failure(f"{base}/s.xml", max_bytes=1000)
    assert message == f"{base}/s.xml: download stopped: more than the 1,000-byte cap"


def test_no_server_listening_reads_as_no_network() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/s.xml"
    message = failure(url, attempts=2)
    assert message.startswith(f"{url}: cannot connect (no network?)")
    assert message.endswith("(after 2 attempts)")
