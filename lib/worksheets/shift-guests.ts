// Pure: the guests' side of the shift over the rounds (lib/worksheets/shift.ts), unit-tested without a database.
import { summarise } from "./consensus";
import { parseGuestPublication } from "./guest-publication";
import { publishedRungs, shownActor } from "./publication";
import type { ShiftCell } from "./shift";

/** One guest group's cells for one actor, a cell per round (as the council's). */
export type GuestGroupShift = { group: string; cells: ShiftCell[] };

type Round = { state: "CONCEPT" | "OPEN" | "GESLOTEN"; guestPublished: unknown; actors: readonly { id: string; key: string }[] };

/**
 * Per guest group that answered in any round, its figures per round for the actor
 * with this step-4 key: only from the round's guest publication (guests are always
 * anonymous), and only from k answers of that group — below k "tooFew", with no
 * distribution; a round not closed yet (nothing of its guests published)
 * "notPublished". Never who answered: a publication holds counts only.
 */
export function guestShift(rounds: readonly Round[], key: string, k: number): GuestGroupShift[] {
  const publications = rounds.map((r) => parseGuestPublication(r.guestPublished));
  const groups = [...new Set(publications.flatMap((p) => Object.keys(p?.groups ?? {})))].sort((a, b) => a.localeCompare(b, "nl"));
  return groups.map((group) => ({
    group,
    cells: rounds.map((round, i): ShiftCell => {
      const publication = publications[i];
      if (!publication && round.state !== "GESLOTEN") return { status: "notPublished" };
      const actorId = round.actors.find((a) => a.key === key)?.id;
      const shown = actorId ? shownActor(publication?.groups[group] ?? null, actorId, k) : null;
      if (!shown) return { status: "tooFew" };
      const summary = summarise(publishedRungs(shown));
      // The guests' side shows where they want the role; "now" is the council's column in the shift.
      return { status: "shown", count: summary.count, distribution: summary.distribution, mostChosen: summary.mostChosen, consensus: summary.consensus, now: null };
    }),
  }));
}
