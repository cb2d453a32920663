import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CardForm } from "@/components/library/card-form";
import { requireActor } from "@/lib/auth/session";
import { createCardAction } from "@/lib/library/actions";
import { STEPS } from "@/lib/preparation/steps";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("library"))("newCard") };
}

async function NewCardPage({ params }: { params: Promise<{ gemeente: string }> }) {
  const { gemeente } = await params;
  await requireActor(gemeente, "library.manage");
  const [t, tp] = await Promise.all([getTranslations("library"), getTranslations("preparation")]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-semibold">{t("newCard")}</h1>
      <CardForm stepNames={STEPS.map((s) => ({ number: s.number, title: tp(`${s.messageKey}.title`) }))} action={createCardAction.bind(null, gemeente)} />
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/bibliotheek/nieuw/page", NewCardPage);
