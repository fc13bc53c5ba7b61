/**
 * Force layouts come out roughly round while the canvas is wide. Stretching the picture towards the
 * canvas's aspect ratio (same area: x widened, y narrowed) lets `fit` zoom in further, so labels are
 * larger at the default zoom. The overlap pass that follows repairs what the squeeze brings together.
 */
export function aspectStretch(
  graphW: number,
  graphH: number,
  viewW: number,
  viewH: number,
  max = 1.5,
): number {
  if (graphW <= 0 || graphH <= 0 || viewW <= 0 || viewH <= 0) return 1;
  const k = Math.sqrt(viewW / viewH / (graphW / graphH));
  return Math.min(max, Math.max(1, k));
}
