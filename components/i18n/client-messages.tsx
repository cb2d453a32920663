import type { ComponentType, ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { routeMessages, type ClientMessagesRoute } from "@/lib/i18n/client-messages";

/**
 * Gives the client components below it the messages its route's client components use,
 * and no others (lib/i18n/client-messages.ts). A page's provider sits inside its layout's:
 * it replaces the layout's messages for the page's own components, while the layout's
 * components keep theirs. A route whose client components use no messages has none.
 */
export async function ClientMessages({ route, children }: { route: ClientMessagesRoute; children: ReactNode }) {
  const messages = routeMessages(route, await getLocale(), await getMessages());
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

/**
 * A page or layout wrapped in its ClientMessages: `export default withClientMessages("…/page", Page)`.
 * tests/unit/i18n/client-messages.test.ts checks every route that needs messages does this with its own id.
 */
export function withClientMessages<P extends object>(route: ClientMessagesRoute, Route: ComponentType<P> | ((props: P) => Promise<ReactNode>)) {
  const Component = Route as ComponentType<P>;
  async function WithClientMessages(props: P) {
    return (
      <ClientMessages route={route}>
        <Component {...props} />
      </ClientMessages>
    );
  }
  return WithClientMessages;
}
