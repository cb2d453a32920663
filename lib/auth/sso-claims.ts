export type SsoClaims = { sub: string; email?: unknown; email_verified?: unknown; xms_edov?: unknown; name?: unknown };

/**
 * Whether the provider vouches for the e-mail address. The standard claim is
 * `email_verified: true`. Microsoft Entra ID does not send that claim; it sends the
 * optional claim `xms_edov` ("email domain owner verified") when the app registration
 * asks for it (README: Single sign-on). Anything else is not verified: an address a
 * user typed in at the provider must not open someone else's Beraad account.
 */
export function isVerifiedEmail(claims: SsoClaims): boolean {
  return typeof claims.email === "string" && (claims.email_verified === true || claims.xms_edov === true || claims.xms_edov === "1");
}
