import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { BrowserRouter } from "react-router";
import { Layout } from "./layout.tsx";
import { createQueryClient, prefetchAllData } from "./query-client.ts";
import { AppRoutes } from "./routes.tsx";

export function App() {
  const [client] = useState(() => {
    const created = createQueryClient();
    prefetchAllData(created);
    return created;
  });
  return (
    <QueryClientProvider client={client}>
      {/* Synchronous router updates: inputs and checkboxes bound to the URL must not lag or drop keys (docs/decisions). */}
      <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, "") || "/"} useTransitions={false}>
        <Layout>
          <AppRoutes />
        </Layout>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
