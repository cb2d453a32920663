"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (the page's print CSS makes it an A4 run sheet). */
export function PrintButton({ label }: { label: string }) {
  return <Button type="button" onClick={() => window.print()}>{label}</Button>;
}
