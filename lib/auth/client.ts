"use client";

import { signIn } from "next-auth/react";

/** In the browser: sign in with e-mail and password, without a page reload (the form shows the outcome). */
export const signInWithPassword = (credentials: { email: string; password: string }) => signIn("credentials", { ...credentials, redirect: false });

/** In the browser: sign in through the OpenID Connect provider (lib/auth/sso.ts); it comes back to `returnTo`. */
export const signInWithSso = (providerId: string, returnTo: string) => signIn(providerId, { callbackUrl: returnTo });
