import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AttachCardForm } from "@/components/library/attach-card-form";
import { CardSource } from "@/components/library/card-source";
import { CardTags } from "@/components/library/card-tags";
import { DeleteCardForm } from "@/components/library/delete-card-form";
import { DetachCardButton } from "@/components/library/detach-card-button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listCouncilSessions } from "@/lib/council-sessions/list-sessions";
import { attachCardAction, deleteCardAction, detachCardAction } from "@/lib/library/actions";
import { getLibraryCard } from "@/lib/library/library";
import { orNotFound } from "@/lib/not-found";
import { withClientMessages } from "@/components/i18n/client-messages";

type Params = { params: Promise<{ gemeente: string; kaartId: string }> };

async function load(gemeente: string, kaartId: string) {
  const actor = await requireActor(gemeente, "library.view");
  return { actor, card: await orNotFound(getLibraryCard(actor, kaartId, await getLocale()), "NOT_FOUND") };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { gemeente, kaartId } = await params;
  return { title: (await load(gemeente, kaartId)).card.title };
}

async function LibraryCardPage({ params }: Params) {
  const { gemeente, kaartId } = await params;
  const { actor, card } = await load(gemeente, kaartId);
  const t = await getTranslations("library");
  const mayAttach = can(actor.role, "library.attach");
  const attachedIds = new Set(card.attachedTo.map((s) => s.id));
  const sessions = mayAttach ? (await listCouncilSessions(actor)).filter((s) => !attachedIds.has(s.id)) : [];
  const base = `/${gemeente}/bibliotheek`;
  return (
    <div className="flex flex-col gap-6">
      <Link href={base} className="inline-flex min-h-11 items-center self-start text-accent underline">
        ← {t("back")}
      </Link>
      <article className="flex max-w-3xl flex-col gap-3">
        <h1 className="text-3xl font-semibold">{card.title}</h1>
        <p className="text-sm font-medium text-muted">{card.own ? t("own", { gemeente: actor.gemeenteName }) : t("shipped")}</p>
        <p className="text-lg">{card.summary}</p>
        <ul className="ml-6 list-disc space-y-1">
          {card.points.map((point, i) => (
            <li key={i}>{point}</li>
          ))}
        </ul>
        <CardTags card={card} />
        <CardSource source={card.source} />
      </article>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card id="gekoppeld" title={t("attachedTo")}>
          {card.attachedTo.length === 0 ? (
            <p className="text-muted">{t("notAttached")}</p>
          ) : (
            <ul className="divide-y divide-line">
              {card.attachedTo.map((s) => (
                <li key={s.id} className="flex items-start justify-between gap-3 py-2">
                  <div>
                    <Link href={`/${gemeente}/sessies/${s.id}`} className="font-medium text-accent underline">
                      {s.title}
                    </Link>
                    {s.note && <p className="text-sm text-muted">{s.note}</p>}
                  </div>
                  {mayAttach && <DetachCardButton cardId={card.id} sessionId={s.id} label={s.title} action={detachCardAction.bind(null, gemeente)} />}
                </li>
              ))}
            </ul>
          )}
        </Card>
        {mayAttach && (
          <Card id="koppelen" title={t("attachTitle")}>
            {sessions.length === 0 ? (
              <p className="text-muted">{t("noSessionsToAttach")}</p>
            ) : (
              <AttachCardForm cardId={card.id} sessions={sessions.map((s) => ({ id: s.id, title: s.title }))} action={attachCardAction.bind(null, gemeente)} />
            )}
          </Card>
        )}
      </div>
      {card.own && can(actor.role, "library.manage") && (
        <Card id="eigen-kaart" title={t("editCard")}>
          <Link href={`${base}/${card.id}/bewerken`} className="mb-4 inline-flex min-h-11 items-center text-accent underline">
            {t("editCard")}
          </Link>
          <DeleteCardForm cardId={card.id} action={deleteCardAction.bind(null, gemeente)} />
        </Card>
      )}
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/bibliotheek/[kaartId]/page", LibraryCardPage);
