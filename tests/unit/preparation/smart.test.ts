import { describe, expect, it } from "vitest";
import { looksLikeSmartTarget } from "@/lib/preparation/smart";

describe("looksLikeSmartTarget", () => {
  it.each([
    "In 2027 zijn er 500 extra woningen",
    "20% minder jongeren in de jeugdzorg",
    "Tien procent minder zwerfafval",
    "Vóór de zomer ligt er een plan",
    "Uiterlijk eind volgend jaar een nieuw loket",
    "€ 2 miljoen voor groen in de wijken",
    "50.000 euro voor buurtinitiatieven",
    "Voor 1 juli een nieuw jongerencentrum",
    "Binnen drie maanden een besluit over de sporthal",
    "De wachtlijst halveren",
    "3x per jaar overleg met de corporaties",
  ])("flags %j", (line) => {
    expect(looksLikeSmartTarget(line)).toBe(true);
  });

  it.each([
    "Meer ruimte voor initiatieven van inwoners",
    "Zorg dichtbij huis, voor iedereen",
    "Samen met partners werken aan een veilige buurt",
    "Voor jongeren is er een plek om te sporten",
    "Voorkomen is beter dan genezen",
    "Fase 2 van het project samen met de wijk",
    "Voor het eerst samen met inwoners",
    "",
    "   ",
  ])("does not flag %j", (line) => {
    expect(looksLikeSmartTarget(line)).toBe(false);
  });
});
