"use client";

import { signOutToSignIn } from "@/lib/auth/sign-out";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("app");
  return (
    <button
      type="button"
      onClick={() => void signOutToSignIn()}
      className="min-h-11 rounded-md px-3 py-2 text-accent underline hover:bg-accent-soft"
    >
      {t("signOut")}
    </button>
  );
}
