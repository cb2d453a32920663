import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, secureCookies } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";
import { signInSchema } from "@/lib/validation/auth";
import { checkPassword } from "./check-password";
import { safeRedirectUrl } from "./return-path";

/** Error codes next-auth hands back to the sign-in form (see messages: signIn.errors). */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", limited: "RateLimited" } as const;

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  // next-auth's cookies are httpOnly and SameSite=Lax; Secure (and the __Secure-/__Host-
  // prefixes) over https. Said explicitly rather than left to next-auth's guess.
  useSecureCookies: secureCookies(),
  pages: { signIn: "/inloggen" },
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
  ],
  callbacks: {
    // After sign-in or sign-out: only a path inside this app (lib/auth/return-path.ts).
    redirect: ({ url, baseUrl }) => safeRedirectUrl(url, baseUrl),
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};
