/** Only paths inside this app are followed after sign-in (no open redirect). */
export function safeReturnPath(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}
