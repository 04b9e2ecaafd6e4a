import { useTranslations } from 'next-intl';
import './lab-nav.css';

const pages = [
  { href: '/', key: 'explorer' },
  { href: '/matrix', key: 'matrix' },
  { href: '/chaos', key: 'chaos' },
  { href: '/explore', key: 'explore' },
  { href: '/api', key: 'api' },
] as const;

export type LabPage = (typeof pages)[number]['href'];

/** The lab's places: watch one trade, run every case of the note, run thousands at random, walk every schedule within a bound — and the API they all use. */
export function LabNav({ current }: { current: LabPage | null }) {
  const t = useTranslations('nav');
  return (
    <nav className="lab-nav" aria-label={t('label')}>
      {pages.map((p) => (
        <a key={p.href} href={p.href} aria-current={p.href === current ? 'page' : undefined}>
          {t(p.key)}
        </a>
      ))}
    </nav>
  );
}
