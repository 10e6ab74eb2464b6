export type Quantity = {
  amount: number;
  upTo?: number | undefined;
  unit: string;
  approximate?: boolean | undefined;
  atLeast?: boolean | undefined;
};

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

const CURRENCY: Record<string, string> = { won: "₩", "us-dollars": "US$" };
const SINGULAR: Record<string, string> = {
  pages: "page",
  chapters: "chapter",
  minutes: "minute",
  episodes: "episode",
  admissions: "admission",
  copies: "copy",
  printings: "printing",
  countries: "country",
  years: "year",
  candidates: "candidate",
};

/** "118 minutes", "47–53 minutes", "about 5 years", "over 100,000 copies", "₩8,303,965,930", "490%". */
export function formatQuantity({ amount, upTo, unit, approximate, atLeast }: Quantity): string {
  const about = atLeast ? "over " : approximate ? "about " : "";
  const range = upTo === undefined ? number.format(amount) : `${number.format(amount)}–${number.format(upTo)}`;
  const currency = CURRENCY[unit];
  if (currency !== undefined) return `${about}${currency}${range}`;
  if (unit === "percent") return `${about}${range}%`;
  const word = amount === 1 && upTo === undefined ? (SINGULAR[unit] ?? unit) : unit;
  return `${about}${range} ${word}`;
}
