"use client";

import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { initialFormState, type FormAction, type FormResult, type FormState } from "@/lib/forms/state";

export type AutosavePhase = "idle" | "unsaved" | "saving" | "offline";

type Stored = [string, string][];

/**
 * The one autosave of every autosaving form (the worksheet's answer card, a preparation
 * step). What it promises: nothing typed is lost on flaky Wi-Fi.
 *
 * - Every change is kept on the device at once (localStorage, under `storageKey`) and
 *   sent a moment after typing stops, or at once with `saveNow`.
 * - A send that does not reach the server (offline, a dropped connection) stays on the
 *   device, the phase says "offline" (shown as "niet bewaard"), and it is sent again every
 *   few seconds and as soon as the browser is back online. After a reload, input that was
 *   never saved is put back into the form and sent again.
 * - The server's answer (success or refusal) is the form's state; on success the kept
 *   copy is removed.
 * - Without JavaScript the form posts to the same server action (`formAction`), so its
 *   answer arrives as `state` on the re-rendered page.
 */
export function useAutosave<D extends object = FormResult>({ action, storageKey, delayMs = 1200, enabled = true, ready }: {
  action: FormAction<D>;
  /** Unique per form and person-independent data (e.g. session + actor). */
  storageKey: string;
  delayMs?: number;
  /** False pauses autosave (read-only, a conflict the user must resolve). */
  enabled?: boolean;
  /** Whether a form's content is worth sending on its own (e.g. a rung is chosen); an on-purpose save always sends. */
  ready?: (data: FormData) => boolean;
}) {
  const [serverState, formAction, serverPending] = useActionState(action, initialFormState);
  const [own, setOwn] = useState<FormState<D> | null>(null);
  const [phase, setPhase] = useState<AutosavePhase>("idle");
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retry = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const latest = useRef<FormState<D>>(initialFormState);
  // The retry and the follow-up send call the current `send` through this ref (it cannot name itself).
  const sendAgain = useRef<() => Promise<void>>(async () => {});

  const read = useCallback((): Stored | null => {
    try {
      const raw = window.localStorage.getItem(storageKey);
      return raw ? (JSON.parse(raw) as Stored) : null;
    } catch {
      return null;
    }
  }, [storageKey]);

  const keep = useCallback(() => {
    if (!form.current) return;
    const entries = [...new FormData(form.current)].filter((e): e is [string, string] => typeof e[1] === "string");
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(entries));
    } catch {
      // A full or blocked storage: the send below still goes out.
    }
  }, [storageKey]);

  const send = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    if (retry.current) clearTimeout(retry.current);
    const stored = read();
    if (!stored) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setPhase("saving");
    const data = new FormData();
    for (const [k, v] of stored) data.append(k, v);
    try {
      const result = await action(latest.current, data);
      latest.current = result;
      setOwn(result);
      // Only what was sent is cleared: input typed meanwhile stays kept and goes next.
      if (JSON.stringify(read()) === JSON.stringify(stored) && result.status === "success") window.localStorage.removeItem(storageKey);
      setPhase(read() ? "unsaved" : "idle");
    } catch {
      setPhase("offline");
      retry.current = setTimeout(() => void sendAgain.current(), 4000);
    } finally {
      inFlight.current = false;
    }
    if (again.current) {
      again.current = false;
      void sendAgain.current();
    }
  }, [action, read, storageKey]);

  useEffect(() => {
    sendAgain.current = send;
  }, [send]);

  /** After a change: keep it on the device, send it a moment later. */
  const schedule = useCallback(() => {
    if (!enabled || !form.current) return;
    keep();
    setPhase((p) => (p === "offline" ? p : "unsaved"));
    if (ready && !ready(new FormData(form.current))) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void send(), delayMs);
  }, [enabled, keep, ready, send, delayMs]);

  /** A save on purpose (the button): at once, whatever `ready` says. */
  const saveNow = useCallback(() => {
    if (!form.current) return;
    keep();
    void send();
  }, [keep, send]);

  // Input kept from an earlier visit that never reached the server: back into the form, and sent.
  useEffect(() => {
    const stored = read();
    if (!stored || !form.current || !enabled) return;
    for (const [name, value] of stored) {
      for (const field of form.current.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="${CSS.escape(name)}"]`)) {
        if (field instanceof HTMLInputElement && (field.type === "radio" || field.type === "checkbox")) field.checked = field.value === value;
        else if (field instanceof HTMLInputElement && field.type === "hidden") continue;
        else field.value = value;
      }
    }
    void send();
  }, [read, send, enabled]);

  useEffect(() => {
    const online = () => void send();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      if (timer.current) clearTimeout(timer.current);
      if (retry.current) clearTimeout(retry.current);
    };
  }, [send]);

  return { form, state: own ?? serverState, formAction, phase: serverPending ? "saving" : phase, schedule, saveNow };
}
