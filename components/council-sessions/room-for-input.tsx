import { getTranslations } from "next-intl/server";
import { roomForInputStatement } from "@/lib/preparation/rendering";
import type { StepData } from "@/lib/preparation/schemas";
import { Card } from "@/components/ui/card";

/** Step 5 in plain language for participants: what you can and cannot influence. */
export async function RoomForInput({ data }: { data: StepData<5> }) {
  const t = await getTranslations("preparation");
  const items = roomForInputStatement(data);
  return (
    <Card id="ruimte" title={t("roomForInput.heading")}>
      <dl className="flex flex-col gap-3">
        {items.map((item) => (
          <div key={item.dimension} className={`border-l-4 pl-3 ${item.canInfluence ? "border-ok" : "border-gray-400"}`}>
            <dt className="font-medium">{t(`dimensions.${item.dimension}`)}</dt>
            <dd>
              {t(item.key as "roomForInput.unknown", item.params as { dimension: string })}
              {item.explanation && <span className="block text-muted">{item.explanation}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
