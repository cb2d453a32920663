import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonStacks } from "@/lib/runtime/abort-reason-stacks";

describe("releaseAbortReasonStacks", () => {
  it("leaves aborting as it was: the signal is aborted with the same reason, listeners hear it once", () => {
    releaseAbortReasonStacks();
    releaseAbortReasonStacks(); // installing twice does not wrap twice
    const controller = new AbortController();
    const heard: unknown[] = [];
    controller.signal.addEventListener("abort", () => heard.push(controller.signal.reason));
    const reason = new Error("klaar");
    controller.abort(reason);
    expect(controller.signal.aborted).toBe(true);
    expect(controller.signal.reason).toBe(reason);
    expect(heard).toEqual([reason]);
    expect(reason.stack).toContain("klaar");

    const plain = new AbortController();
    plain.abort();
    expect(plain.signal.reason).toBeInstanceOf(DOMException);
  });

  // The leak itself: an object an abort reason's stack frame ran on must be collectable once
  // nothing else holds it. Run in a child Node with --expose-gc, with and without the fix.
  it("lets an abort reason's stack frames go, so what they ran on can be collected", () => {
    const script = path.join(__dirname, "abort-reason-retention.fixture.mts");
    const run = (install: boolean) =>
      execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", script], {
        cwd: path.resolve(__dirname, "../../.."),
        env: { ...process.env, INSTALL: install ? "1" : "0" },
        encoding: "utf8",
      }).trim();
    expect(run(false)).toBe("retained");
    expect(run(true)).toBe("collected");
  });
});
