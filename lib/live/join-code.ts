import crypto from "node:crypto";

// No 0/O, 1/I/L: a code read off a projector at the back of a council chamber.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  const bytes = crypto.randomBytes(JOIN_CODE_LENGTH);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
}

/** What people type: case and spaces do not matter. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, "");
}
