import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Before a membership is deleted: its answers on CLOSED worksheets stay, detached
 * from the person (membershipId null), so the results of a finished session keep
 * their meaning (same distribution, consensus and respondent count). On a named
 * worksheet the motivation goes too: it was written under the person's name and
 * would identify them. Answers on worksheets still open or in concept are left
 * linked and disappear with the membership (the person no longer takes part).
 * Returns how many answers were detached.
 */
export async function detachClosedAnswers(tx: Tx, membershipId: string): Promise<number> {
  const answers = await tx.roleAnswer.findMany({
    where: { membershipId, worksheet: { state: "GESLOTEN" } },
    select: { id: true, worksheetId: true, worksheet: { select: { anonymous: true } } },
  });
  if (answers.length === 0) return 0;
  const worksheetIds = [...new Set(answers.map((a) => a.worksheetId))];
  // Counted before detaching: afterwards nothing says which detached answers were one person's.
  await tx.roleWorksheet.updateMany({ where: { id: { in: worksheetIds } }, data: { detachedRespondents: { increment: 1 } } });
  const named = answers.filter((a) => !a.worksheet.anonymous).map((a) => a.id);
  if (named.length > 0) await tx.roleAnswer.updateMany({ where: { id: { in: named } }, data: { motivation: "" } });
  await tx.roleAnswer.updateMany({ where: { id: { in: answers.map((a) => a.id) } }, data: { membershipId: null } });
  return answers.length;
}
