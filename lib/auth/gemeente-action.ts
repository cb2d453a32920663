import "server-only";
import type { z } from "zod";
import { parseWith, runFormAction, type Guard, type Guarded, type Parse } from "@/lib/forms/action";
import type { FormResult, FormState } from "@/lib/forms/state";
import { isId } from "@/lib/validation/ids";
import { guestForAction, repeatGuestForAction, type Guest, type RepeatGuest } from "./guest";
import type { Actor, Permission } from "./permissions";
import { actorForAction } from "./session";

/**
 * The builders every server action is made with (a "use server" file exports
 * `export const fooAction = gemeenteAction(...)` or `publicAction(...)`, kept so
 * by tests/unit/forms/action-shape.test.ts). They live in lib/auth because their
 * point is that no action can skip authorisation: bound arguments and FormData
 * are checked, the caller is authorised, and only then is the input parsed.
 */

/** How the form is read: a zod schema, or a parse step of its own that sees the bound arguments. */
type Input<T, B> = { schema: z.ZodType<T>; parse?: never } | { parse: Parse<T, B>; schema?: never };

type GemeenteSpec<T, G extends readonly Guard[]> = {
  /** What the caller must be allowed in the gemeente (lib/auth/permissions.ts). */
  permission: Permission;
  /** Guards for the arguments the page binds after the gemeente, e.g. [isId] for a session id. */
  ids?: G;
} & Input<T, Guarded<G>>;

export type GemeenteActionContext<T, G extends readonly Guard[]> = {
  actor: Actor;
  input: T;
  ids: Guarded<G>;
  gemeente: string;
  formData: FormData;
  /** The typed text fields, to echo back with an error state. */
  values: Record<string, string>;
};

/** What Next calls, and what a page binds: `action.bind(null, gemeente, ...ids)` for useActionState. */
export type GemeenteAction<G extends readonly Guard[], D extends object = FormResult> = (gemeente: string, ...args: [...Guarded<G>, FormState<D>, FormData]) => Promise<FormState<D>>;

/** A server action of one gemeente, run by a member with `permission`. */
export function gemeenteAction<T, const G extends readonly Guard[] = [], D extends object = FormResult>(
  spec: GemeenteSpec<T, G>,
  body: (context: GemeenteActionContext<T, G>) => Promise<FormState<D> | void>,
): GemeenteAction<G, D> {
  const guards: readonly Guard[] = spec.ids ?? [];
  return async (gemeente, ...args) => {
    const ids = args.slice(0, guards.length) as Guarded<G>;
    return runFormAction<Actor, T, D>({
      formData: args[guards.length + 1],
      bound: ids,
      guards,
      authorise: () => actorForAction(gemeente, spec.permission),
      parse: spec.schema ? parseWith<T>(spec.schema) : (formData) => spec.parse!(formData, ids),
      body: (actor, input, formData, values) => body({ actor, input, ids, gemeente, formData, values }),
    });
  };
}

type PublicSpec<T> = {
  schema: z.ZodType<T>;
  /** For a plain `<form action>` without useActionState: Next calls it with the FormData only. */
  stateless?: boolean;
};
type PublicContext<T> = { input: T; formData: FormData; values: Record<string, string> };

/**
 * A server action open to anyone, signed in or not: only for what has no gemeente
 * (accepting an invitation, whose token is the credential; the language switch).
 */
export function publicAction<T>(spec: PublicSpec<T> & { stateless: true }, body: (context: PublicContext<T>) => Promise<void>): (formData: FormData) => Promise<void>;
export function publicAction<T>(spec: PublicSpec<T>, body: (context: PublicContext<T>) => Promise<FormState | void>): (prev: FormState, formData: FormData) => Promise<FormState>;
export function publicAction<T>(spec: PublicSpec<T>, body: (context: PublicContext<T>) => Promise<FormState | void>) {
  const run = (formData: unknown) =>
    runFormAction({
      formData,
      bound: [],
      guards: [],
      authorise: async () => undefined,
      parse: parseWith<T>(spec.schema),
      body: (_none, input, formData, values) => body({ input, formData, values }),
    });
  if (spec.stateless) return async (formData: FormData): Promise<void> => void (await run(formData));
  return async (_prev: FormState, formData: FormData) => run(formData);
}

type GuestSpec<T> = { schema: z.ZodType<T> };
type GuestContext<T> = { guest: Guest; input: T; formData: FormData; values: Record<string, string> };

/**
 * A server action of a guest (no account), bound to the session id: the guest's
 * signed cookie must name a guest of THAT session while it is live (lib/auth/guest.ts),
 * checked before the form is parsed. The page binds `action.bind(null, sessionId)`.
 */
export function guestAction<T, D extends object = FormResult>(spec: GuestSpec<T>, body: (context: GuestContext<T>) => Promise<FormState<D> | void>) {
  return async (sessionId: string, _prev: FormState<D>, formData: FormData): Promise<FormState<D>> =>
    runFormAction<Guest, T, D>({
      formData,
      bound: [sessionId],
      guards: [isId],
      authorise: () => guestForAction(sessionId),
      parse: parseWith<T>(spec.schema),
      body: (guest, input, formData, values) => body({ guest, input, formData, values }),
    });
}

type RepeatGuestContext<T> = { guest: RepeatGuest; input: T; formData: FormData; values: Record<string, string> };

/**
 * A server action of a herhaling's guest, bound to the herhaling's id: the cookie
 * must name a guest who joined THAT herhaling while it is open to guests
 * (lib/auth/guest.ts#repeatGuestOf). A guest of the live phase is refused.
 */
export function repeatGuestAction<T, D extends object = FormResult>(spec: GuestSpec<T>, body: (context: RepeatGuestContext<T>) => Promise<FormState<D> | void>) {
  return async (repeatId: string, _prev: FormState<D>, formData: FormData): Promise<FormState<D>> =>
    runFormAction<RepeatGuest, T, D>({
      formData,
      bound: [repeatId],
      guards: [isId],
      authorise: () => repeatGuestForAction(repeatId),
      parse: parseWith<T>(spec.schema),
      body: (guest, input, formData, values) => body({ guest, input, formData, values }),
    });
}
