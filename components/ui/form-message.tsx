import type { FormState } from "@/lib/forms/state";
import { Notice } from "./notice";

/** The form-level message of a FormState, in a live region that is always present. */
export function FormMessage({ state, success }: { state: FormState<object>; success?: React.ReactNode }) {
  return (
    <div aria-live="polite">
      {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      {state.status === "success" && (success ?? state.message) && <Notice tone="success">{success ?? state.message}</Notice>}
    </div>
  );
}
