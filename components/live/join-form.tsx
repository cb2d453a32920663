import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** A plain GET form: works without JavaScript, and the QR code uses the same URL. */
export async function JoinForm({ defaultCode, error }: { defaultCode?: string; error: string | null }) {
  const t = await getTranslations("live");
  return (
    <form method="get" action="/meedoen" className="flex flex-col gap-4">
      <Field
        name="code"
        label={t("codeLabel")}
        hint={t("codeHint")}
        defaultValue={defaultCode}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="min-h-14 w-full rounded-md border border-muted bg-white px-3 py-2 font-mono text-3xl tracking-widest uppercase"
        errors={error ? [error] : undefined}
        required
      />
      <Button type="submit">{t("join")}</Button>
    </form>
  );
}
