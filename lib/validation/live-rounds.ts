import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

export const LIVE_ROUNDS = ["NU", "GEWENST", "CASUS"] as const;
export type LiveRoundName = (typeof LIVE_ROUNDS)[number];

/** "GEEN" clears the round (between rounds). */
export const liveRoundSchema = z.object({ round: z.enum([...LIVE_ROUNDS, "GEEN"], { error: msg("rounds.chooseRound") }) });

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const PROGRAMME_COMMANDS = ["current", "skip", "unskip", "addTime", "up", "down"] as const;
export type ProgrammeCommand = (typeof PROGRAMME_COMMANDS)[number];

export const steerProgrammeSchema = z.object({
  itemId: z.string({ error: msg("rounds.itemRequired") }).regex(ID, msg("rounds.itemRequired")),
  command: z.enum(PROGRAMME_COMMANDS, { error: msg("rounds.chooseCommand") }),
});
export type SteerProgrammeInput = z.infer<typeof steerProgrammeSchema>;

/** Minutes one "add time" adds; an item never grows past the programme's own maximum. */
export const ADD_TIME_MINUTES = 5;
export const MAX_ITEM_MINUTES = 600;
