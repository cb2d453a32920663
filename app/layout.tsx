import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: "Beraad", template: "%s · Beraad" },
    description: t("tagline"),
    // public/: a phone that adds Beraad to its home screen shows its own icon and name.
    manifest: "/manifest.webmanifest",
    icons: {
      icon: [{ url: "/favicon.ico", sizes: "32x32" }, { url: "/icon.svg", type: "image/svg+xml" }],
      apple: "/apple-touch-icon.png",
    },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#154273" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("app");
  // The per-request CSP nonce (proxy.ts), for the one inline style we write ourselves.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="min-h-screen font-sans antialiased">
        <noscript>
          <style nonce={nonce}>{".no-js-hidden{display:none!important}"}</style>
        </noscript>
        <a
          href="#inhoud"
          className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-accent"
        >
          {t("skipLink")}
        </a>
        {/* Only what the client components of this layout and its error page use; each page adds its own. */}
        <ClientMessages route="layout">{children}</ClientMessages>
      </body>
    </html>
  );
}
