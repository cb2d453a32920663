import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GuestJoinForm } from "@/components/guests/guest-join-form";
import { JoinForm } from "@/components/live/join-form";
import { getSessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { joinAsGuestAction } from "@/lib/guests/actions";
import { lookUpCode, type GuestSession } from "@/lib/guests/join";
import { joinByCode } from "@/lib/live/join";
import { currentClientAddress } from "@/lib/security/client-address";
import { MainContent } from "@/components/shell/main-content";
import { PublicHeader } from "@/components/shell/public-header";
import { SiteFooter } from "@/components/shell/site-footer";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("live"))("joinTitle") };
}

/**
 * Join a live session with its code; the QR code on the projector links here with
 * the code filled in. A member who takes part goes to the worksheet or projector (with a
 * herhaling's code: their own herhaling, lib/live/join.ts), never in as a guest; anyone
 * else, without an account, joins as a guest when the session lets guests in.
 * A session for members only sends someone signed out to sign in first.
 */
async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  const returnTo = code ? `/meedoen?code=${encodeURIComponent(code)}` : "/meedoen";
  const user = await getSessionUser();
  const t = await getTranslations();
  let error: string | null = null;
  let guestSession: GuestSession | null = null;
  if (typeof code === "string" && code) {
    let target: string | null = null;
    try {
      if (user) target = await joinByCode(user.id, code).catch((e: unknown) => (isAppError(e) && e.code === "JOIN_CODE_UNKNOWN" ? null : Promise.reject(e)));
      if (!target) {
        const found = await lookUpCode(code, await currentClientAddress());
        if (found === "members" && !user) target = `/inloggen?terug=${encodeURIComponent(returnTo)}`;
        else if (found && found !== "members") guestSession = found;
        else error = t("errors.JOIN_CODE_UNKNOWN");
      }
    } catch (e) {
      if (!isAppError(e)) throw e;
      error = t(`errors.${e.code}`);
    }
    if (target) redirect(target);
  }
  return (
    <div className="flex min-h-screen flex-col">
      <PublicHeader />
      <MainContent className="w-full flex-1 mx-auto max-w-md px-4 py-10">
        {guestSession ? (
          <>
            <h1 className="mb-2 text-2xl font-semibold">{t("guests.join.title", { title: guestSession.title })}</h1>
            {/* A herhaling's code: the worksheet again, at an evaluation moment (lib/guests/repeats.ts). */}
            {guestSession.repeat && <p className="mb-2 font-medium">{t("guests.repeat.joinNote", { date: guestSession.repeat.date })}</p>}
            <p className="mb-2 text-muted">{t("guests.join.intro", { gemeente: guestSession.gemeenteName })}</p>
            <p className="mb-6 text-muted">{t("guests.join.privacy")}</p>
            <GuestJoinForm code={code!} groups={guestSession.groups} action={joinAsGuestAction} />
          </>
        ) : (
          <>
            <h1 className="mb-2 text-2xl font-semibold">{t("live.joinTitle")}</h1>
            <p className="mb-6 text-muted">{user ? t("live.joinIntro") : t("guests.join.introNoAccount")}</p>
            <JoinForm defaultCode={code} error={error} />
          </>
        )}
        {/* A raadslid with an account signs in instead, and comes back here. */}
        {!user && (
          <p className="mt-6 text-sm">
            {t("guests.join.member")}{" "}
            <Link href={`/inloggen?terug=${encodeURIComponent(returnTo)}`} className="text-accent underline">
              {t("guests.join.signIn")}
            </Link>
          </p>
        )}
      </MainContent>
      <SiteFooter />
    </div>
  );
}

export default withClientMessages("meedoen/page", JoinPage);
