// The QR code on a registrant's page: it encodes the conference's check-in address with their code,
// so a coordinator who scans it lands on the check-in form with the code filled in (and confirms
// with the button: opening the address changes nothing). Rendered as SVG on the server (qrcode,
// docs/decisions/0005-qrcode.md); the page labels it, the SVG itself is hidden from assistive tech.
import QRCode from "qrcode";

export async function checkInQrSvg(url: string, size = 180): Promise<string> {
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return svg
    .replace(/^<\?xml[^>]*>\s*/, "")
    .replace("<svg ", `<svg width="${size}" height="${size}" aria-hidden="true" focusable="false" `);
}
