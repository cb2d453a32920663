import { afterEach, describe, expect, it, vi } from "vitest";

/** lib/env.ts as a fresh process with this TRUSTED_PROXIES would read it. */
async function trustedProxiesWith(value: string | undefined) {
  vi.stubEnv("DATABASE_URL", "postgresql://placeholder@127.0.0.1:1/placeholder");
  vi.stubEnv("TRUSTED_PROXIES", value);
  vi.resetModules();
  return (await import("@/lib/env")).trustedProxies();
}

describe("TRUSTED_PROXIES", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is a comma-separated list of IPv4 and IPv6 addresses", async () => {
    expect(await trustedProxiesWith(" 127.0.0.1, ::1 ,10.0.0.2")).toEqual(["127.0.0.1", "::1", "10.0.0.2"]);
  });

  it("is empty when unset: only the socket address counts", async () => {
    expect(await trustedProxiesWith(undefined)).toEqual([]);
    expect(await trustedProxiesWith("")).toEqual([]);
  });

  it("refuses anything that is not an IP address, naming it", async () => {
    await expect(trustedProxiesWith("127.0.0.1, proxy.internal")).rejects.toThrow(/TRUSTED_PROXIES: proxy\.internal is not an IP address/);
    await expect(trustedProxiesWith("10.0.0.0/8")).rejects.toThrow(/TRUSTED_PROXIES/);
  });
});
