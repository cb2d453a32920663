import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

// The expected decision for every role and permission, written out by hand so a
// change to the matrix has to be made twice, on purpose.
const EXPECTED: Record<Role, Permission[]> = {
  BEHEERDER: ["gemeente.view", "members.manage", "audit.view", "sessions.view", "sessions.prepare", "steps.edit", "library.view", "library.attach", "library.manage", "learning.view"],
  GRIFFIER: ["gemeente.view", "audit.view", "sessions.view", "sessions.prepare", "steps.edit", "sessions.run", "sessions.review", "cases.contribute", "library.view", "library.attach", "learning.view", "values.rank", "values.rankAnyFractie", "reminders.preparation"],
  FACILITATOR: ["gemeente.view", "sessions.view", "sessions.run", "sessions.review", "library.view", "learning.view"],
  RAADSLID: ["gemeente.view", "sessions.view", "steps.edit", "worksheets.answer", "cases.contribute", "library.view", "learning.view", "fracties.belong", "values.rank"],
};

describe("can()", () => {
  for (const [role, allowed] of Object.entries(EXPECTED) as [Role, Permission[]][]) {
    for (const permission of ALL_PERMISSIONS) {
      const expected = allowed.includes(permission);
      it(`${role} ${expected ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(expected);
      });
    }
  }

  it("only a beheerder manages people", () => {
    const managers = (Object.keys(EXPECTED) as Role[]).filter((role) => can(role, "members.manage"));
    expect(managers).toEqual(["BEHEERDER"]);
  });
});
