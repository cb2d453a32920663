import { getTranslations } from "next-intl/server";
import type { RsvpAnswer } from "@/lib/generated/prisma/enums";

export type Attendance = {
  invitationsSentAt: Date | null;
  people: { membershipId: string; name: string; answer: RsvpAnswer | null }[];
  totals: { komt: number; niet: number; misschien: number; open: number };
};

/** Who comes, who does not, who may, and who has not answered: for griffier and facilitator. */
export async function AttendanceList({ attendance }: { attendance: Attendance }) {
  const t = await getTranslations("sessionInvitations");
  return (
    <div className="flex flex-col gap-2">
      {attendance.invitationsSentAt && <p className="text-sm text-muted">{t("lastSent", { date: attendance.invitationsSentAt })}</p>}
      <h3 className="font-medium">{t("attendance")}</h3>
      {attendance.people.length === 0 ? (
        <p className="text-muted">{t("noParticipants")}</p>
      ) : (
        <>
          <p>{t("summary", attendance.totals)}</p>
          <table className="w-full text-left text-sm" data-testid="attendance">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-2 font-medium">{t("name")}</th>
                <th scope="col" className="py-1 font-medium">{t("answer")}</th>
              </tr>
            </thead>
            <tbody>
              {attendance.people.map((person) => (
                <tr key={person.membershipId} className="border-b border-line last:border-0">
                  <td className="py-1 pr-2">{person.name}</td>
                  <td className={`py-1 ${person.answer ? "" : "text-muted"}`}>{person.answer ? t(`answers.${person.answer}`) : t("noAnswer")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
