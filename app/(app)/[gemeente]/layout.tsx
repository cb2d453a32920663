import { AppHeader } from "@/components/shell/app-header";
import { SiteFooter } from "@/components/shell/site-footer";
import { listMyGemeenten } from "@/lib/auth/membership";
import { requireActor, requireUser } from "@/lib/auth/session";
import { MainContent } from "@/components/shell/main-content";
import { withClientMessages } from "@/components/i18n/client-messages";

async function GemeenteLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ gemeente: string }>;
}) {
  const { gemeente } = await params;
  const user = await requireUser();
  const actor = await requireActor(gemeente);
  const mine = await listMyGemeenten(user);
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader
        actor={actor}
        userName={user.name ?? user.email}
        otherGemeenten={mine.filter((m) => m.gemeente.slug !== gemeente).map((m) => ({ ...m.gemeente, role: m.role }))}
      />
      <MainContent className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </MainContent>
      <SiteFooter />
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/layout", GemeenteLayout);
