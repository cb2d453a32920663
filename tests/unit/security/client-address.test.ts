import { describe, expect, it } from "vitest";
import { UNKNOWN_CLIENT, clientAddress, normalizeAddress } from "@/lib/security/client-address";

// scripts/serve.mjs appends the socket address, so the last entry is always the connection's own address.
describe("client address", () => {
  it("without trusted proxies it is the socket address, whatever the client put in X-Forwarded-For", () => {
    expect(clientAddress("127.0.0.1", [])).toBe("127.0.0.1");
    expect(clientAddress("198.51.100.7, 127.0.0.1", [])).toBe("127.0.0.1");
    expect(clientAddress("198.51.100.7, 203.0.113.9, 192.0.2.4", [])).toBe("192.0.2.4");
  });

  it("behind a trusted proxy it is the address that proxy saw", () => {
    expect(clientAddress("203.0.113.9, 127.0.0.1", ["127.0.0.1"])).toBe("203.0.113.9");
    // The client's own entries to the left of what the proxy saw are not believed.
    expect(clientAddress("198.51.100.7, 203.0.113.9, 127.0.0.1", ["127.0.0.1"])).toBe("203.0.113.9");
  });

  it("walks through a chain of trusted proxies, and no further", () => {
    expect(clientAddress("198.51.100.7, 203.0.113.9, 10.0.0.2, 127.0.0.1", ["127.0.0.1", "10.0.0.2"])).toBe("203.0.113.9");
  });

  it("a request from a trusted proxy that names nobody, or garbage, counts as the proxy", () => {
    expect(clientAddress("127.0.0.1", ["127.0.0.1"])).toBe("127.0.0.1");
    expect(clientAddress("not-an-address, 127.0.0.1", ["127.0.0.1"])).toBe("127.0.0.1");
  });

  it("an untrusted hop stops the walk even with a trusted address further left", () => {
    expect(clientAddress("127.0.0.1, 192.0.2.4", ["127.0.0.1"])).toBe("192.0.2.4");
  });

  it("one spelling per address: IPv4 on an IPv6 socket, case and ports", () => {
    expect(clientAddress("::ffff:127.0.0.1", [])).toBe("127.0.0.1");
    expect(clientAddress("203.0.113.9, ::ffff:127.0.0.1", ["127.0.0.1"])).toBe("203.0.113.9");
    expect(clientAddress("2001:DB8::1, ::1", ["::1"])).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]:4711")).toBe("2001:db8::1");
    expect(normalizeAddress("203.0.113.9:4711")).toBe("203.0.113.9");
    expect(normalizeAddress("evil.example")).toBe("");
  });

  it("no header at all (outside a served request) is one unknown client", () => {
    expect(clientAddress(undefined, [])).toBe(UNKNOWN_CLIENT);
    expect(clientAddress("", [])).toBe(UNKNOWN_CLIENT);
    expect(clientAddress("garbage", [])).toBe(UNKNOWN_CLIENT);
  });
});
