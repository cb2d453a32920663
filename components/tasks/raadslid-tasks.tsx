import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { markCardReadAction } from "@/lib/tasks/actions";
import type { RaadslidTask, SessionTasks } from "@/lib/tasks/tasks";
import { stepByNumber } from "@/lib/preparation/steps";
import { CardReadForm } from "./card-read-form";

/**
 * A raadslid's tasks for their sessions, per session: bring a casus, read a card, prepare a
 * step put on their name (preparation group), fill in the worksheet or a herhaling of it (the dashboard's one place for the worksheets waiting
 * for them). Each says done or to do for this raadslid only; nothing about anyone else.
 */
export async function RaadslidTasksCard({ gemeente, sessions }: { gemeente: string; sessions: SessionTasks[] }) {
  const [t, tp, format] = await Promise.all([getTranslations("tasks"), getTranslations("preparation"), getFormatter()]);
  const base = `/${gemeente}/sessies`;
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "long" });
  const line = (task: RaadslidTask) => {
    switch (task.kind) {
      case "case":
        return {
          text: t("case", { date: day(task.deadline) }),
          detail: task.overdue ? <p className="text-sm font-medium text-danger">{t("caseOverdue")}</p> : null,
          act: task.done ? null : <Link href={`${base}/${task.sessionId}/waarden#casus-toevoegen`} className="inline-flex min-h-11 items-center text-accent underline">{t("caseLink")}</Link>,
        };
      case "card":
        return {
          text: t("card", { title: task.cardTitle }),
          detail: task.note ? <p className="text-sm text-muted">{task.note}</p> : null,
          act: (
            <div className="flex flex-wrap items-center gap-3">
              <Link href={`/${gemeente}/bibliotheek/${task.cardId}`} className="inline-flex min-h-11 items-center text-accent underline">{t("cardOpen")}</Link>
              <CardReadForm action={markCardReadAction.bind(null, gemeente)} sessionId={task.sessionId} cardId={task.cardId} cardTitle={task.cardTitle} read={task.done} />
            </div>
          ),
        };
      case "step": {
        const step = stepByNumber(task.number)!;
        return {
          text: t("step", { number: task.number, title: tp(`${step.messageKey}.title` as never) }),
          detail: (
            <>
              {task.deadline && <p className="text-sm">{t("stepDeadline", { date: day(task.deadline) })}</p>}
              {task.overdue && <p className="text-sm font-medium text-danger">{t("stepOverdue")}</p>}
            </>
          ),
          act: (
            <Link href={`${base}/${task.sessionId}/stappen/${step.slug}`} className="inline-flex min-h-11 items-center text-accent underline">
              {task.done ? t("stepView") : t("stepLink")}
              {/* Several steps may be on one name: each link says which, to a screen reader too. */}
              <span className="sr-only">&nbsp;({t("stepShort", { number: task.number })})</span>
            </Link>
          ),
        };
      }
      case "worksheet": {
        // The session's worksheet or a herhaling of it: open for answers, so even when done the answers can still be changed.
        const href = task.repeat ? `${base}/${task.sessionId}/werkblad/herhaling/${task.repeat.id}` : `${base}/${task.sessionId}/werkblad`;
        return {
          text: task.repeat ? t("repeat", { date: day(task.repeat.date) }) : t("worksheet"),
          detail: (
            <>
              {task.repeat?.subject && <p className="text-sm text-muted">{t("repeatSubject", { subject: task.repeat.subject })}</p>}
              <p className="text-sm font-medium">{t("worksheetProgress", { answered: task.answered, total: task.total })}</p>
            </>
          ),
          act: (
            <Link href={href} className="inline-flex min-h-11 items-center text-accent underline">
              {task.done ? t("worksheetChange") : task.repeat ? t("repeatLink") : t("worksheetLink")}
            </Link>
          ),
        };
      }
    }
  };
  return (
    <Card id="taken" title={t("title")}>
      <p className="mb-3 text-sm text-muted">{t("intro")}</p>
      {sessions.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <div className="flex flex-col gap-5">
          {sessions.map(({ session, tasks }) => (
            <section key={session.id} aria-labelledby={`taken-${session.id}`}>
              <h3 id={`taken-${session.id}`} className="font-semibold">
                <Link href={`${base}/${session.id}`} className="text-accent underline">{session.title}</Link>{" "}
                <span className="font-normal text-muted">({format.dateTime(session.startsAt, { dateStyle: "long" })})</span>
              </h3>
              <ul className="mt-2 divide-y divide-line">
                {tasks.map((task) => {
                  const { text, detail, act } = line(task);
                  const key = task.kind === "card" ? `card-${task.cardId}` : task.kind === "worksheet" ? `worksheet-${task.repeat?.id ?? "session"}` : task.kind === "step" ? `step-${task.number}` : task.kind;
                  return (
                    <li key={key} className="flex flex-col gap-1 py-3" data-task={task.kind} data-done={task.done} data-repeat={task.kind === "worksheet" && task.repeat ? task.repeat.id : undefined}>
                      <p>
                        <span aria-hidden="true" className={task.done ? "text-accent" : "text-muted"}>{task.done ? "✓ " : "○ "}</span>
                        <span className={task.done ? "text-muted line-through" : "font-medium"}>{text}</span>{" "}
                        <span className="text-sm">({task.done ? t("done") : t("todo")})</span>
                      </p>
                      {detail}
                      {act}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}

/** "Verslag gedeeld": the verslagen the griffier shared of sessions this raadslid was invited to, read-only. */
export async function SharedReportsCard({ gemeente, reports }: { gemeente: string; reports: { id: string; title: string; startsAt: Date }[] }) {
  const [t, format] = await Promise.all([getTranslations("tasks"), getFormatter()]);
  return (
    <Card id="verslagen" title={t("sharedReports")}>
      {reports.length === 0 ? (
        <p className="text-muted">{t("noSharedReports")}</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-muted">{t("sharedReportsIntro")}</p>
          <ul className="divide-y divide-line">
            {reports.map((r) => (
              <li key={r.id} className="py-3">
                <Link href={`/${gemeente}/sessies/${r.id}/verslag`} className="font-medium text-accent underline">
                  {t("readReport", { title: r.title })}
                </Link>
                <p className="text-sm text-muted">{format.dateTime(r.startsAt, { dateStyle: "long" })}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
