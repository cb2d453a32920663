import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { withoutNul } from "@/lib/forms/state";
import { Prisma } from "@/lib/generated/prisma/client";
import { sessionScopeSql } from "@/lib/auth/policy";

export const SEARCH_KINDS = ["session", "case", "value", "commitment", "card"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type SearchHit = {
  kind: SearchKind;
  id: string;
  /** The session the hit belongs to (its latest visible one for a value); null for cards. */
  sessionId: string | null;
  title: string;
  detail: string;
};

/**
 * How close a word in the text must be to the query (pg_trgm's word_similarity,
 * 0–1). 0.6 lets plural and other word forms match ("evaluaties" → "evaluatie",
 * 0.77) where the Dutch stemmer leaves them apart, without matching unrelated words.
 */
const WORD_SIMILARITY = 0.6;

/**
 * The query as searched and shown, from whatever `?q=` held: a repeated or
 * missing q is no query, and a NUL (which PostgreSQL cannot take in text) is left out.
 */
export function searchQuery(raw: unknown): string {
  return typeof raw === "string" ? withoutNul(raw).trim().slice(0, 200) : "";
}

/**
 * One search over the current gemeente: sessions, cases, values, commitments and
 * library cards. Three ways to match, all in PostgreSQL: full-text search with
 * the Dutch configuration (stems such as "toezeggingen" → "toezegging"), trigram
 * word similarity (pg_trgm) for word forms the stemmer misses, and a plain
 * substring for names and partial words. Every branch is scoped like the pages
 * are (lib/council-sessions/scope.ts): the gemeente, and for a raadslid or a
 * facilitator only the sessions they take part in.
 */
export async function search(actor: Actor, rawQuery: string, limit = 40): Promise<SearchHit[]> {
  assertCan(actor, "sessions.view");
  const query = searchQuery(rawQuery);
  if (query.length < 2) return [];
  const needle = query.toLowerCase();
  // The session rows this actor may see, as a reusable SQL condition on alias s.
  const visible = sessionScopeSql(actor);
  const matches = (document: Prisma.Sql) =>
    Prisma.sql`(to_tsvector('dutch', ${document}) @@ websearch_to_tsquery('dutch', ${query})
      OR position(${needle} in lower(${document})) > 0
      OR word_similarity(${needle}, lower(${document})) >= ${WORD_SIMILARITY})`;
  const rank = (document: Prisma.Sql) =>
    Prisma.sql`greatest(ts_rank(to_tsvector('dutch', ${document}), websearch_to_tsquery('dutch', ${query})), word_similarity(${needle}, lower(${document})))`;

  const sessionDoc = Prisma.sql`s.title || ' ' || s.theme || ' ' || s.description`;
  const caseDoc = Prisma.sql`c.description || ' ' || c.source`;
  const commitmentDoc = Prisma.sql`k.who || ' ' || k.what || ' ' || k.to_whom`;
  const cardDoc = Prisma.sql`l.title || ' ' || l.summary || ' ' || array_to_string(l.points, ' ')`;
  const valueDoc = Prisma.sql`v.name`;

  return db().$queryRaw<SearchHit[]>`
    SELECT kind, id, "sessionId", title, detail FROM (
      SELECT 'session' AS kind, s.id, s.id AS "sessionId", s.title, s.theme AS detail, ${rank(sessionDoc)} AS rank
        FROM council_session s WHERE ${visible} AND ${matches(sessionDoc)}
      UNION ALL
      SELECT 'case', c.id, s.id, left(c.description, 160), s.title, ${rank(caseDoc)}
        FROM "case" c JOIN council_session s ON s.id = c.session_id WHERE ${visible} AND ${matches(caseDoc)}
      UNION ALL
      SELECT 'commitment', k.id, s.id, left(k.what, 160), k.who || ' — ' || s.title, ${rank(commitmentDoc)}
        FROM commitment k JOIN council_session s ON s.id = k.session_id WHERE ${visible} AND ${matches(commitmentDoc)}
      UNION ALL
      SELECT 'value', v.id, latest.id, v.name, latest.title, ${rank(valueDoc)}
        FROM value v
        CROSS JOIN LATERAL (
          SELECT s.id, s.title FROM council_session s
           WHERE ${visible} AND (
             EXISTS (SELECT 1 FROM session_value sv WHERE sv.session_id = s.id AND sv.value_id = v.id) OR
             EXISTS (SELECT 1 FROM "case" c JOIN case_value cv ON cv.case_id = c.id WHERE c.session_id = s.id AND cv.value_id = v.id))
           ORDER BY s.starts_at DESC LIMIT 1) latest
        WHERE v.gemeente_id = ${actor.gemeenteId} AND ${matches(valueDoc)}
      UNION ALL
      SELECT 'card', l.id, NULL, l.title, l.source_publisher, ${rank(cardDoc)}
        FROM library_card l WHERE (l.gemeente_id IS NULL OR l.gemeente_id = ${actor.gemeenteId}) AND ${matches(cardDoc)}
    ) hits
    ORDER BY rank DESC, title
    LIMIT ${limit}`;
}
