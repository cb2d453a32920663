// The app server's heap cap. Without one, V8 sizes the old space to the machine (a quarter
// of its memory, up to 4 GiB) and keeps what it once reserved: on the benchmark the server
// held 55-90 MiB of live objects inside 164-229 MiB of old space, and its RSS grew to
// 471-595 MiB over two identical rounds. With 192 MiB the same run stays at 317-342 MiB
// and flat, with unchanged throughput and guest load (docs/quality.md, issue 17). The cap
// is a ceiling for live objects, ~2x the most the benchmark's load ever held.
//
// Set `--max-old-space-size` in NODE_OPTIONS to choose another cap (a larger council, or
// a server with memory to spare); the development server (`--dev`, its compiler in the
// same process) gets none.

export const DEFAULT_HEAP_MIB = 192;

/** Node flags for the app server process: the default cap unless NODE_OPTIONS names one. */
export function serverHeapArgs({ nodeOptions = process.env.NODE_OPTIONS ?? "", dev = false } = {}) {
  if (dev || /--max-old-space-size\b/.test(nodeOptions)) return [];
  return [`--max-old-space-size=${DEFAULT_HEAP_MIB}`];
}
