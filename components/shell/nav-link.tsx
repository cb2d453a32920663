"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A navigation link that marks the current page with aria-current. */
export function NavLink({ href, exact, children }: { href: string; exact?: boolean; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`inline-block min-h-11 border-b-4 px-3 py-2 ${current ? "border-accent font-semibold text-accent" : "border-transparent text-ink hover:text-accent"}`}
    >
      {children}
    </Link>
  );
}
