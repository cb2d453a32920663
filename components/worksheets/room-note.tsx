import { getTranslations } from "next-intl/server";
import { RoomForInput } from "@/components/council-sessions/room-for-input";
import { Notice } from "@/components/ui/notice";
import type { WorksheetRoom } from "@/lib/worksheets/room";

/**
 * Beside the worksheet: what others can influence, and plainly when nothing is. Raadsleden
 * read it as those who choose the council's role ("council"); guests as those whose input is
 * asked ("participants").
 */
export async function RoomNote({ room, audience }: { room: WorksheetRoom; audience: "council" | "participants" }) {
  const t = await getTranslations("worksheet.room");
  const prefix = audience === "council" ? "council" : "guest";
  return (
    <>
      {room.note && (
        <Notice tone="warning">
          <p>{t(`${prefix}.${room.note}`)}</p>
        </Notice>
      )}
      <details className="rounded-md border border-line bg-white p-3">
        <summary className="min-h-11 cursor-pointer py-2 font-medium text-accent">{t("show")}</summary>
        <div className="mt-2">
          <RoomForInput data={room.data} audience={audience} />
        </div>
      </details>
    </>
  );
}
