import { z } from "@/lib/validation/zod";

export const commitmentSchema = z.object({
  who: z.string().trim().min(2, "Vul in wie de toezegging doet.").max(200, "Hoogstens 200 tekens."),
  what: z.string().trim().min(3, "Vul in wat er is toegezegd.").max(1000, "Hoogstens 1000 tekens."),
  toWhom: z.string().trim().max(200, "Hoogstens 200 tekens.").default(""),
  dueDate: z.iso.date({ error: "Vul een geldige datum in." }),
});

export const commitmentDoneSchema = z.object({ commitmentId: z.string().min(1), done: z.enum(["true", "false"]).transform((v) => v === "true") });

export type CommitmentInput = z.infer<typeof commitmentSchema>;
