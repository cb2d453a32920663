import { parseDutchAmount, parseDutchNumber } from "@/lib/numbers/dutch";
import type { FieldSpec, Spec } from "./form-spec";

/**
 * Turns a submitted step form (flat names like "explorations.0.date") into the
 * step's data object for its zod schema. Pure, so the browser and the server
 * read a form the same way. A list row whose fields are all empty is a spare
 * row nobody filled in and is left out; any typed text keeps the row.
 */
type Flat = Record<string, FormDataEntryValue | undefined>;

function readField(field: FieldSpec, flat: Flat, path: string): unknown {
  const raw = flat[path];
  const value = typeof raw === "string" ? raw : "";
  switch (field.kind) {
    case "checkbox":
      return raw !== undefined && raw !== "" && raw !== "false";
    case "number":
    case "amount": {
      // Read the Dutch way ("25.000" is twenty-five thousand); what cannot be read goes on to validation as text.
      if (value.trim() === "") return field.nullable ? null : undefined;
      const parsed = field.kind === "amount" ? parseDutchAmount(value) : parseDutchNumber(value);
      return parsed.ok ? parsed.value : value;
    }
    case "select":
    case "radio":
      return value === "" ? (field.nullable ? null : undefined) : value;
    default:
      return value;
  }
}

function isBlankRow(fields: FieldSpec[], row: Record<string, unknown>): boolean {
  return fields.every((f) => {
    const v = row[f.name];
    if (f.kind === "select") return true; // a default choice alone is not input
    return v === "" || v === false || v === null || v === undefined;
  });
}

export function rowIndexes(flat: Flat, listName: string): number[] {
  const pattern = new RegExp(`^${listName}\\.(\\d+)\\.`);
  const found = new Set<number>();
  for (const key of Object.keys(flat)) {
    const match = pattern.exec(key);
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}

export function formToStepData(specs: Spec[], flat: Flat, newId: () => string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const spec of specs) {
    if (spec.kind === "list") {
      const rows: Record<string, unknown>[] = [];
      for (const i of rowIndexes(flat, spec.name)) {
        const row: Record<string, unknown> = {};
        for (const field of spec.fields) row[field.name] = readField(field, flat, `${spec.name}.${i}.${field.name}`);
        if (isBlankRow(spec.fields, row)) continue;
        const id = flat[`${spec.name}.${i}.id`];
        row.id = typeof id === "string" && id !== "" ? id : newId();
        rows.push(row);
      }
      data[spec.name] = rows;
    } else if (spec.kind === "group") {
      const group: Record<string, unknown> = {};
      for (const field of spec.fields) group[field.name] = readField(field, flat, `${spec.name}.${field.name}`);
      data[spec.name] = group;
    } else {
      data[spec.name] = readField(spec, flat, spec.name);
    }
  }
  return data;
}
