import { MainContent } from "@/components/shell/main-content";
import { PublicHeader } from "@/components/shell/public-header";
import { SiteFooter } from "@/components/shell/site-footer";

/** The frame of a guest's pages: outside the app shell, no navigation into it. */
export function GuestShell({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <PublicHeader />
      <MainContent className="mx-auto flex w-full max-w-xl flex-1 flex-col gap-4 px-4 py-6">{children}</MainContent>
      <SiteFooter />
    </div>
  );
}
