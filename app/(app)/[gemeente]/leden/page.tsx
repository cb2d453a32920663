import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/members/invite-form";
import { MemberActions } from "@/components/members/member-actions";
import { ErasePersonForm } from "@/components/privacy/erase-person-form";
import { MinimumGroupSizeForm } from "@/components/privacy/minimum-group-size-form";
import { RetentionForm } from "@/components/privacy/retention-form";
import { OriBaseUrlForm } from "@/components/ris/ori-base-url-form";
import { saveOriBaseUrlAction } from "@/lib/ris/actions";
import { oriBaseUrl } from "@/lib/ris/ris";
import { AddFractieForm, DeleteFractieButton, MemberFractieForm } from "@/components/fracties/fractie-forms";
import { FailedMailList } from "@/components/mail/failed-mail-list";
import { can } from "@/lib/auth/permissions";
import { retryMailAction } from "@/lib/mail/actions";
import { failedMail } from "@/lib/mail/failed-mail";
import { requireActor } from "@/lib/auth/session";
import { createFractieAction, deleteFractieAction, setMemberFractieAction } from "@/lib/fracties/actions";
import { listFracties } from "@/lib/fracties/fracties";
import { changeRoleAction, inviteMemberAction, removeMemberAction } from "@/lib/members/actions";
import { listMembers } from "@/lib/members/list-members";
import { erasePersonAction, runRetentionAction, saveMinimumGroupSizeAction, saveRetentionAction } from "@/lib/privacy/actions";
import { privacySettings } from "@/lib/privacy/retention";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("members") };
}

type Done = { gewist?: string; losgekoppeld?: string; verwijderd?: string };

/** After an erasure or a removal the action redirects here with what happened (no personal data in the URL). */
function doneMessage(search: Done): { key: "privacy.erasedWithAccount" | "privacy.erasedKeptAccount" | "members.removed"; detached: number } | null {
  if (search.verwijderd === "lid") return { key: "members.removed", detached: 0 };
  if (search.gewist !== "account" && search.gewist !== "lid") return null;
  const detached = Math.max(0, Math.min(1_000_000, Number.parseInt(search.losgekoppeld ?? "0", 10) || 0));
  return { key: search.gewist === "account" ? "privacy.erasedWithAccount" : "privacy.erasedKeptAccount", detached };
}

async function MembersPage({ params, searchParams }: {
  params: Promise<{ gemeente: string }>;
  searchParams: Promise<Done>;
}) {
  const { gemeente } = await params;
  const done = doneMessage(await searchParams);
  const actor = await requireActor(gemeente, "members.manage");
  const [{ members, invitations }, retention, fracties, outbox, ori] = await Promise.all([listMembers(actor), privacySettings(actor), listFracties(actor), failedMail(actor), oriBaseUrl(actor)]);
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-semibold">{t("members.title", { gemeente: actor.gemeenteName })}</h1>
        <p className="mt-2 text-muted">{t("members.intro")}</p>
      </div>
      {done && <Notice tone="success">{t(done.key, { detached: done.detached })}</Notice>}

      <Card id="leden-lijst" title={t("members.listTitle")}>
        <ul className="divide-y divide-line">
          {members.map((member) => {
            const name = member.name ?? member.email;
            return (
              <li key={member.id} className="grid gap-3 py-4 md:grid-cols-[1fr_auto]">
                <div>
                  <p className="font-medium">
                    {name} {member.id === actor.membershipId && <span className="text-muted">{t("members.you")}</span>}
                  </p>
                  <p className="text-sm text-muted">{member.email}</p>
                  <p className="text-sm">{t(`roles.${member.role}`)}</p>
                  {can(member.role, "fracties.belong") && fracties.length > 0 && (
                    <div className="mt-2">
                      <MemberFractieForm membershipId={member.id} memberName={name} fractieId={member.fractieId} fracties={fracties} action={setMemberFractieAction.bind(null, gemeente)} />
                    </div>
                  )}
                </div>
                <div className="flex flex-col gap-2">
                  <MemberActions
                    member={{ id: member.id, name, role: member.role }}
                    gemeenteName={actor.gemeenteName}
                    changeRole={changeRoleAction.bind(null, gemeente)}
                    remove={removeMemberAction.bind(null, gemeente)}
                  />
                  <a href={`/${gemeente}/leden/${member.id}/gegevens.json`} download className="flex min-h-11 items-center text-accent underline">
                    {t("privacy.exportFor", { name })}
                  </a>
                  {member.id !== actor.membershipId && (
                    <ErasePersonForm member={{ id: member.id, name }} gemeenteName={actor.gemeenteName} action={erasePersonAction.bind(null, gemeente)} />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </Card>

      <div className="grid gap-8 lg:grid-cols-2">
        <Card id="uitnodigen" title={t("members.inviteTitle")}>
          <p className="mb-4 text-sm text-muted">{t("members.inviteIntro")}</p>
          <InviteForm action={inviteMemberAction.bind(null, gemeente)} />
        </Card>
        <Card id="openstaand" title={t("members.pendingTitle")}>
          {invitations.length === 0 ? (
            <p className="text-muted">{t("members.pendingNone")}</p>
          ) : (
            <ul className="divide-y divide-line">
              {invitations.map((inv) => (
                <li key={inv.id} className="py-2">
                  <p className="font-medium">{inv.email}</p>
                  <p className="text-sm text-muted">
                    {t(`roles.${inv.role}`)} · {t("members.expires", { date: format.dateTime(inv.expiresAt, { dateStyle: "long" }) })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <Card id="mail-niet-aangekomen" title={t("outbox.title")}>
        <FailedMailList mails={outbox.failed} pending={outbox.pending} action={retryMailAction.bind(null, gemeente)} />
      </Card>

      <Card id="fracties" title={t("fracties.title")}>
        <p className="mb-4 text-sm text-muted">{t("fracties.intro")}</p>
        {fracties.length === 0 ? (
          <p className="mb-4 text-muted">{t("fracties.none")}</p>
        ) : (
          <ul className="mb-4 divide-y divide-line">
            {fracties.map((f) => (
              <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{f.name}</span> <span className="text-sm text-muted">({t("fracties.members", { count: f._count.members })})</span>
                </span>
                <DeleteFractieButton fractieId={f.id} name={f.name} action={deleteFractieAction.bind(null, gemeente)} />
              </li>
            ))}
          </ul>
        )}
        <AddFractieForm action={createFractieAction.bind(null, gemeente)} />
      </Card>

      <Card id="groepsgrootte" title={t("privacy.minimumGroupSizeTitle")}>
        <p className="mb-4 text-sm text-muted">{t("privacy.minimumGroupSizeIntro")}</p>
        <MinimumGroupSizeForm k={retention.minimumGroupSize} save={saveMinimumGroupSizeAction.bind(null, gemeente)} />
      </Card>

      <Card id="bewaartermijn" title={t("privacy.retentionTitle")}>
        <p className="mb-4 text-sm text-muted">{t("privacy.retentionIntro")}</p>
        <RetentionForm
          months={retention.months}
          due={retention.due}
          save={saveRetentionAction.bind(null, gemeente)}
          run={runRetentionAction.bind(null, gemeente)}
        />
      </Card>

      <Card id="open-raadsinformatie" title={t("ris.baseUrlTitle")}>
        <p className="mb-4 text-sm text-muted">{t("ris.baseUrlIntro")}</p>
        <OriBaseUrlForm action={saveOriBaseUrlAction.bind(null, gemeente)} oriBaseUrl={ori} />
      </Card>
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/leden/page", MembersPage);
