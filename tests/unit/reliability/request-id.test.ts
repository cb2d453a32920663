import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/request-id";
import { proxy } from "@/proxy";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("request ids", () => {
  it("keeps an id set by a load balancer in front", () => {
    expect(requestIdOf(new Headers({ [REQUEST_ID_HEADER]: "lb-1a2b3c4d5e" }))).toBe("lb-1a2b3c4d5e");
  });

  it("makes a new one when there is none, or when the given one could forge log lines", () => {
    expect(requestIdOf(new Headers())).toMatch(UUID);
    for (const bad of ["short", "a b c d e f g h", "abcdefgh\"}{\"level\":60", "x".repeat(129)]) {
      expect(requestIdOf(new Headers({ [REQUEST_ID_HEADER]: bad }))).toMatch(UUID);
    }
  });

  it("gives every request its own id, passed on to the app and returned to the client", () => {
    const first = proxy(new NextRequest("http://localhost/voorbeeld"));
    const second = proxy(new NextRequest("http://localhost/voorbeeld"));
    const id = first.headers.get(REQUEST_ID_HEADER);
    expect(id).toMatch(UUID);
    expect(second.headers.get(REQUEST_ID_HEADER)).not.toBe(id);
    // NextResponse.next({ request: { headers } }) hands changed request headers to the app this way.
    expect(first.headers.get(`x-middleware-request-${REQUEST_ID_HEADER}`)).toBe(id);
  });
});
