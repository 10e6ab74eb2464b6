import type { TOPICS } from "../../data/schema/headings.ts";

/** The heading each topic of facts goes under on a work page. */
export const TOPIC_HEADINGS: Record<(typeof TOPICS)[number], string> = {
  titles: "Titles",
  credits: "Credits",
  publication: "Publication",
  editions: "Editions",
  translation: "Translations",
  release: "Release",
  festivals: "Festivals and premieres",
  format: "Format",
  production: "Production",
  distribution: "Distribution",
  reception: "Reception and figures",
};
