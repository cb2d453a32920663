import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, servedOverHttps, staticSecurityHeaders } from "@/lib/security/headers";

describe("Content-Security-Policy", () => {
  it("production: nonce and strict-dynamic, no eval, no inline", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", dev: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("style-src 'self' 'nonce-abc'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|upgrade-insecure-requests/);
  });

  it("next dev: eval, injected styles and the hot-reload socket, nothing more", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", dev: true, https: false });
    expect(csp).toContain("'unsafe-eval'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self' ws: wss:");
  });

  it("over https: upgrade-insecure-requests and HSTS", () => {
    expect(contentSecurityPolicy({ nonce: "n", dev: false, https: true })).toContain("upgrade-insecure-requests");
    expect(staticSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(staticSecurityHeaders({ https: false })["Strict-Transport-Security"]).toBeUndefined();
  });

  it("recognises https directly or from the first forwarded protocol", () => {
    expect(servedOverHttps(new URL("https://beraad.nl/"), null)).toBe(true);
    expect(servedOverHttps(new URL("http://10.0.0.1/"), "https, http")).toBe(true);
    expect(servedOverHttps(new URL("http://10.0.0.1/"), "http")).toBe(false);
  });
});
