import { MainContent } from "@/components/shell/main-content";
import { PublicHeader } from "@/components/shell/public-header";
import { SiteFooter } from "@/components/shell/site-footer";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <PublicHeader />
      <MainContent className="mx-auto w-full max-w-md flex-1 px-4 py-10">{children}</MainContent>
      <SiteFooter />
    </div>
  );
}
