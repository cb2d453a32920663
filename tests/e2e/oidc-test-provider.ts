import http from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, decodeJwt, exportJWK, generateKeyPair, importJWK } from "jose";
import Provider from "oidc-provider";

/** A person at the identity provider: what its ID token says about them. */
export type IdpAccount = { email: string; email_verified: boolean; name: string };

/**
 * A real OpenID Connect provider for the single sign-on test (the `oidc-provider`
 * package, a certified implementation), on a free port of 127.0.0.1. Its login page is
 * the package's development form: any login name that is a key of `accounts` (and any
 * password) signs in as that person. `wrongAudience` makes the token endpoint hand out
 * ID tokens, signed with the provider's own key, addressed to another client.
 */
export class OidcTestProvider {
  private server: http.Server | null = null;
  wrongAudience = false;
  issuer = "";

  constructor(
    readonly client: { id: string; secret: string; redirectUri: string },
    private readonly accounts: Record<string, IdpAccount>,
  ) {}

  async start() {
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: "test-key", alg: "RS256", use: "sig" };
    this.server = http.createServer();
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    const accounts = this.accounts;
    const provider = new Provider(this.issuer, {
      clients: [{ client_id: this.client.id, client_secret: this.client.secret, redirect_uris: [this.client.redirectUri], grant_types: ["authorization_code"], response_types: ["code"] }],
      jwks: { keys: [jwk] },
      claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
      // The claims in the ID token itself, as Entra ID sends them (next-auth reads the ID token).
      conformIdTokenClaims: false,
      pkce: { required: () => true },
      async findAccount(_ctx, id) {
        const account = accounts[id];
        if (!account) return undefined;
        return { accountId: id, claims: async () => ({ sub: id, ...account }) };
      },
      // Consent is taken as given, so the test only signs in.
      async loadExistingGrant(ctx) {
        const oidc = ctx.oidc;
        const grant = new oidc.provider.Grant({ clientId: oidc.client!.clientId, accountId: oidc.session!.accountId! });
        grant.addOIDCScope("openid email profile");
        await grant.save();
        return grant;
      },
    });
    const signingKey = await importJWK(jwk, "RS256");
    provider.use(async (ctx, next) => {
      await next();
      const body = ctx.body as { id_token?: string } | undefined;
      if (this.wrongAudience && ctx.path === "/token" && body?.id_token) {
        const { iat, exp, ...claims } = decodeJwt(body.id_token);
        body.id_token = await new SignJWT({ ...claims, aud: "een-andere-toepassing" })
          .setProtectedHeader({ alg: "RS256", kid: "test-key" })
          .setIssuedAt(iat)
          .setExpirationTime(exp!)
          .sign(signingKey);
      }
    });
    this.server.on("request", provider.callback());
  }

  async stop() {
    await new Promise((resolve) => this.server?.close(resolve));
    this.server = null;
  }
}
