import type { Metadata } from "next";
import Link from "next/link";
import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import { LiveResults } from "@/components/live/live-results";
import { appBaseUrl } from "@/lib/app-url";
import { requireActor } from "@/lib/auth/session";
import { sessionOrNotFound } from "@/lib/council-sessions/page-data";
import { liveSnapshot } from "@/lib/live/snapshot";
import { MainContent } from "@/components/shell/main-content";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("live"))("projector") };
}

/**
 * The view on the screen at the back of the council chamber: 1920×1080, large
 * type, high contrast, outside the app shell so it fills the screen.
 */
async function ProjectorPage({ params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  const actor = await requireActor(gemeente, "sessions.run");
  const session = await sessionOrNotFound(actor, sessieId);
  const t = await getTranslations("live");
  const base = `/${gemeente}/sessies/${session.id}`;
  const joinUrl = session.joinCode ? `${await appBaseUrl()}/meedoen?code=${session.joinCode}` : null;
  const qr = joinUrl ? await QRCode.toString(joinUrl, { type: "svg", margin: 1, color: { dark: "#000000", light: "#ffffff" } }) : null;
  const snapshot = await liveSnapshot(actor, session.id);

  return (
    <MainContent className="flex h-screen flex-col overflow-hidden bg-black px-10 py-6 text-white">
      <nav className="mb-2">
        <Link href={base} className="text-lg text-yellow-300 underline">
          ← {session.title}
        </Link>
      </nav>
      <h1 className="mb-4 truncate text-5xl font-bold">{session.title}</h1>
      <div className="grid min-h-0 flex-1 gap-10 xl:grid-cols-[1fr_2fr]">
        <section aria-labelledby="meedoen" className="flex flex-col gap-4">
          <h2 id="meedoen" className="text-3xl font-bold">
            {t("joinHeading")}
          </h2>
          {session.joinCode && qr ? (
            <>
              <p className="text-2xl">{t("joinInstruction", { url: joinUrl!.replace(/\?.*$/, "") })}</p>
              <p className="font-mono text-8xl font-bold tracking-widest" data-testid="join-code">
                {session.joinCode}
              </p>
              <div className="w-64 rounded bg-white p-3" role="img" aria-label={t("qrLabel", { code: session.joinCode })} dangerouslySetInnerHTML={{ __html: qr }} />
            </>
          ) : (
            <p className="text-2xl">{t("notLive")}</p>
          )}
        </section>
        <LiveResults initial={snapshot} streamUrl={`${base}/live`} />
      </div>
    </MainContent>
  );
}

export default withClientMessages("projectie/[gemeente]/[sessieId]/page", ProjectorPage);
