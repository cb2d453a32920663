import { getTranslations } from "next-intl/server";
import type { CardView } from "@/lib/library/card-view";

/** For whom a card is, and at which preparation steps it helps. */
export async function CardTags({ card }: { card: Pick<CardView, "audiences" | "steps"> }) {
  const t = await getTranslations("library");
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
      <div className="flex flex-wrap gap-1">
        <dt className="font-medium">{t("for")}:</dt>
        <dd>{card.audiences.map((a) => t(`audience.${a}`)).join(", ")}</dd>
      </div>
      <div className="flex flex-wrap gap-1">
        <dt className="font-medium">{t("steps")}:</dt>
        <dd>{card.steps.map((n) => t("stepShort", { number: n })).join(", ")}</dd>
      </div>
    </dl>
  );
}
