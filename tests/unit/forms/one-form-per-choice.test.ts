import { describe, expect, it } from "vitest";
import { read, SOURCES } from "@/tests/support/source-files";

// Buttons that share an action share one form (README: "One form pattern"): the pressed
// button's name=value is the choice. React renders ~500 bytes of hidden action fields into
// every form whose action is a server action, so a form per mapped button (a round, a
// command, a status) made signed-in pages heavy (issue 17). This scan keeps the pattern out:
// a list that needs a form per item with its own state renders an item component instead.

/** `.map((x) => (<form` or `.map((x, i) => <form`: a form made per element, inline. */
const FORM_PER_ELEMENT = /\.map\(\s*\(?[\w\s,{}]*\)?\s*=>\s*\(?\s*<form\b/;

const ui = () => SOURCES.filter((file) => file.endsWith(".tsx"));

describe("one form per choice", () => {
  it("recognises a form per mapped button (guards against a broken scan)", () => {
    const before = `{[...LIVE_ROUNDS, "GEEN" as const].map((round) => (\n  <form key={round} action={setRound}>\n    <input type="hidden" name="round" value={round} />`;
    expect(FORM_PER_ELEMENT.test(before)).toBe(true);
    expect(FORM_PER_ELEMENT.test(`commands.map((command, i) => <form key={command} action={act}>`)).toBe(true);
    expect(FORM_PER_ELEMENT.test(`<form action={setRound}>{rounds.map((round) => (\n  <Button key={round} name="round" value={round}>`)).toBe(false);
    expect(ui().length).toBeGreaterThan(50);
  });

  it("no component renders a form per element of a list inline", () => {
    expect(ui().filter((file) => FORM_PER_ELEMENT.test(read(file)))).toEqual([]);
  });
});
