import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { DeleteTemplateForm, EditTemplateForm } from "@/components/templates/template-forms";
import { requireActor } from "@/lib/auth/session";
import { deleteTemplateAction, editTemplateAction } from "@/lib/templates/actions";
import { listOwnTemplates } from "@/lib/templates/templates";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("templates"))("manageTitle") };
}

/** The gemeente's own templates: rename, describe or delete them. */
async function TemplatesPage({ params, searchParams }: { params: Promise<{ gemeente: string }>; searchParams: Promise<{ verwijderd?: string }> }) {
  const { gemeente } = await params;
  const deleted = (await searchParams).verwijderd?.slice(0, 100);
  const actor = await requireActor(gemeente, "sessions.prepare");
  const [templates, t, format] = await Promise.all([listOwnTemplates(actor), getTranslations("templates"), getFormatter()]);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-semibold">{t("manageTitle")}</h1>
        <p className="mt-1 text-muted">{t("manageIntro", { gemeente: actor.gemeenteName })}</p>
      </div>
      {deleted && <Notice tone="success">{t("deleted", { name: deleted })}</Notice>}
      {templates.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6 text-muted">{t("noneOwn")}</p>
      ) : (
        templates.map((template) => (
          <section key={template.id} aria-labelledby={`sjabloon-${template.id}`} className="flex flex-col gap-4 rounded-lg border border-line bg-white p-4 sm:p-6">
            <div>
              <h2 id={`sjabloon-${template.id}`} className="text-xl font-semibold">
                {template.name}
              </h2>
              <p className="text-sm text-muted">
                {t("madeOn", { date: format.dateTime(template.createdAt, { dateStyle: "long" }) })} · {t("holds", { parts: template.parts.map((part) => t(`parts.${part}`)).join(", ") })}
              </p>
            </div>
            <h3 className="font-semibold">{t("editTitle")}</h3>
            <EditTemplateForm id={template.id} name={template.name} description={template.description} action={editTemplateAction.bind(null, gemeente, template.id)} />
            <h3 className="font-semibold">{t("deleteTitle")}</h3>
            <DeleteTemplateForm name={template.name} action={deleteTemplateAction.bind(null, gemeente, template.id)} />
          </section>
        ))
      )}
      <Link href={`/${gemeente}/sessies/nieuw?vanuit=sjabloon`} className="inline-flex min-h-11 items-center self-start text-accent underline">
        {t("start.sjabloon")}
      </Link>
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/sessies/sjablonen/page", TemplatesPage);
