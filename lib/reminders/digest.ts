// No "server-only": the worker's daily job (lib/jobs/worker.ts).
import type { Locale } from "@/lib/i18n/config";
import { mailLocale, mailTranslator } from "@/lib/i18n/mail-messages";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueMail } from "@/lib/mail/outbox";
import { COLLECTORS, type ReminderItem } from "./collectors";
import { REMINDER_KINDS, type ReminderKind } from "./kinds";

export const TIME_ZONE = "Europe/Amsterdam";

/** Today's date in the Netherlands (ISO day): what "today" means for a reminder. */
const DUTCH_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
export const dutchDay = (at: Date) => DUTCH_DAY.format(at);

/** Everyone's reminders for `today`, per person, without the kinds they switched off. */
export async function collectDigests(client: PrismaClient, today: string): Promise<Map<string, ReminderItem[]>> {
  const found = (await Promise.all(COLLECTORS.map((collector) => collector.collect(client, today)))).flat();
  const optOuts = await client.reminderOptOut.findMany({ where: { userId: { in: [...new Set(found.map((f) => f.userId))] } } });
  const off = new Set(optOuts.map((o) => `${o.userId}:${o.kind}`));
  const digests = new Map<string, ReminderItem[]>();
  for (const { userId, item } of found) {
    if (off.has(`${userId}:${item.kind}`)) continue;
    digests.set(userId, [...(digests.get(userId) ?? []), item]);
  }
  return digests;
}

/**
 * The digest's text: one section per kind, in the order of REMINDER_KINDS, each line naming
 * the gemeente, the session and where to go. Texts from the message catalogue (`reminders`),
 * in the recipient's language.
 */
export function renderDigest(items: ReminderItem[], { appUrl, today, locale = "nl" }: { appUrl: string; today: string; locale?: Locale }) {
  const t = mailTranslator(locale, "reminders");
  const when = (date: string) => {
    const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
    const at = new Date(`${date}T12:00:00Z`);
    return days < 0 ? t("overdue", { days: -days, date: at }) : t("when", { days, date: at });
  };
  const sections = REMINDER_KINDS.map((kind: ReminderKind) => {
    const mine = items.filter((item) => item.kind === kind);
    if (mine.length === 0) return null;
    const lines = mine.map((item) =>
      `- ${t(`kinds.${kind}.line`, { session: item.sessionTitle, gemeente: item.gemeenteName, subject: item.subject ?? "", when: item.date ? when(item.date) : "" })}\n  ${appUrl}${item.path}`,
    );
    return `${t(`kinds.${kind}.heading`)}\n${lines.join("\n")}`;
  }).filter(Boolean);
  const subject = t("subject", { count: items.length });
  const text = [t("greeting"), "", ...sections.flatMap((section) => [section, ""]), t("optOut", { link: `${appUrl}/${items[0]?.gemeenteSlug ?? ""}/account` })].join("\n");
  return { subject, text };
}

/**
 * The daily job: one digest per person per day. A row in reminder_digest (person, day) is
 * written in the same transaction as the mail, so a second run that day, on this worker or
 * another, sends nothing twice.
 */
export async function sendReminderDigests(client: PrismaClient, { appUrl, now = new Date() }: { appUrl: string; now?: Date }) {
  const today = dutchDay(now);
  const digests = await collectDigests(client, today);
  const users = await client.user.findMany({ where: { id: { in: [...digests.keys()] } }, select: { id: true, email: true, locale: true } });
  let sent = 0;
  for (const user of users) {
    const items = digests.get(user.id)!;
    const { subject, text } = renderDigest(items, { appUrl, today, locale: mailLocale(user.locale) });
    const queued = await client.$transaction(async (tx) => {
      const claimed = await tx.$executeRaw`INSERT INTO reminder_digest (user_id, day) VALUES (${user.id}, ${today}::date) ON CONFLICT DO NOTHING`;
      if (claimed === 0) return false;
      await enqueueMail(tx, { kind: "reminder-digest", to: user.email, subject, text });
      return true;
    });
    if (queued) sent += 1;
  }
  return { people: sent };
}
