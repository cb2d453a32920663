import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/exchange/import-form";
import { requireActor } from "@/lib/auth/session";
import { importSessionAction } from "@/lib/exchange/actions";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exchange"))("title") };
}

async function ImportPage({ params }: { params: Promise<{ gemeente: string }> }) {
  const { gemeente } = await params;
  await requireActor(gemeente, "sessions.prepare");
  const t = await getTranslations("exchange");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <div className="rounded-lg border border-line bg-white p-4 sm:p-6">
        <ImportForm action={importSessionAction.bind(null, gemeente)} />
      </div>
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/sessies/importeren/page", ImportPage);
