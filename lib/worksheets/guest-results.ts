import { RUNGS, type Rung } from "@/lib/preparation/rungs";
import { summarise } from "./consensus";
import { parseGuestPublication } from "./guest-publication";
import { publishedNowRungs, publishedRungs, shownActor } from "./publication";

export type Summary = ReturnType<typeof summarise>;

/** One guest group's published figures for one actor; `summary` null below k. */
export type GroupResult = {
  group: string;
  summary: Summary | null;
  /** "Where is the role now" for this group, when at least k of its guests said so (null otherwise). */
  now: Summary | null;
  motivations: string[];
  recognition: Recognition | null;
};

/**
 * Do the guests recognise the council's choice? The distance, in rungs, between
 * each guest's answer and the council's most chosen rung (the nearest one when
 * the council is tied), averaged; and the share of guests on that very rung.
 */
export type Recognition = { meanDistance: number; sameRung: number; reading: RecognitionReading };
export type RecognitionReading = "HERKENNEN" | "DEELS" | "NIET";

export function recognition(council: readonly Rung[], guests: Record<Rung, number>): Recognition | null {
  const total = RUNGS.reduce((n, r) => n + guests[r], 0);
  if (council.length === 0 || total === 0) return null;
  const position = (r: Rung) => RUNGS.indexOf(r);
  let distance = 0;
  let same = 0;
  for (const r of RUNGS) {
    const d = Math.min(...council.map((c) => Math.abs(position(c) - position(r))));
    distance += d * guests[r];
    if (d === 0) same += guests[r];
  }
  const meanDistance = distance / total;
  // Half a rung on average: most guests stand where the council stands. More than one rung: they see another role.
  const reading: RecognitionReading = meanDistance <= 0.5 ? "HERKENNEN" : meanDistance <= 1 ? "DEELS" : "NIET";
  return { meanDistance, sameRung: same / total, reading };
}

/**
 * Per actor, each guest group's figures from the guest publication, shown only
 * when the group's figures for that actor rest on at least k answers (a gemeente
 * that raised k hides what was published under a lower one), each with how far it
 * stands from the council's most chosen rung (when the council's figures are shown).
 */
export function guestGroupsPerActor(
  guestPublished: unknown,
  actors: readonly { actorId: string; council: Summary | null }[],
  k: number,
): Map<string, GroupResult[]> {
  const publication = parseGuestPublication(guestPublished);
  const groups = Object.keys(publication?.groups ?? {}).sort((a, b) => a.localeCompare(b, "nl"));
  return new Map(
    actors.map(({ actorId, council }) => [
      actorId,
      groups.map((group): GroupResult => {
        const shown = shownActor(publication!.groups[group], actorId, k);
        const summary = shown ? summarise(publishedRungs(shown)) : null;
        const nowRungs = shown && publishedNowRungs(shown, k);
        return {
          group,
          summary,
          now: nowRungs ? summarise(nowRungs) : null,
          motivations: shown?.motivations ?? [],
          recognition: summary && council && council.count > 0 ? recognition(council.mostChosen, summary.distribution) : null,
        };
      }),
    ]),
  );
}
