"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { MainContent } from "@/components/shell/main-content";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <MainContent className="mx-auto max-w-xl px-4 py-16">
      <h1 className="mb-4 text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="mb-6">{t("unexpected")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </MainContent>
  );
}
