import { idSchema } from "@/lib/validation/ids";
import { z } from "@/lib/validation/zod";

/** The preparation group form: the chosen raadsleden (membership ids, checkboxes named "members"). */
export const preparationGroupSchema = z.object({
  members: z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(idSchema).max(200)),
});
