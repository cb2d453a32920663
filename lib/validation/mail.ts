import { REMINDER_KINDS } from "@/lib/reminders/kinds";
import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

export const retryMailSchema = z.object({ mailId: z.string().min(1).max(64) });

/** The reminder kinds left ticked on the account page; everything else is switched off. */
export const reminderSettingsSchema = z.object({
  kinds: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(REMINDER_KINDS, { error: msg("reminders.unknownKind") })).max(REMINDER_KINDS.length)),
});

export const RSVP_ANSWERS = ["KOMT", "KOMT_NIET", "MISSCHIEN"] as const;

/** Answering an invitation: the signed token from the mail is the credential. */
export const rsvpSchema = z.object({
  token: z.string().min(20, msg("rsvp.invalid")).max(400, msg("rsvp.invalid")),
  answer: z.enum(RSVP_ANSWERS, { error: msg("rsvp.chooseAnswer") }),
});

/** Sending a session's invitation: nothing to fill in, the session is bound by the page. */
export const sendInvitationsSchema = z.object({});
