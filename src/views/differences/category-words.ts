import type { ElementCategory } from "../../data/schema/vocabularies.ts";

const CATEGORY_WORDS: Record<ElementCategory, string> = {
  structure: "Structure",
  characters: "Characters",
  plot: "Plot",
  setting: "Settings",
  music: "Music",
  motif: "Motifs",
  theme: "Themes",
  "point-of-view": "Point of view",
  production: "Production",
};

export function categoryWord(category: ElementCategory): string {
  return CATEGORY_WORDS[category];
}
