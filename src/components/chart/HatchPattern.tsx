/** SVG pattern for replicated layers; used in the charts and the legend swatch. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" fill="var(--seg-vocab)" />
      <line x1="0" y1="0" x2="0" y2="6" stroke="var(--seg-vocab-hatch)" strokeWidth="2.5" />
    </pattern>
  );
}
