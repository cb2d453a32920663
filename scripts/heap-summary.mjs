#!/usr/bin/env node
// What a V8 heap snapshot holds, grouped: the largest groups of objects by
// constructor (or node type), with count and total self size, and the largest
// single strings. For reading the bench's snapshots (BENCH_HEAP_SNAPSHOT=1,
// app/bench/memory/route.ts); the same file opens in Chrome's DevTools.
//
//   node scripts/heap-summary.mjs FILE.heapsnapshot [--top 40] [--against EARLIER.heapsnapshot]
//
// With --against, the groups that grew most since the earlier snapshot come first.
import fs from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ options: { top: { type: "string", default: "40" }, against: { type: "string" } }, allowPositionals: true });
if (positionals.length !== 1) {
  console.error("usage: node scripts/heap-summary.mjs FILE.heapsnapshot [--top N] [--against EARLIER.heapsnapshot]");
  process.exit(2);
}
const top = Number(values.top);
const mib = (bytes) => (bytes / 1024 / 1024).toFixed(1);

/**
 * The parts of a .heapsnapshot this script needs. Read in parts from the file's bytes: a
 * snapshot of a busy server is larger than the longest string Node can make (512 MiB), so
 * it cannot go through one JSON.parse. `nodes` is a flat list of integers.
 */
function readSnapshot(file) {
  const buf = fs.readFileSync(file);
  const section = (name) => {
    const at = buf.indexOf(`"${name}":`);
    if (at < 0) throw new Error(`${file}: no "${name}" section`);
    return at + name.length + 3;
  };
  const nodesAt = section("nodes");
  const meta = JSON.parse(buf.subarray(section("snapshot"), buf.lastIndexOf("}", buf.indexOf('"nodes":')) + 1).toString("utf8"));
  const nodes = [];
  let value = 0;
  let inNumber = false;
  for (let i = nodesAt + 1; ; i++) {
    const c = buf[i];
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      inNumber = true;
    } else {
      if (inNumber) nodes.push(value);
      value = 0;
      inNumber = false;
      if (c === 93) break; // ]
    }
  }
  const stringsAt = section("strings");
  const strings = JSON.parse(buf.subarray(stringsAt, buf.lastIndexOf("]") + 1).toString("utf8"));
  return { snapshot: meta, nodes, strings };
}

/** Self size and count per group (objects and closures by constructor, the rest by node type), and the large strings. */
function summarise(file) {
  const { snapshot, nodes, strings } = readSnapshot(file);
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const width = fields.length;
  const at = { type: fields.indexOf("type"), name: fields.indexOf("name"), size: fields.indexOf("self_size") };
  const groups = new Map();
  const bigStrings = [];
  let total = 0;
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + at.type]];
    const size = nodes[i + at.size];
    const name = strings[nodes[i + at.name]];
    total += size;
    const key = type === "object" || type === "closure" ? `${type} ${name}` : type === "native" ? `native ${name.slice(0, 60)}` : type;
    const group = groups.get(key) ?? { count: 0, size: 0 };
    group.count++;
    group.size += size;
    groups.set(key, group);
    if ((type === "string" || type === "concatenated string" || type === "sliced string") && size > 50_000) bigStrings.push({ size, text: name.slice(0, 100) });
  }
  return { groups, bigStrings, total, count: nodes.length / width };
}

const now = summarise(positionals[0]);
console.log(`${positionals[0]}: ${mib(now.total)} MiB in ${now.count} nodes`);
if (values.against) {
  const before = summarise(values.against);
  console.log(`${values.against}: ${mib(before.total)} MiB in ${before.count} nodes`);
  console.log("\ngrown most since the earlier snapshot (self size, count):");
  const growth = [...now.groups].map(([key, g]) => {
    const b = before.groups.get(key) ?? { count: 0, size: 0 };
    return { key, size: g.size - b.size, count: g.count - b.count };
  });
  for (const g of growth.sort((a, b) => b.size - a.size).slice(0, top)) {
    console.log(`${mib(g.size).padStart(8)} MiB ${String(g.count).padStart(9)} × ${g.key}`);
  }
}
console.log("\nlargest groups (self size):");
for (const [key, g] of [...now.groups].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
  console.log(`${mib(g.size).padStart(8)} MiB ${String(g.count).padStart(9)} × ${key}`);
}
console.log("\nlargest strings:");
for (const s of now.bigStrings.sort((a, b) => b.size - a.size).slice(0, 15)) console.log(`${mib(s.size).padStart(8)} MiB  ${JSON.stringify(s.text)}`);
