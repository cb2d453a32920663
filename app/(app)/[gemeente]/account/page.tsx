import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/password-forms";
import { Card } from "@/components/ui/card";
import { requireActor, requireUser } from "@/lib/auth/session";
import { changePasswordAction } from "@/lib/passwords/actions";
import { ReminderSettingsForm } from "@/components/reminders/reminder-settings-form";
import { saveReminderSettingsAction } from "@/lib/reminders/actions";
import { reminderSettings } from "@/lib/reminders/settings";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwords.account"))("title") };
}

/** The signed-in person's own account: who they are signed in as, and changing the password. */
async function AccountPage({ params }: { params: Promise<{ gemeente: string }> }) {
  const { gemeente } = await params;
  await requireActor(gemeente);
  const user = await requireUser();
  const [t, tr, reminders] = await Promise.all([getTranslations("passwords"), getTranslations("reminders.settings"), reminderSettings(user.id)]);
  return (
    <div className="flex max-w-xl flex-col gap-8">
      <div>
        <h1 className="text-3xl font-semibold">{t("account.title")}</h1>
        <p className="mt-2 text-muted">{t("account.signedInAs", { name: user.name ?? user.email, email: user.email })}</p>
      </div>
      <Card id="wachtwoord-wijzigen" title={t("change.title")}>
        <p className="mb-4 text-muted">{t("change.intro")}</p>
        <ChangePasswordForm action={changePasswordAction.bind(null, gemeente)} />
      </Card>
      <Card id="herinneringen" title={tr("title")}>
        <p className="mb-4 text-muted">{tr("intro")}</p>
        <ReminderSettingsForm settings={reminders} action={saveReminderSettingsAction.bind(null, gemeente)} />
      </Card>
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/account/page", AccountPage);
