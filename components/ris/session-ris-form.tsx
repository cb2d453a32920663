"use client";

import { useTranslations } from "next-intl";
import { UrlForm } from "@/components/ris/url-form";
import type { FormAction } from "@/lib/forms/state";

/** The session's link to the raadsvoorstel or meeting in the council's information system. */
export function SessionRisForm({ action, risUrl }: { action: FormAction; risUrl: string }) {
  const t = useTranslations("ris");
  return <UrlForm action={action} id="sessie-ris-url" name="risUrl" value={risUrl} label={t("sessionUrl")} hint={t("urlHint")} saveLabel={t("save")} />;
}
