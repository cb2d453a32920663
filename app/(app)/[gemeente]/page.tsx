import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireActor, requireUser } from "@/lib/auth/session";

export default async function GemeenteHomePage({ params }: { params: Promise<{ gemeente: string }> }) {
  const { gemeente } = await params;
  const user = await requireUser();
  const actor = await requireActor(gemeente);
  const t = await getTranslations();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-semibold">{t("home.welcome", { name: user.name ?? user.email })}</h1>
        <p className="mt-2 text-muted">
          {t("home.intro", { gemeente: actor.gemeenteName, role: t(`roles.${actor.role}`).toLowerCase() })}
        </p>
      </div>
      <section aria-labelledby="taken" className="rounded-lg border border-line bg-white p-6">
        <h2 id="taken" className="mb-2 text-xl font-semibold">
          {t("home.whatYouCanDo")}
        </h2>
        <p>{t(`home.tasks.${actor.role}`)}</p>
        {can(actor.role, "members.manage") && (
          <Link href={`/${actor.gemeenteSlug}/leden`} className="mt-4 inline-block text-accent underline">
            {t("home.manageMembers")}
          </Link>
        )}
      </section>
    </div>
  );
}
