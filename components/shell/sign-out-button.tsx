"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("app");
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/inloggen" })}
      className="min-h-11 rounded-md px-3 py-2 text-accent underline hover:bg-accent-soft"
    >
      {t("signOut")}
    </button>
  );
}
