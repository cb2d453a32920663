import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The sign-in session's id (lib/auth/sign-in-sessions.ts). */
    sid?: string;
  }
}
