// QR codes as inline SVG, rendered on the server (docs/decisions/0005-qrcode.md): no script, no canvas.
import QRCode from "qrcode";

/** The SVG markup of a QR code for `text` (error correction M, one module of quiet zone). */
export async function qrSvg(text: string, size = 200): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  // The caller labels it (role="img" + aria-label on a wrapper): the SVG itself is hidden from
  // assistive technology. A fixed size in attributes (no inline style: strict CSP).
  return svg
    .replace(/^<\?xml[^>]*>\s*/, "")
    .replace("<svg ", `<svg width="${size}" height="${size}" aria-hidden="true" focusable="false" `);
}
