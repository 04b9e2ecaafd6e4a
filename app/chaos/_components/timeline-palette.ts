/** The plot's colours, read from the page's own palette (globals.css, chaos-timeline.css) so the canvas and the key below it agree, in either theme. */
export interface TimelinePalette {
  consistent: string;
  converging: string;
  stuck: string;
  frozen: string;
  faultWindow: string;
  faultText: string;
  sweep: string;
  reconcile: string;
  ink: string;
  grid: string;
  backing: string;
  font: string;
}

export function timelinePalette(el: Element): TimelinePalette {
  // The palette's values are light-dark() pairs, which a canvas cannot read: a probe's computed
  // colour is the one the page paints in its current theme.
  const probe = el.appendChild(document.createElement('span'));
  const v = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const palette = {
    consistent: v('--ok'),
    converging: v('--warn'),
    stuck: v('--bad'),
    frozen: v('--provider'),
    faultWindow: v('--timeline-fault-window'),
    faultText: v('--bad'),
    sweep: v('--muted'),
    reconcile: v('--ink'),
    ink: v('--ink'),
    grid: v('--line'),
    backing: v('--panel'),
    font: getComputedStyle(el).getPropertyValue('--font').trim(),
  };
  probe.remove();
  return palette;
}
