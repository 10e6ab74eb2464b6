export type Precision = "year" | "month" | "day";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** How precisely a partial date ("2019", "2019-06", "2019-06-28") is known. */
export function precisionOf(date: string): Precision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** Writes a partial date with exactly the precision it has: "2019", "June 2019", "28 June 2019". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split("-");
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
