import { useEffect, useRef } from 'preact/hooks';

/**
 * Mounts a chart made by Observable Plot (an SVG or figure element) and
 * replaces it when `render` changes. The caption is the chart's accessible name.
 */
export function PlotFigure(props: { render: (width: number) => Element; caption: string; deps: readonly unknown[] }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (element === null) return;
    const width = Math.max(280, Math.min(element.clientWidth || 640, 900));
    const chart = props.render(width);
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', props.caption);
    element.replaceChildren(chart);
    return () => element.replaceChildren();
  }, props.deps);
  return (
    <figure class="chart">
      <div ref={host} />
      <figcaption>{props.caption}</figcaption>
    </figure>
  );
}
