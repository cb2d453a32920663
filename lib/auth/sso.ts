import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { SsoSettings } from "@/lib/env";
import { log } from "@/lib/log";
import { isVerifiedEmail, type SsoClaims } from "./sso-claims";

/** next-auth's id of the OpenID Connect provider (its callback is /api/auth/callback/oidc). */
export const SSO_PROVIDER_ID = "oidc";

/** Why an SSO identity was not let in; each becomes a Dutch message on the sign-in page (signIn.errors). */
export type SsoRefusal = "SsoUnverified" | "SsoUnknown" | "SsoConflict";

export type SsoResolution = { status: "ok"; userId: string; name: string | null; email: string } | { status: "refused"; reason: SsoRefusal };

/**
 * Links an SSO identity to an existing Beraad account; there is no self-registration.
 * An identity seen before (account row: provider + the provider's `sub`) is that account.
 * A new one is linked by its verified e-mail address to a person who holds a membership
 * (an accepted invitation), and the link is kept with an audit event; from then on the
 * `sub` decides, so an address that moves to another person at the provider does not move
 * the Beraad account with it. A person already linked to another `sub` is refused.
 */
export async function resolveSsoIdentity(claims: SsoClaims): Promise<SsoResolution> {
  const linked = await db().account.findUnique({
    where: { provider_providerAccountId: { provider: SSO_PROVIDER_ID, providerAccountId: claims.sub } },
    select: { user: { select: { id: true, name: true, email: true, _count: { select: { memberships: true } } } } },
  });
  if (linked) {
    if (linked.user._count.memberships === 0) return { status: "refused", reason: "SsoUnknown" };
    return { status: "ok", userId: linked.user.id, name: linked.user.name, email: linked.user.email };
  }
  if (!isVerifiedEmail(claims)) return { status: "refused", reason: "SsoUnverified" };
  const email = String(claims.email).trim().toLowerCase();
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, _count: { select: { memberships: true } }, accounts: { where: { provider: SSO_PROVIDER_ID }, select: { id: true } } },
  });
  if (!user || user._count.memberships === 0) return { status: "refused", reason: "SsoUnknown" };
  if (user.accounts.length > 0) return { status: "refused", reason: "SsoConflict" };
  await db().$transaction(async (tx) => {
    await tx.account.create({ data: { userId: user.id, type: "oauth", provider: SSO_PROVIDER_ID, providerAccountId: claims.sub } });
    await recordAudit(tx, { userId: user.id, gemeenteId: null }, { action: "account.link-sso", entityType: "User", entityId: user.id, after: { provider: SSO_PROVIDER_ID } });
  });
  return { status: "ok", userId: user.id, name: user.name, email: user.email };
}

/** The id next-auth carries for a refused identity; the signIn callback turns it into the refusal. */
const REFUSED_PREFIX = "refused:";
export const ssoRefusalOf = (userId: string): SsoRefusal | null => (userId.startsWith(REFUSED_PREFIX) ? (userId.slice(REFUSED_PREFIX.length) as SsoRefusal) : null);

/**
 * next-auth's provider for any standard OpenID Connect issuer (Entra ID included):
 * discovery from the issuer, authorization code flow with PKCE, state and nonce, and the
 * ID token validated by openid-client (signature from the issuer's keys, issuer, audience
 * = our client id, expiry, nonce). The profile is the Beraad account the identity links to.
 */
export function oidcProvider(settings: SsoSettings): OAuthConfig<SsoClaims> {
  return {
    id: SSO_PROVIDER_ID,
    name: settings.displayName,
    type: "oauth",
    wellKnown: `${settings.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    async profile(claims) {
      const resolution = await resolveSsoIdentity(claims);
      if (resolution.status === "refused") {
        log.info({ reason: resolution.reason }, "single sign-on refused");
        return { id: `${REFUSED_PREFIX}${resolution.reason}` };
      }
      return { id: resolution.userId, name: resolution.name, email: resolution.email };
    },
  };
}
