import { describe, expect, it } from "vitest";
import { DEFAULT_HEAP_MIB, serverHeapArgs } from "@/scripts/lib/heap.mjs";

// The app server's heap cap (scripts/lib/heap.mjs): what npm start and the benchmark pass to node.
describe("serverHeapArgs", () => {
  it("caps the production server's heap by default", () => {
    expect(serverHeapArgs({ nodeOptions: "" })).toEqual([`--max-old-space-size=${DEFAULT_HEAP_MIB}`]);
    expect(serverHeapArgs({ nodeOptions: "--enable-source-maps" })).toEqual([`--max-old-space-size=${DEFAULT_HEAP_MIB}`]);
  });

  it("leaves the cap to an administrator who sets one in NODE_OPTIONS", () => {
    expect(serverHeapArgs({ nodeOptions: "--max-old-space-size=512" })).toEqual([]);
    expect(serverHeapArgs({ nodeOptions: "--enable-source-maps --max-old-space-size=1024" })).toEqual([]);
  });

  it("sets none for the development server, whose compiler runs in the same process", () => {
    expect(serverHeapArgs({ nodeOptions: "", dev: true })).toEqual([]);
  });
});
