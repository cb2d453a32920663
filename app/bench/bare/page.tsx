import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { benchPagesEnabled } from "@/lib/env";

export const metadata: Metadata = { title: "Bench", robots: { index: false, follow: false } };

/**
 * The benchmark's baseline (`npm run bench`): a page rendered on every request
 * through the same root layout, without database or sign-in, so its figures
 * are this machine's ceiling for the framework. It shows nothing but the time,
 * and exists only in the benchmark's own run (BERAAD_BENCH=1).
 */
export default async function BareBenchPage() {
  await connection();
  if (!benchPagesEnabled()) notFound();
  return (
    <main id="inhoud" className="p-8">
      <p>{new Date().toISOString()}</p>
    </main>
  );
}
