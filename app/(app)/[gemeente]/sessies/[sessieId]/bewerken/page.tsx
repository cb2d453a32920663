import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/council-sessions/session-form";
import { requireActor } from "@/lib/auth/session";
import { updateCouncilSessionAction } from "@/lib/council-sessions/actions";
import { sessionOrNotFound } from "@/lib/council-sessions/page-data";
import { listSessionCandidates } from "@/lib/council-sessions/participants";
import { toLocalDateTime } from "@/lib/dates";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions"))("editTitle") };
}

async function EditSessionPage({ params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  const actor = await requireActor(gemeente, "sessions.prepare");
  const [session, candidates, t] = await Promise.all([
    sessionOrNotFound(actor, sessieId),
    listSessionCandidates(actor),
    getTranslations("sessions"),
  ]);
  const { date, time } = toLocalDateTime(session.startsAt);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-6 text-3xl font-semibold">{t("editTitle")}</h1>
      <div className="rounded-lg border border-line bg-white p-4 sm:p-6">
        <SessionForm
          action={updateCouncilSessionAction.bind(null, gemeente)}
          candidates={candidates}
          cancelHref={`/${gemeente}/sessies/${sessieId}`}
          initial={{
            sessionId: session.id,
            version: session.version,
            title: session.title,
            theme: session.theme,
            date,
            time,
            endTime: session.endsAt ? toLocalDateTime(session.endsAt).time : "",
            location: session.location,
            description: session.description,
            facilitatorIds: session.facilitators.map((f) => f.membershipId),
            inviteeIds: session.invitees.map((i) => i.membershipId),
          }}
        />
      </div>
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/sessies/[sessieId]/bewerken/page", EditSessionPage);
