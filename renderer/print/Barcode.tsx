import { code128, drawingSVG } from 'bwip-js/generic';
import { useMemo } from 'react';

/** Width of one narrow bar: 0.33 mm (13 mil), which any handheld scanner reads from paper. */
const MODULE_PX = 1.25;

/**
 * A Code 128 barcode drawn as SVG by bwip-js, shown as an image (the page's CSP allows data: images
 * and no inline markup). It has quiet zones of its own, so it scans wherever it is placed.
 */
export function Barcode({ value, className }: { value: string; className?: string }) {
  const { src, width } = useMemo(() => {
    // scale 1: one SVG unit per module, so the view box width is the symbol's width in modules.
    const svg = code128({ bcid: 'code128', text: value, scale: 1, height: 11, paddingwidth: 10, backgroundcolor: 'FFFFFF' }, drawingSVG());
    const modules = Number(/viewBox="0 0 (\d+(?:\.\d+)?)/.exec(svg)?.[1] ?? 100);
    return { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, width: Math.round(modules * MODULE_PX) };
  }, [value]);
  return <img className={className} src={src} width={width} alt={`Barcode ${value}`} data-barcode={value} />;
}
