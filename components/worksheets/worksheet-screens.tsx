import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AnswerSaved, FormAction } from "@/lib/forms/state";
import { AnswerCard } from "./answer-card";
import { AnsweredCount, AnsweredProvider } from "./answered";

type Actor = { id: string; name: string };
type Answer = { actorId: string; rung: string; nowRung?: string | null; motivation: string };

/** The `?rolspeler=` of a worksheet URL as a 0-based index into `count` actors (the first for anything else). */
export function screenIndex(param: string | string[] | undefined, count: number): number {
  const n = Number(typeof param === "string" ? param : "1");
  return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : 0;
}

/**
 * The worksheet on a phone: one actor per screen, "2 van 4", previous and next as plain
 * links (no JavaScript needed), and the live "x van 4 ingevuld" counter.
 */
export async function WorksheetScreens({ actors, answers, index, href, closed, promise, action, storageKey }: {
  actors: Actor[];
  answers: Answer[];
  index: number;
  /** The URL of screen n (1-based). */
  href: (n: number) => string;
  closed: boolean;
  promise: "anonymous" | "named";
  action: FormAction<AnswerSaved>;
  /** Prefix of where unsent input is kept on the device (the actor's id is added). */
  storageKey: string;
}) {
  const t = await getTranslations("worksheet.screens");
  const actor = actors[index];
  if (!actor) return null;
  const answer = answers.find((a) => a.actorId === actor.id);
  const linkClass = "inline-flex min-h-11 items-center rounded-md border border-line bg-white px-3 font-medium text-accent";
  return (
    <AnsweredProvider initial={answers.map((a) => a.actorId)}>
      <AnsweredCount total={actors.length} />
      <nav aria-label={t("label")} className="flex items-center justify-between gap-2">
        {index > 0 ? (
          <Link href={href(index)} className={linkClass} rel="prev">
            ← {t("previous")}
          </Link>
        ) : (
          <span />
        )}
        <span className="text-sm text-muted" data-testid="screen-position">
          {t("position", { n: index + 1, total: actors.length })}
        </span>
        {index < actors.length - 1 ? (
          <Link href={href(index + 2)} className={linkClass} rel="next">
            {t("next")} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
      <AnswerCard key={actor.id} actor={actor} answer={answer} closed={closed} promise={promise} action={action} storageKey={`${storageKey}:${actor.id}`} />
    </AnsweredProvider>
  );
}
