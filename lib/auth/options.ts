import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, secureCookies, ssoSettings } from "@/lib/env";
import { log } from "@/lib/log";
import { clientAddress } from "@/lib/security/client-address";
import { signInSchema } from "@/lib/validation/auth";
import { checkPassword } from "./check-password";
import { safeRedirectUrl } from "./return-path";
import { SIGN_IN_MAX_AGE_S, endSignInSession, isSignInSessionLive, startSignInSession } from "./sign-in-sessions";
import { SSO_PROVIDER_ID, oidcProvider, ssoRefusalOf } from "./sso";

const sso = ssoSettings();

/** Error codes next-auth hands back to the sign-in form (see messages: signIn.errors). */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", limited: "RateLimited" } as const;

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SIGN_IN_MAX_AGE_S },
  // next-auth's cookies are httpOnly and SameSite=Lax; Secure (and the __Secure-/__Host-
  // prefixes) over https. Said explicitly rather than left to next-auth's guess.
  useSecureCookies: secureCookies(),
  // Errors of a provider sign-in (a refused SSO identity) land on our own sign-in page, in Dutch.
  pages: { signIn: "/inloggen", error: "/inloggen" },
  providers: [
    CredentialsProvider({
      name: "E-mail en wachtwoord",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const client = clientAddress(request?.headers?.["x-forwarded-for"]);
        const check = await checkPassword(parsed.data.email, parsed.data.password, client);
        if (check.status === "limited") throw new Error(SIGN_IN_ERRORS.limited);
        return check.status === "ok" ? check.user : null;
      },
    }),
    // Single sign-on, only when configured (lib/env.ts#ssoSettings; README: Single sign-on).
    ...(sso ? [oidcProvider(sso)] : []),
  ],
  callbacks: {
    // An SSO identity that links to no Beraad account is refused, with the reason for the sign-in page.
    signIn({ user, account }) {
      if (account?.provider !== SSO_PROVIDER_ID) return true;
      const refusal = ssoRefusalOf(user.id);
      return refusal ? `/inloggen?error=${refusal}` : true;
    },
    // After sign-in or sign-out: only a path inside this app (lib/auth/return-path.ts).
    redirect: ({ url, baseUrl }) => safeRedirectUrl(url, baseUrl),
    async jwt({ token, user }) {
      // Signing in: a sign-in session on the server, whose id the token carries.
      if (user) return { ...token, sub: user.id, sid: await startSignInSession(user.id) };
      // Any later use here (/api/auth/session): an ended session answers "no session"
      // and clears the cookie. Pages check the same in lib/auth/session.ts, without next-auth.
      if (!token.sub || !token.sid || !(await isSignInSessionLive(token.sub, token.sid))) throw new SignInSessionEnded();
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await endSignInSession(token.sid);
    },
  },
  logger: {
    error(code, metadata) {
      if (metadata instanceof SignInSessionEnded) return; // an old cookie after sign-out: expected, not an error
      log.error({ code, err: metadata }, "next-auth error");
    },
    warn: (code) => log.warn({ code }, "next-auth warning"),
    debug: () => {},
  },
};

/** Thrown by the jwt callback for a token whose sign-in session was ended or expired. */
class SignInSessionEnded extends Error {
  constructor() {
    super("The sign-in session has ended");
    this.name = "SignInSessionEnded";
  }
}
