import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CardForm } from "@/components/library/card-form";
import { requireActor } from "@/lib/auth/session";
import { updateCardAction } from "@/lib/library/actions";
import { getOwnCardForEdit } from "@/lib/library/library";
import { STEPS } from "@/lib/preparation/steps";
import { orNotFound } from "@/lib/not-found";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("library"))("editCard") };
}

async function EditCardPage({ params }: { params: Promise<{ gemeente: string; kaartId: string }> }) {
  const { gemeente, kaartId } = await params;
  const actor = await requireActor(gemeente, "library.manage");
  const card = await orNotFound(getOwnCardForEdit(actor, kaartId), "NOT_FOUND");
  const [t, tp] = await Promise.all([getTranslations("library"), getTranslations("preparation")]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-semibold">{t("editCard")}</h1>
      <CardForm card={card} stepNames={STEPS.map((s) => ({ number: s.number, title: tp(`${s.messageKey}.title`) }))} action={updateCardAction.bind(null, gemeente, kaartId)} />
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/bibliotheek/[kaartId]/bewerken/page", EditCardPage);
