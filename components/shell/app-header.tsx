import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can, type Actor } from "@/lib/auth/permissions";
import { GemeenteSwitch } from "./gemeente-switch";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";
import { SearchBox } from "./search-box";
import { SignOutButton } from "./sign-out-button";
import { reachesOwnSessionsOnly } from "@/lib/auth/policy";

/** Header of the signed-in app: gemeente (always visible, switchable), navigation, search, language and sign-out. */
export async function AppHeader({ actor, userName, otherGemeenten }: {
  actor: Actor;
  userName: string;
  otherGemeenten: { slug: string; name: string; role: string }[];
}) {
  const t = await getTranslations();
  const base = `/${actor.gemeenteSlug}`;
  const links = [
    { href: base, label: t("nav.home"), show: true, exact: true },
    { href: `${base}/sessies`, label: reachesOwnSessionsOnly(actor.role) ? t("nav.mySessions") : t("nav.sessions"), show: can(actor.role, "sessions.view") },
    { href: `${base}/leren`, label: t("nav.learning"), show: can(actor.role, "learning.view") },
    { href: `${base}/bibliotheek`, label: t("nav.library"), show: can(actor.role, "library.view") },
    { href: `${base}/leden`, label: t("nav.members"), show: can(actor.role, "members.manage") },
  ].filter((l) => l.show);

  return (
    <header className="border-b border-line bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <div className="flex flex-col">
          <Link href={base} className="text-xl font-semibold text-accent">
            Beraad
          </Link>
          <span className="text-sm text-muted" data-testid="current-gemeente">
            {actor.gemeenteName} · {t("app.yourRole", { role: t(`roles.${actor.role}`) })}
          </span>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Link href={`${base}/account`} className="text-sm text-accent underline" aria-label={t("app.myAccount", { name: userName })}>
            {userName}
          </Link>
          {otherGemeenten.length > 0 && (
            <GemeenteSwitch
              label={t("app.switchGemeente")}
              current={actor.gemeenteName}
              others={otherGemeenten.map((g) => ({ href: `/${g.slug}`, name: g.name, role: t(`roles.${g.role}`) }))}
            />
          )}
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-6 gap-y-2 px-4">
        <nav aria-label={t("app.mainNav")}>
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
        <SearchBox action={`${base}/zoeken`} label={t("app.searchLabel", { gemeente: actor.gemeenteName })} button={t("app.searchButton")} />
      </div>
    </header>
  );
}
