"use client";

/**
 * In the browser: sign out (the server ends the session, lib/auth/options.ts
 * events.signOut) and go to the sign-in page. The same two requests next-auth's
 * client `signOut` sends (its CSRF token, then the sign-out post), without loading
 * next-auth/react on every signed-in page only for this button (issue 17:
 * first-load JavaScript: it brings its own regenerator runtime and session broadcast).
 * The browser then goes where the server says (the sign-in page).
 */
export async function signOutToSignIn(): Promise<void> {
  const callbackUrl = "/inloggen";
  const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  window.location.href = url ?? callbackUrl;
}
