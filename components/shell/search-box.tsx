/** The one search box: a plain GET form, so results have a URL and work without JavaScript. */
export function SearchBox({ action, label, button, defaultValue = "" }: { action: string; label: string; button: string; defaultValue?: string }) {
  return (
    <form role="search" action={action} method="get" className="mb-2 flex items-center gap-2">
      <label htmlFor="zoekterm" className="sr-only">
        {label}
      </label>
      <input
        id="zoekterm"
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        className="min-h-11 w-48 rounded-md border border-muted px-3 py-2 sm:w-64"
      />
      <button type="submit" className="inline-flex min-h-11 items-center rounded-md border border-accent bg-white px-3 py-2 font-medium text-accent hover:bg-accent-soft">
        {button}
      </button>
    </form>
  );
}
