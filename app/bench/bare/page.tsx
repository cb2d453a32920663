import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Bench", robots: { index: false, follow: false } };

/**
 * The benchmark's baseline (`npm run bench`): a page rendered on every request
 * through the same root layout, without database or sign-in, so its figures
 * are this machine's ceiling for the framework. It shows nothing but the time.
 */
export default async function BareBenchPage() {
  await connection();
  return (
    <main id="inhoud" className="p-8">
      <p>{new Date().toISOString()}</p>
    </main>
  );
}
