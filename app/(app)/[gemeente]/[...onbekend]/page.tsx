import { notFound } from "next/navigation";

/** Any other path inside a gemeente: the signed-in "niet gevonden" (../not-found.tsx), with the app's navigation. */
export default function UnknownPage(): never {
  notFound();
}
