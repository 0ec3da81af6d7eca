import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** What fits in a QR code at the lowest error correction (version 40, bytes). */
const QR_MAX_BYTES = 2953;

/**
 * A QR code drawn as SVG squares (no HTML strings), with the text itself beside it in the
 * caller's page. Too long a text gets a sentence instead of a code no phone could read.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const bytes = new TextEncoder().encode(text).length;
  const cells = useMemo(() => {
    if (bytes > QR_MAX_BYTES) return null;
    const qr = qrcode(0, 'L');
    qr.addData(text, 'Byte');
    qr.make();
    const size = qr.getModuleCount();
    const dark: string[] = [];
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) if (qr.isDark(row, col)) dark.push(`M${col} ${row}h1v1h-1z`);
    }
    return { size, path: dark.join('') };
  }, [text, bytes]);
  if (!cells) {
    return (
      <p className="muted">
        This is too long for a QR code ({bytes} characters; a QR code holds {QR_MAX_BYTES}). Share the link or
        the file instead.
      </p>
    );
  }
  const quiet = 4;
  const box = cells.size + quiet * 2;
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
      <path d={cells.path} fill="#000" />
    </svg>
  );
}
