// The floor the benchmark compares Parallels with: the four mandated libraries rendering a 40-row table from JSON.
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Route, Routes } from "react-router";

type Row = { id: number; name: string; value: string };

function Table() {
  const { data } = useQuery({
    queryKey: ["rows"],
    queryFn: async (): Promise<Row[]> => (await fetch("/rows.json")).json(),
  });
  if (!data) return <p>Loading…</p>;
  return (
    <main>
      <h1>Rows</h1>
      <table data-timing="table">
        <thead>
          <tr>
            <th>Id</th>
            <th>Name</th>
            <th>Value</th>
          </tr>
        </thead>
        <tbody>
          {data.map((row) => (
            <tr key={row.id}>
              <td>{row.id}</td>
              <td>{row.name}</td>
              <td>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

const client = new QueryClient();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <BrowserRouter>
        <Routes>
          <Route path="*" element={<Table />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
