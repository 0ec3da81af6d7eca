import { useEffect, useRef } from 'react';
import { QrCode } from './QrCode';

/**
 * The share link's QR code as large as the screen allows, to scan from a projector or a
 * board: the page shows only this until closed (the link itself is far too long to type;
 * it stays on the share page to copy), and goes full screen where the browser lets it. "Print this QR code" prints it alone, 15 cm wide.
 */
export function QrScreen({ title, link, onClose }: { title: string; link: string; onClose: () => void }) {
  const screen = useRef<HTMLElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    onClose();
  };
  return (
    <section className="qr-screen" ref={screen} aria-labelledby="qr-screen-title">
      <h1 id="qr-screen-title">{title}</h1>
      <div className="actions">
        <button type="button" ref={close} onClick={leave} aria-keyshortcuts="Escape">
          Close
        </button>
        <button
          type="button"
          onClick={() => {
            // Not every browser (or an iframe) allows full screen: the large view is enough then.
            screen.current?.requestFullscreen?.().catch(() => {});
          }}
        >
          Full screen
        </button>
        <button type="button" onClick={() => window.print()}>
          Print this QR code
        </button>
      </div>
      <p>Scan with a phone's camera to open the assignment in Muster.</p>
      <QrCode text={link} label={`QR code of the link to ${title}`} />
    </section>
  );
}
