import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ShippedCard } from "./cards-file";

/**
 * Brings the shipped cards in the database up to the file: a new key is added,
 * a higher version replaces the text. Cards are never deleted here: a card that
 * left the file stays attached where the griffier attached it.
 */
export async function syncShippedCards(client: PrismaClient, cards: ShippedCard[]): Promise<{ added: number; updated: number }> {
  const existing = new Map(
    (await client.libraryCard.findMany({ where: { key: { not: null } }, select: { key: true, version: true } })).map((c) => [c.key, c.version]),
  );
  let added = 0;
  let updated = 0;
  for (const card of cards) {
    const known = existing.get(card.key);
    if (known !== undefined && known >= card.version) continue;
    const data = {
      version: card.version,
      audiences: card.audiences,
      steps: card.steps,
      title: card.nl.title,
      summary: card.nl.summary,
      points: card.nl.points,
      translations: { en: card.en },
      sourceTitle: card.source.title,
      sourcePublisher: card.source.publisher,
      sourceYear: card.source.year,
      sourceUrl: card.source.url,
    };
    await client.libraryCard.upsert({ where: { key: card.key }, create: { key: card.key, ...data }, update: data });
    if (known === undefined) added++;
    else updated++;
  }
  return { added, updated };
}
