"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { signInWithSso } from "@/lib/auth/client";

/** "Inloggen met …": single sign-on through the configured OpenID Connect provider. Shown only when configured. */
export function SsoButton({ providerId, name, returnTo }: { providerId: string; name: string; returnTo: string }) {
  const t = useTranslations("signIn");
  const [busy, setBusy] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      className="w-full"
      pending={busy}
      onClick={() => {
        setBusy(true);
        void signInWithSso(providerId, returnTo);
      }}
    >
      {t("sso", { name })}
    </Button>
  );
}
