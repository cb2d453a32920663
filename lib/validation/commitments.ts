import { z } from "@/lib/validation/zod";

const optionalDate = z.union([z.literal(""), z.iso.date({ error: "Vul een geldige datum in." })]).default("");

export const commitmentSchema = z
  .object({
    who: z.string().trim().min(2, "Vul in wie de toezegging doet.").max(200, "Hoogstens 200 tekens."),
    what: z.string().trim().min(3, "Vul in wat er is toegezegd.").max(1000, "Hoogstens 1000 tekens."),
    toWhom: z.string().trim().max(200, "Hoogstens 200 tekens.").default(""),
    dueDate: z.iso.date({ error: "Vul een geldige datum in." }),
    /** When and where it was made: the meeting (e.g. "commissie Samenleving"). */
    madeOn: optionalDate,
    madeAt: z.string().trim().max(200, "Hoogstens 200 tekens.").default(""),
  })
  .refine((c) => c.madeOn === "" || c.madeOn <= c.dueDate, { path: ["dueDate"], message: "De termijn kan niet vóór de datum liggen waarop is toegezegd." });

/** Settling (afgedaan, with how) or reopening (with why) a commitment. */
export const commitmentDoneSchema = z
  .object({
    commitmentId: z.string().min(1),
    done: z.enum(["true", "false"]).transform((v) => v === "true"),
    note: z.string().trim().max(1000, "Hoogstens 1000 tekens.").default(""),
  })
  .refine((c) => !c.done || c.note !== "", { path: ["note"], message: "Schrijf op hoe de toezegging is afgedaan, bijvoorbeeld: raadsinformatiebrief van 3 maart." });

export type CommitmentInput = z.infer<typeof commitmentSchema>;
