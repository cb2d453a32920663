// Child process of abort-reason-stacks.test.ts (node --expose-gc --import tsx): prints whether
// the object a frame of an abort reason's stack ran on survives a full GC while the
// aborted controller is still held, as React holds its request's cache controller.
import { releaseAbortReasonStacks } from "../../../lib/runtime/abort-reason-stacks.ts";

if (process.env.INSTALL === "1") releaseAbortReasonStacks();
const gc = (globalThis as { gc?: () => void }).gc!;

class Work {
  payload = new Array(1000).fill("x");
  finish(controller: AbortController) {
    controller.abort(new Error("This render completed successfully."));
  }
}

const controller = new AbortController();
let ref: WeakRef<Work>;
(() => {
  const work = new Work();
  ref = new WeakRef(work);
  work.finish(controller);
})();
await new Promise((r) => setTimeout(r, 10));
gc();
await new Promise((r) => setTimeout(r, 10));
gc();
console.log(ref!.deref() ? "retained" : "collected");
void controller; // held, as React's request holds it
