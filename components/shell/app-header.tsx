import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can, type Actor } from "@/lib/auth/permissions";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

/** Header of the signed-in app: gemeente, role, navigation, language and sign-out. */
export async function AppHeader({ actor, userName, otherGemeenten }: {
  actor: Actor;
  userName: string;
  otherGemeenten: { slug: string; name: string }[];
}) {
  const t = await getTranslations();
  const base = `/${actor.gemeenteSlug}`;
  const links = [
    { href: base, label: t("nav.home"), show: true, exact: true },
    { href: `${base}/sessies`, label: actor.role === "RAADSLID" ? t("nav.mySessions") : t("nav.sessions"), show: can(actor.role, "sessions.view") },
    { href: `${base}/leden`, label: t("nav.members"), show: can(actor.role, "members.manage") },
  ].filter((l) => l.show);

  return (
    <header className="border-b border-line bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <div className="flex flex-col">
          <Link href="/" className="text-xl font-semibold text-accent">
            Beraad
          </Link>
          <span className="text-sm text-muted">
            {actor.gemeenteName} · {t("app.yourRole", { role: t(`roles.${actor.role}`) })}
          </span>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-muted">{userName}</span>
          {otherGemeenten.length > 0 && (
            <Link href="/" className="min-h-11 px-3 py-2 text-accent underline">
              {t("app.otherGemeenten")}
            </Link>
          )}
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </div>
      <nav aria-label={t("app.mainNav")} className="mx-auto max-w-6xl px-4">
        <ul className="flex flex-wrap gap-1">
          {links.map((link) => (
            <li key={link.href}>
              <NavLink href={link.href} exact={link.exact}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
