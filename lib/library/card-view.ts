import type { Prisma } from "@/lib/generated/prisma/client";
import type { LibraryAudience } from "./audiences";
import type { CardText } from "./cards-file";

export const cardSelect = {
  id: true,
  gemeenteId: true,
  audiences: true,
  steps: true,
  title: true,
  summary: true,
  points: true,
  translations: true,
  sourceTitle: true,
  sourcePublisher: true,
  sourceYear: true,
  sourceUrl: true,
} satisfies Prisma.LibraryCardSelect;

type CardRow = Prisma.LibraryCardGetPayload<{ select: typeof cardSelect }>;

/** A card as pages show it: the text in the reader's language when the card has it, Dutch otherwise. */
export function cardView(card: CardRow, locale: string) {
  const translated = (card.translations as Record<string, CardText | undefined> | null)?.[locale];
  const text: CardText = translated ?? { title: card.title, summary: card.summary, points: card.points };
  return {
    id: card.id,
    own: card.gemeenteId !== null,
    audiences: card.audiences as LibraryAudience[],
    steps: card.steps,
    ...text,
    source: { title: card.sourceTitle, publisher: card.sourcePublisher, year: card.sourceYear, url: card.sourceUrl },
  };
}
export type CardView = ReturnType<typeof cardView>;
