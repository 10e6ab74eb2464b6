import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { BrowserRouter } from "react-router";
import { Layout } from "./layout.tsx";
import { AppRoutes } from "./routes.tsx";
import { BASENAME, KeptQueryProvider } from "../url-state/kept-query.tsx";

/** The app in the browser. The build renders the same `<Layout>` and routes ahead of time (prerender.tsx). */
export function App({ client }: { client: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      {/* Synchronous router updates: inputs and checkboxes bound to the URL must not lag or drop keys (docs/decisions). */}
      <BrowserRouter basename={BASENAME} useTransitions={false}>
        <KeptQueryProvider>
          <Layout>
            <AppRoutes />
          </Layout>
        </KeptQueryProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
