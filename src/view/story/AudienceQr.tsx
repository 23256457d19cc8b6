import encodeQR from '@paulmillr/qr';
import './audienceQr.css';

/**
 * The story's link for the class, as a QR code and as text. Drawn as SVG squares from the code's
 * modules (no markup from the library is injected), with a quiet zone of four modules.
 */
export const AudienceQr = ({ link }: { link: string }) => {
  const modules = encodeQR(link, 'raw', { ecc: 'medium' });
  const size = modules.length + 8;
  return (
    <figure className="audience-qr">
      <svg
        viewBox={`0 0 ${size} ${size}`}
        width={168}
        height={168}
        role="img"
        aria-label={`QR code of ${link}`}
        shapeRendering="crispEdges"
      >
        <rect width={size} height={size} fill="#fff" />
        {modules.flatMap((row, y) =>
          row.map((on, x) =>
            on ? <rect key={`${x},${y}`} x={x + 4} y={y + 4} width={1} height={1} /> : null,
          ),
        )}
      </svg>
      <figcaption>
        <a href={link}>{link}</a>
        <br />
        Follow on your own device: no account needed. Your screen does not follow the lecturer's; move through
        the steps yourself.
      </figcaption>
    </figure>
  );
};
export default AudienceQr;
