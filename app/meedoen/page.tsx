import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JoinForm } from "@/components/live/join-form";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { joinByCode } from "@/lib/live/join";
import { MainContent } from "@/components/shell/main-content";
import { PublicHeader } from "@/components/shell/public-header";
import { SiteFooter } from "@/components/shell/site-footer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("live"))("joinTitle") };
}

/** Join a live session with its code; the QR code on the projector links here with the code filled in. */
export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  const user = await requireUser(code ? `/meedoen?code=${encodeURIComponent(code)}` : "/meedoen");
  const t = await getTranslations();
  let error: string | null = null;
  if (code) {
    let target: string | null = null;
    try {
      target = await joinByCode(user.id, code);
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
        <h1 className="mb-2 text-2xl font-semibold">{t("live.joinTitle")}</h1>
        <p className="mb-6 text-muted">{t("live.joinIntro")}</p>
        <JoinForm defaultCode={code} error={error} />
      </MainContent>
      <SiteFooter />
    </div>
  );
}
