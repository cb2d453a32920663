import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/council-sessions/session-form";
import type { StartFrom } from "@/components/templates/start-fields";
import { requireActor } from "@/lib/auth/session";
import { createCouncilSessionAction } from "@/lib/council-sessions/actions";
import { listSessionCandidates } from "@/lib/council-sessions/participants";
import { startAsCopyAction, startFromTemplateAction } from "@/lib/templates/actions";
import { SESSION_PARTS } from "@/lib/templates/parts";
import { copySources, listTemplates } from "@/lib/templates/templates";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions"))("newTitle") };
}

const MODES = ["leeg", "sjabloon", "kopie"] as const;
type Mode = (typeof MODES)[number];

/** "Nieuwe sessie": blank, from a template (the shipped one or the gemeente's own), or as a copy of an earlier session. */
async function NewSessionPage({ params, searchParams }: { params: Promise<{ gemeente: string }>; searchParams: Promise<{ vanuit?: string }> }) {
  const { gemeente } = await params;
  const asked = (await searchParams).vanuit;
  const mode: Mode = MODES.includes(asked as Mode) ? (asked as Mode) : "leeg";
  const actor = await requireActor(gemeente, "sessions.prepare");
  const [candidates, t, tt, format] = await Promise.all([listSessionCandidates(actor), getTranslations("sessions"), getTranslations("templates"), getFormatter()]);
  let start: StartFrom | undefined;
  if (mode === "sjabloon") start = { mode: "template", templates: (await listTemplates(actor)).map((x) => ({ id: x.id, name: x.shipped ? tt("shippedName", { name: x.name }) : x.name })) };
  if (mode === "kopie") {
    const sources = await copySources(actor);
    start = { mode: "copy", parts: SESSION_PARTS, sources: sources.map((s) => ({ id: s.id, label: `${s.title} (${format.dateTime(s.startsAt, { dateStyle: "medium" })})` })) };
  }
  const action = mode === "sjabloon" ? startFromTemplateAction : mode === "kopie" ? startAsCopyAction : createCouncilSessionAction;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-4 text-3xl font-semibold">{t("newTitle")}</h1>
      <nav aria-label={tt("startNav")} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {MODES.map((m) => (
            <li key={m}>
              <Link
                href={m === "leeg" ? `/${gemeente}/sessies/nieuw` : `/${gemeente}/sessies/nieuw?vanuit=${m}`}
                aria-current={m === mode ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-md border px-4 py-2 font-medium ${m === mode ? "border-accent bg-accent text-white" : "border-accent bg-white text-accent hover:bg-accent-soft"}`}
              >
                {tt(`start.${m}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mb-4 text-muted">
        {tt(`startHint.${mode}`)}
        {mode === "sjabloon" && (
          <>
            {" "}
            <Link href={`/${gemeente}/sessies/sjablonen`} className="text-accent underline">
              {tt("manageLink")}
            </Link>
          </>
        )}
      </p>
      <div className="rounded-lg border border-line bg-white p-4 sm:p-6">
        <SessionForm
          key={mode}
          action={action.bind(null, gemeente)}
          candidates={candidates}
          cancelHref={`/${gemeente}/sessies`}
          start={start}
          initial={{ title: "", theme: "", date: "", time: "19:30", endTime: "22:00", location: "", description: "", facilitatorIds: [], inviteeIds: [] }}
        />
      </div>
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/sessies/nieuw/page", NewSessionPage);
