"use client";

import { useTranslations } from "next-intl";
import { UrlForm } from "@/components/ris/url-form";
import type { FormAction } from "@/lib/forms/state";

/** The beheerder's setting: the gemeente's Open Raadsinformatie-compatible API ("" switches the lookup off). */
export function OriBaseUrlForm({ action, oriBaseUrl }: { action: FormAction; oriBaseUrl: string }) {
  const t = useTranslations("ris");
  return <UrlForm action={action} id="ori-base-url" name="oriBaseUrl" value={oriBaseUrl} label={t("baseUrl")} hint={t("baseUrlHint")} saveLabel={t("baseUrlSave")} />;
}
