import { z } from "@/lib/validation/zod";

export const email = z
  .string({ error: "Vul uw e-mailadres in." })
  .trim()
  .toLowerCase()
  .min(1, "Vul uw e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .pipe(z.email("Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl."));

export const signInSchema = z.object({
  email,
  password: z.string({ error: "Vul uw wachtwoord in." }).min(1, "Vul uw wachtwoord in.").max(200, "Dit wachtwoord is te lang."),
});

export const personName = z
  .string({ error: "Vul uw naam in." })
  .trim()
  .min(2, "Vul uw naam in (minstens 2 tekens).")
  .max(120, "Uw naam mag hoogstens 120 tekens hebben.");

export type SignInInput = z.infer<typeof signInSchema>;
