import { lazy, Suspense, useState } from "react";
import { useLocation } from "react-router";
import { CopyLinkButton } from "../ui/copy-link-button.tsx";
import { publicAddress } from "../url-state/public-address.ts";
import { useGlobalParam } from "../url-state/use-global-param.ts";

const QrCode = lazy(() => import("../ui/qr-code.tsx"));

/** The Share menu: the exact current link to copy, the system's share sheet where there is one, a QR code. */
export default function ShareChoices() {
  const { pathname, search } = useLocation();
  const address = publicAddress(pathname, search);
  const [qr, setQr] = useState(false);
  const [notes, setNotes] = useGlobalParam("notes");
  const canShare = typeof navigator.share === "function";
  return (
    <>
      <p className="text-sm">This link opens this view exactly as it is now, filters and all.</p>
      <label className="mt-2 flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={notes === "off"}
          onChange={(event) => setNotes(event.target.checked ? "off" : "on", { replace: true })}
        />
        <span>Leave out the content note (for a class that has already been told)</span>
      </label>
      <p className="mt-2">
        <CopyLinkButton href={address} />
      </p>
      {canShare ? (
        <button
          type="button"
          onClick={() => void navigator.share({ title: document.title, url: address }).catch(() => undefined)}
          className="mt-2 rounded border border-slate-500 px-2 py-1 text-sm"
        >
          Share…
        </button>
      ) : null}
      <button
        type="button"
        aria-expanded={qr}
        onClick={() => setQr(!qr)}
        className="mt-2 block rounded border border-slate-500 px-2 py-1 text-sm"
      >
        {qr ? "Hide the QR code" : "Show a QR code"}
      </button>
      {qr ? (
        <Suspense fallback={<p>Drawing the QR code…</p>}>
          <div className="mt-2">
            <QrCode text={address} label="QR code of this view's address" />
          </div>
        </Suspense>
      ) : null}
    </>
  );
}
