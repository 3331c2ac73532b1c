import type { ReactNode } from "react";

/** A comparison table's header row: the row headings' column, then a column per country. */
export function CountryHead({
  first,
  countries,
}: {
  first?: ReactNode;
  countries: { key: string; name: string }[];
}) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {countries.map((c) => (
          <th key={c.key} scope="col">
            {c.name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
