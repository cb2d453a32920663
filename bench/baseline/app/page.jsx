import { connection } from "next/server";

/** Rendered on every request (like Beraad's pages): the time, nothing else. */
export default async function Page() {
  await connection();
  return (
    <main>
      <p>{new Date().toISOString()}</p>
    </main>
  );
}
