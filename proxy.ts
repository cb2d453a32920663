import type { NextRequest } from "next/server";
import { passWithRequestId } from "@/lib/request-id";

export function proxy(request: NextRequest) {
  return passWithRequestId(request);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
