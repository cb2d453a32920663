import type { ReactNode } from "react";

/**
 * A titled block of a page: a landmark region named by its heading, so screen
 * reader users can jump between blocks. The one card pattern of the app.
 */
export function Card({ id, title, children, className = "" }: { id: string; title: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={`rounded-lg border border-line bg-white p-4 sm:p-6 ${className}`}>
      <h2 id={id} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
