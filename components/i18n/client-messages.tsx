import type { ComponentType, ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { routeMessages, type ClientMessagesRoute, type MessageNarrowing } from "@/lib/i18n/client-messages";

/**
 * Gives the client components below it the messages its route's client components use,
 * and no others (lib/i18n/client-messages.ts). A page's provider sits inside its layout's:
 * it replaces the layout's messages for the page's own components, while the layout's
 * components keep theirs. A route whose client components use no messages has none.
 * With a narrowing, a namespace the route ships whole is cut down to this page's part.
 */
export async function ClientMessages({ route, narrowing, children }: { route: ClientMessagesRoute; narrowing?: MessageNarrowing; children: ReactNode }) {
  const messages = routeMessages(route, await getLocale(), await getMessages(), narrowing);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

/**
 * A page or layout wrapped in its ClientMessages: `export default withClientMessages("…/page", Page)`.
 * `narrow`, from the page's props, names the part of a whole namespace this request needs
 * (the step page: its own step's form, lib/preparation/form-messages.ts); without it, or
 * when it gives nothing, the route's messages as the scan lists them.
 * tests/unit/i18n/client-messages.test.ts checks every route that needs messages does this with its own id.
 */
export function withClientMessages<P extends object>(
  route: ClientMessagesRoute,
  Route: ComponentType<P> | ((props: P) => Promise<ReactNode>),
  narrow?: (props: P) => Promise<MessageNarrowing | undefined>,
) {
  const Component = Route as ComponentType<P>;
  async function WithClientMessages(props: P) {
    return (
      <ClientMessages route={route} narrowing={await narrow?.(props)}>
        <Component {...props} />
      </ClientMessages>
    );
  }
  return WithClientMessages;
}
