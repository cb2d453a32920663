/**
 * Switching gemeente: a disclosure (native <details>, so it works without
 * JavaScript and with the keyboard) listing the other gemeenten as links.
 */
export function GemeenteSwitch({ label, current, others }: { label: string; current: string; others: { href: string; name: string; role: string }[] }) {
  return (
    <details className="relative">
      <summary className="flex min-h-11 cursor-pointer items-center rounded-md px-3 py-2 text-accent underline">
        {label}
        <span className="sr-only"> ({current})</span>
      </summary>
      <ul className="absolute right-0 z-10 mt-1 min-w-64 rounded-md border border-line bg-white p-2 shadow-lg">
        {others.map((g) => (
          <li key={g.href}>
            <a href={g.href} className="block min-h-11 rounded px-3 py-2 text-accent underline hover:bg-accent-soft">
              {g.name} <span className="text-sm text-muted no-underline">— {g.role}</span>
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
