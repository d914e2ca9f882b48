/** Saves a blob under a file name through a temporary link; nothing leaves the browser. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

const PAINT_PROPERTIES = [
  'fill',
  'stroke',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-family',
];

/** Copies computed paint into attributes: a serialised SVG cannot resolve CSS variables. */
function inlinePaint(source: Element, copy: Element): void {
  const style = getComputedStyle(source);
  for (const property of PAINT_PROPERTIES)
    copy.setAttribute(property, style.getPropertyValue(property));
  Array.from(source.children).forEach((child, index) => {
    const twin = copy.children[index];
    if (twin) inlinePaint(child, twin);
  });
}

function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlinePaint(svg, copy);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const text = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      resolve(image);
    };
    image.onerror = () => {
      reject(new Error('the chart could not be drawn'));
    };
    image.src = url;
  });
}

/** Draws the given SVG charts side by side on the page's background into one PNG. */
export async function chartsToPng(svgs: readonly SVGSVGElement[]): Promise<Blob> {
  const images = await Promise.all(svgs.map(svgImage));
  const scale = 2;
  const gap = 16;
  const width = images.reduce((sum, image) => sum + image.width, 0) + gap * (images.length + 1);
  const height = Math.max(...images.map((image) => image.height)) + gap * 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  context.fillStyle = getComputedStyle(document.body).backgroundColor;
  context.fillRect(0, 0, width, height);
  let x = gap;
  for (const image of images) {
    context.drawImage(image, x, gap);
    x += image.width + gap;
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('the PNG could not be encoded'));
    }, 'image/png');
  });
}
