/**
 * The colours the page paints now for some of its palette's variables. The palette's values are
 * light-dark() pairs, which a canvas or a web component's attributes cannot read: a probe's
 * computed colour is the one of the current theme.
 */
export function paintedColours<K extends string>(el: Element, variables: Record<K, string>): Record<K, string> {
  const probe = el.appendChild(document.createElement('span'));
  const colours = {} as Record<K, string>;
  for (const [key, variable] of Object.entries(variables) as [K, string][]) {
    probe.style.color = `var(${variable})`;
    colours[key] = getComputedStyle(probe).color;
  }
  probe.remove();
  return colours;
}
