import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { benchPagesEnabled } from "@/lib/env";

export const metadata: Metadata = { title: "Bench", robots: { index: false, follow: false } };

/**
 * The benchmark's signed-in shell (`npm run bench`): the gemeente's layout (header, sign-in
 * check, memberships) around a page that shows only the time. What a signed-in page costs
 * before it shows anything; exists only in the benchmark's own run (BERAAD_BENCH=1).
 */
export default async function SignedInShellBenchPage({ params }: { params: Promise<{ gemeente: string }> }) {
  if (!benchPagesEnabled()) notFound();
  await requireActor((await params).gemeente);
  return <p>{new Date().toISOString()}</p>;
}
