import { getTranslations } from "next-intl/server";
import { roomForInputStatement, type RoomAudience } from "@/lib/preparation/rendering";
import type { StepData } from "@/lib/preparation/schemas";
import { Card } from "@/components/ui/card";

/**
 * Step 5 in plain language. Raadsleden read what residents and partners can influence (the
 * council weighs and decides); guests read it addressed to them ("participants").
 */
export async function RoomForInput({ data, audience }: { data: StepData<5>; audience: RoomAudience }) {
  const t = await getTranslations("preparation");
  const items = roomForInputStatement(data, audience);
  return (
    <Card id="ruimte" title={t(audience === "council" ? "roomForInput.council.heading" : "roomForInput.heading")}>
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
