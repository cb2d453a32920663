import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { STEP_NUMBERS } from "@/lib/preparation/steps";
import { LIBRARY_AUDIENCES } from "./audiences";

/**
 * The shipped reference cards live in prisma/library/cards.json, versioned with
 * the code. This is the file's schema; `syncShippedCards` loads it into the database.
 */

const text = z.string().trim().min(1);
const cardText = z.object({ title: text, summary: text, points: z.array(text).min(1) });
export type CardText = z.infer<typeof cardText>;

const shippedCard = z.object({
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  version: z.number().int().min(1),
  audiences: z.array(z.enum(LIBRARY_AUDIENCES)).min(1),
  steps: z.array(z.number().int().refine((n) => (STEP_NUMBERS as readonly number[]).includes(n))).min(1),
  nl: cardText,
  en: cardText,
  source: z.object({
    title: text,
    publisher: text,
    year: z.number().int().min(1900).max(2100).nullable(),
    url: z.url().nullable(),
  }),
});
export type ShippedCard = z.infer<typeof shippedCard>;

export const cardsFileSchema = z
  .object({ cards: z.array(shippedCard) })
  .refine((f) => new Set(f.cards.map((c) => c.key)).size === f.cards.length, { message: "Duplicate card key" });

export const CARDS_FILE = path.join(process.cwd(), "prisma", "library", "cards.json");

export function readShippedCards(file = CARDS_FILE): ShippedCard[] {
  return cardsFileSchema.parse(JSON.parse(fs.readFileSync(file, "utf8"))).cards;
}
