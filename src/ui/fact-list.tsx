import type { Fact } from "../data/schema/fact.ts";
import { ClaimView } from "./claim-view.tsx";
import { FactValue } from "./fact-value.tsx";

type Value = Extract<Fact, { value: unknown }>["value"];

const dateOf = (value: Value) => (value.type === "date" ? value.date : undefined);

/** Facts as a definition list: label, then the claim with its sources. Each fact can be linked to. */
export function FactList({ facts, compact = false }: { facts: Fact[]; compact?: boolean }) {
  return (
    <dl className="divide-y divide-slate-200">
      {facts.map((fact) => (
        <div
          key={fact.id}
          id={compact ? undefined : `fact-${fact.id}`}
          className={`grid gap-1 py-2 ${compact ? "" : "sm:grid-cols-[14rem_1fr] sm:gap-4"}`}
        >
          <dt className="font-semibold text-slate-800">{fact.label}</dt>
          <dd>
            <ClaimView claim={fact} render={(value) => <FactValue value={value} />} dateOf={dateOf} compact={compact} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
