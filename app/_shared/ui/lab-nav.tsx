import './lab-nav.css';

const pages = [
  { href: '/', name: 'Explorer' },
  { href: '/matrix', name: 'Matrix' },
  { href: '/chaos', name: 'Chaos' },
  { href: '/explore', name: 'Explore' },
  { href: '/api', name: 'API' },
] as const;

export type LabPage = (typeof pages)[number]['href'];

/** The lab's places: watch one trade, run every case of the note, run thousands at random, walk every schedule within a bound — and the API they all use. */
export function LabNav({ current }: { current: LabPage | null }) {
  return (
    <nav className="lab-nav" aria-label="Lab">
      {pages.map((p) => (
        <a key={p.href} href={p.href} aria-current={p.href === current ? 'page' : undefined}>
          {p.name}
        </a>
      ))}
    </nav>
  );
}
