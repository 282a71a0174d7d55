// Export of the current view as a PNG: sigma's layers composed onto one canvas, on a white background.

import type Sigma from 'sigma';

const LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes'];

/** Renders the view now and returns it as a PNG blob. */
export function viewToPng(renderer: Sigma<any, any>): Promise<Blob> {
  // Draw synchronously: WebGL layers keep their pixels only until the frame is composited.
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.reject(new Error('kg/explorer: no 2D canvas for the export'));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  const canvases = renderer.getCanvases();
  for (const layer of LAYERS) {
    const c = canvases[layer];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return new Promise((ok, fail) => out.toBlob((b) => (b ? ok(b) : fail(new Error('kg/explorer: PNG encoding failed'))), 'image/png'));
}

/** Saves a blob under `name` through a temporary object URL. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
