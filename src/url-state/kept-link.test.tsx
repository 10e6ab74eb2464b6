import { act, fireEvent, render, screen } from "@testing-library/react";
import { useEffect } from "react";
import { MemoryRouter, useLocation, useNavigate, type NavigateFunction } from "react-router";
import { KeptLink } from "./kept-link.tsx";
import { KeptQueryProvider } from "./kept-query.tsx";

// Counts the link's renders: it reads the global parameters once per render.
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock("./kept-query.tsx", async (original) => {
  const real = await original<typeof import("./kept-query.tsx")>();
  return {
    ...real,
    useKeptQuery: () => {
      reads.count++;
      return real.useKeptQuery();
    },
  };
});

const router: { navigate: NavigateFunction } = { navigate: () => undefined };
function Address() {
  const navigate = useNavigate();
  useEffect(() => {
    router.navigate = navigate;
  });
  const { pathname, search, hash } = useLocation();
  return <output aria-label="address">{`${pathname}${search}${hash}`}</output>;
}

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <KeptQueryProvider>
        <Address />
        <KeptLink to={{ route: "sources", hash: "source-n1" }}>source</KeptLink>
      </KeptQueryProvider>
    </MemoryRouter>,
  );
}

describe("KeptLink", () => {
  it("carries the global parameters, not the view's own", () => {
    renderAt("/differences?names=hangul&q=seoul&progress=novel:2");
    expect(screen.getByRole("link", { name: "source" })).toHaveAttribute(
      "href",
      "/sources?names=hangul&progress=novel%3A2#source-n1",
    );
  });

  it("follows a plain click inside the app, and leaves a modified click to the browser", () => {
    renderAt("/differences?names=both");
    const link = screen.getByRole("link", { name: "source" });
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(screen.getByRole("status", { name: "address" })).toHaveTextContent("/differences?names=both");
    expect(fireEvent.click(link)).toBe(false);
    expect(screen.getByRole("status", { name: "address" })).toHaveTextContent("/sources?names=both#source-n1");
  });

  it("redraws when a global parameter changes, not when the view's own filter does", () => {
    renderAt("/differences");
    const before = reads.count;
    act(() => void router.navigate("/differences?q=s"));
    act(() => void router.navigate("/differences?q=se"));
    expect(reads.count).toBe(before);
    act(() => void router.navigate("/differences?q=se&names=hangul"));
    expect(screen.getByRole("link", { name: "source" })).toHaveAttribute("href", "/sources?names=hangul#source-n1");
    expect(reads.count).toBe(before + 1);
  });
});
