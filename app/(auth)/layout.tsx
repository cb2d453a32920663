import { LanguageSwitch } from "@/components/shell/language-switch";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <span className="text-xl font-semibold text-accent">Beraad</span>
          <LanguageSwitch />
        </div>
      </header>
      <main id="inhoud" className="mx-auto w-full max-w-md flex-1 px-4 py-10">
        {children}
      </main>
    </div>
  );
}
