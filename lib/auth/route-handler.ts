import NextAuth from "next-auth";
import { authOptions } from "./options";

/** next-auth's own endpoints (/api/auth/*): sign-in, sign-out, CSRF, the session. */
export const authRouteHandler = NextAuth(authOptions);
