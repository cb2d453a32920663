import type { Bar, Block, Outline } from "@/lib/report/outline";

/** A chart block as on the PDF: horizontal bars, lighter for the ones the outline marks, with its alternative text. */
function BarChart({ alt, bars }: { alt: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const labelWidth = 200;
  const barWidth = 260;
  const rowHeight = 34;
  return (
    <svg role="img" aria-label={alt} viewBox={`0 0 ${labelWidth + barWidth + 60} ${rowHeight * bars.length}`} className="w-full max-w-md">
      {bars.map((bar, i) => {
        const width = Math.max((bar.value / max) * barWidth, 2);
        const y = i * rowHeight;
        return (
          <g key={i}>
            <text x={0} y={y + 23} fontSize="15" fill="#1a1a1a">
              {bar.label.length > 24 ? `${bar.label.slice(0, 23)}…` : bar.label}
            </text>
            <rect x={labelWidth} y={y + 6} width={width} height={24} rx={3} fill={bar.light ? "#7b96b8" : "#154273"} />
            <text x={labelWidth + width + 6} y={y + 23} fontSize="15" fill="#1a1a1a">
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Text that may carry a web address: the address becomes a link (the PDF prints it). */
function Linked({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} className="break-all text-accent underline" rel="noreferrer">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

function BlockView({ block, id }: { block: Block; id: string }) {
  switch (block.kind) {
    case "h1":
      return <h1 className="text-3xl font-semibold">{block.text}</h1>;
    case "h2":
      return (
        <h2 id={id} className="mt-2 text-2xl font-semibold">
          {block.text}
        </h2>
      );
    case "h3":
      return <h3 className="font-semibold">{block.text}</h3>;
    case "p":
      return (
        <p className="whitespace-pre-line">
          <Linked text={block.text} />
        </p>
      );
    case "list":
      return (
        <ul className="list-disc pl-6">
          {block.items.map((item, i) => (
            <li key={i}>
              <Linked text={item} />
            </li>
          ))}
        </ul>
      );
    case "table":
      return (
        // A wide table scrolls sideways on a phone: the region takes keyboard focus so it can be scrolled without a mouse.
        <div className="overflow-x-auto print:overflow-visible" role="region" tabIndex={0} aria-label={block.header.join(", ")}>
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr>
                {block.header.map((cell, i) => (
                  <th key={i} scope="col" className="border-b-2 border-line px-2 py-1 align-bottom font-semibold">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r} className="break-inside-avoid">
                  {row.map((cell, i) => (
                    <td key={i} className="whitespace-pre-line border-b border-line px-2 py-1 align-top">
                      <Linked text={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case "chart":
      return <BarChart alt={block.alt} bars={block.bars} />;
  }
}

/** Some blocks of an outline (one section's content), for a page that frames the section itself. */
export function Blocks({ blocks, idPrefix }: { blocks: Block[]; idPrefix: string }) {
  return (
    <>
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} id={`${idPrefix}-${i}`} />
      ))}
    </>
  );
}

/**
 * An outline (lib/report/outline.ts: the verslag, the draaiboek) as HTML: the
 * same blocks the PDF and the Word file draw, so the web page cannot say
 * something else. The first section is the document's head; each other one a
 * <section> named by its heading.
 */
export function OutlineView({ outline, idPrefix, sectionClassName = "flex flex-col gap-3" }: { outline: Outline; idPrefix: string; sectionClassName?: string }) {
  return (
    <>
      {outline.sections.map((blocks, s) => {
        const headingIndex = blocks.findIndex((b) => b.kind === "h2");
        const headingId = `${idPrefix}-${s}`;
        const content = blocks.map((block, i) => <BlockView key={i} block={block} id={i === headingIndex ? headingId : `${headingId}-${i}`} />);
        return s === 0 ? (
          <header key={s} className="flex flex-col gap-2">
            {content}
          </header>
        ) : (
          <section key={s} aria-labelledby={headingIndex >= 0 ? headingId : undefined} className={sectionClassName}>
            {content}
          </section>
        );
      })}
    </>
  );
}
