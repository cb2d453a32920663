import { describe, expect, it } from "vitest";
import { publicBaseUrl } from "@/lib/app-url";

describe("the address handed out (QR code, join address, invitation links)", () => {
  it("is the configured public address when there is one", () => {
    expect(publicBaseUrl("https://beraad.gemeente.nl/", "10.0.0.7:3000", "http")).toBe("https://beraad.gemeente.nl");
  });

  it("is the address the room reached the app at when the configured one is this machine's own localhost", () => {
    expect(publicBaseUrl("http://localhost:3000", "192.168.1.20:3000", null)).toBe("http://192.168.1.20:3000");
    expect(publicBaseUrl("http://localhost:3000", "raadzaal.local:3000", "https")).toBe("https://raadzaal.local:3000");
    expect(publicBaseUrl("http://localhost:3000", "localhost:3000", null)).toBe("http://localhost:3000");
  });

  it("falls back to the request's host without configuration", () => {
    expect(publicBaseUrl(undefined, "beraad.example:8080", "https")).toBe("https://beraad.example:8080");
    expect(publicBaseUrl(undefined, null, null)).toBe("http://localhost:3000");
  });
});
