"""Small WARC files for tests, written with warcio."""

from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

BODY = (
    "The regional council voted on Tuesday to close the old ferry terminal after twenty years "
    "of losses, the mayor told reporters outside the town hall. Workers will move to the new "
    "harbour, which opens in the spring, and no jobs will be lost, she added. Ferry users said "
    "they were disappointed and would ask the council to keep a smaller service running."
)


def page(title: str, body: str = BODY, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1><p>{body}</p><p>{body}</p></article>"
        "<footer>Copyright the Harbour Post. All rights reserved.</footer></body></html>"
    )


class WarcBuilder:
    def __init__(self, gzip: bool = True):
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzip)

    def response(self, url: str, body: bytes, content_type: str | None = "text/html",
                 status: str = "200 OK", date: str = "2021-03-04T05:06:07Z") -> WarcBuilder:
        headers = [("Content-Type", content_type)] if content_type else []
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        record = self.writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                http_headers=http,
                                                warc_headers_dict={"WARC-Date": date})
        self.writer.write_record(record)
        return self

    def request(self, url: str) -> WarcBuilder:
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        record = self.writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                http_headers=http)
        self.writer.write_record(record)
        return self

    def warcinfo(self) -> WarcBuilder:
        self.writer.write_record(self.writer.create_warcinfo_record("test.warc", {"software": "t"}))
        return self

    def bytes(self) -> bytes:
        return self.buffer.getvalue()
