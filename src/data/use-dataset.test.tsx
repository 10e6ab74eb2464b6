import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { DATA_FILE_NAMES } from "./data-files.ts";
import { readDataset } from "./data-on-disk.ts";
import { useDataset } from "./use-dataset.ts";

test("useDataset gives the same object on every render until a file changes", async () => {
  const client = new QueryClient();
  const data = readDataset();
  for (const name of DATA_FILE_NAMES) client.setQueryData(["data", name], data[name]);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result, rerender } = renderHook(() => useDataset(), { wrapper });
  const first = result.current;
  rerender();
  expect(result.current).toBe(first);
  // A changed file (an equal one keeps its object: the query cache shares what did not change).
  client.setQueryData(["data", "awards"], { ...data.awards, awards: data.awards.awards.slice(1) });
  await waitFor(() => expect(result.current).not.toBe(first));
  expect(result.current.works).toBe(first.works);
});
