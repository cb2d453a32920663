import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { authSecret, secureCookies } from "@/lib/env";
import { SIGN_IN_FAILURES, clear, consume } from "@/lib/rate-limit";
import { signInSchema } from "@/lib/validation/auth";
import { verifyPassword } from "./password";

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
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        // The attempt counts before the password is checked, so parallel guesses are limited too.
        if ((await consume(SIGN_IN_FAILURES, email)) === null) throw new Error(SIGN_IN_ERRORS.limited);
        const user = await db().user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, passwordHash: true },
        });
        const ok = await verifyPassword(user?.passwordHash, password);
        if (!user || !ok) return null;
        await clear(SIGN_IN_FAILURES, email);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
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
