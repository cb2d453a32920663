import { Button } from "./button";
import { inputClass } from "./input-class";

export type FilterSelect = {
  /** Query-string name, also the select's id (prefixed). */
  name: string;
  label: string;
  /** The option meaning "no filter" (value ""). */
  allLabel: string;
  options: { value: string; label: string }[];
  value?: string;
};

/**
 * Filters of a list page: a plain GET form of selects, so a filtered list has its
 * own URL and works without JavaScript.
 */
export function FilterForm({ action, selects, submitLabel }: { action?: string; selects: FilterSelect[]; submitLabel: string }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-4 rounded-lg border border-line bg-white p-4">
      {selects.map((select) => (
        <div key={select.name} className="flex flex-col gap-1">
          <label htmlFor={`filter-${select.name}`} className="font-medium">
            {select.label}
          </label>
          <select id={`filter-${select.name}`} name={select.name} defaultValue={select.value ?? ""} className={inputClass()}>
            <option value="">{select.allLabel}</option>
            {select.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <Button type="submit" variant="secondary">
        {submitLabel}
      </Button>
    </form>
  );
}
