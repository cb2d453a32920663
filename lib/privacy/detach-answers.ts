import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Before a membership is deleted: ALL its answers stay, detached from the person
 * (membershipId null), whether the worksheet is open or closed. Deleting them
 * would change the counted results by exactly one person's answers, and
 * comparing the results before and after would reveal them (docs/privacy.md).
 * Detached answers keep counting in distribution, consensus and respondent
 * count; the `unpublished` mark is left as it was, so a removal never counts as
 * a change towards publication. On a named worksheet the motivation goes: it
 * was written under the person's name and would identify them.
 * Returns how many answers were detached.
 */
export async function detachAnswers(tx: Tx, membershipId: string): Promise<number> {
  const answers = await tx.roleAnswer.findMany({
    where: { membershipId },
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
