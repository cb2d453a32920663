import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/council-sessions/session-form";
import { requireActor } from "@/lib/auth/session";
import { createCouncilSessionAction } from "@/lib/council-sessions/actions";
import { listSessionCandidates } from "@/lib/council-sessions/participants";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions"))("newTitle") };
}

export default async function NewSessionPage({ params }: { params: Promise<{ gemeente: string }> }) {
  const { gemeente } = await params;
  const actor = await requireActor(gemeente, "sessions.prepare");
  const [candidates, t] = await Promise.all([listSessionCandidates(actor), getTranslations("sessions")]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-6 text-3xl font-semibold">{t("newTitle")}</h1>
      <div className="rounded-lg border border-line bg-white p-4 sm:p-6">
        <SessionForm
          action={createCouncilSessionAction.bind(null, gemeente)}
          candidates={candidates}
          cancelHref={`/${gemeente}/sessies`}
          initial={{ title: "", theme: "", date: "", time: "19:30", endTime: "22:00", location: "", description: "", facilitatorIds: [], inviteeIds: [] }}
        />
      </div>
    </div>
  );
}
