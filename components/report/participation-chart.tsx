/** Who took part per group (step 8), usual suspects in the lighter colour; the PDF draws the same bars. */
export function ParticipationChart({ participants, alt }: { participants: { id: string; group: string; count: number; usualSuspect: boolean }[]; alt: string }) {
  const max = Math.max(1, ...participants.map((p) => p.count));
  const labelWidth = 200;
  const barWidth = 260;
  const rowHeight = 34;
  return (
    <svg role="img" aria-label={alt} viewBox={`0 0 ${labelWidth + barWidth + 60} ${rowHeight * participants.length}`} className="w-full max-w-md">
      {participants.map((p, i) => {
        const width = Math.max((p.count / max) * barWidth, 2);
        const y = i * rowHeight;
        return (
          <g key={p.id}>
            <text x={0} y={y + 23} fontSize="15" fill="#1a1a1a">
              {p.group.length > 24 ? `${p.group.slice(0, 23)}…` : p.group}
            </text>
            <rect x={labelWidth} y={y + 6} width={width} height={24} rx={3} fill={p.usualSuspect ? "#7b96b8" : "#154273"} />
            <text x={labelWidth + width + 6} y={y + 23} fontSize="15" fill="#1a1a1a">
              {p.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
