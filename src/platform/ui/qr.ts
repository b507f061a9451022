// QR codes as inline SVG, rendered on the server (docs/decisions/0005-qrcode.md): no script, no
// canvas. The caller labels it (role="img" + aria-label on a wrapper): the SVG itself is hidden from
// assistive technology. Used by meeting check-in (labs) and conference check-in.

// qrcode is loaded on the first code drawn, not at start-up.
const loadQrcode = () => import("qrcode");
let qrcode: ReturnType<typeof loadQrcode> | undefined;

/** The SVG markup of a QR code for `text` (error correction M, one module of quiet zone). */
export async function qrSvg(text: string, size = 200): Promise<string> {
  qrcode ??= loadQrcode();
  const { default: QRCode } = await qrcode;
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  // A fixed size in attributes (no inline style: strict CSP).
  return svg
    .replace(/^<\?xml[^>]*>\s*/, "")
    .replace("<svg ", `<svg width="${size}" height="${size}" aria-hidden="true" focusable="false" `);
}
