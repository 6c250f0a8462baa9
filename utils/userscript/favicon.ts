/**
 * The favicon dot: the portal's icon with a coloured dot in the corner when dossiers need action.
 * Drawing goes through the few 2D-context calls below, so it is tested without a canvas.
 */
export interface DotCanvas {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  beginPath(): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  fill(): void;
  stroke(): void;
}

/** Bottom-right, about a third of the icon, inside the edge so the white ring shows. */
export function dotGeometry(size: number): { x: number; y: number; r: number; ring: number } {
  const r = Math.round(size * 0.19);
  const ring = Math.max(1, Math.round(size / 16));
  return { x: size - r - ring, y: size - r - ring, r, ring };
}

export function paintDot(ctx: DotCanvas, size: number, color: string): void {
  const { x, y, r, ring } = dotGeometry(size);
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = color;
  ctx.fill();
  ctx.lineWidth = ring;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
}
