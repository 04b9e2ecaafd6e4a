import { useTranslations } from 'next-intl';
import type { CaseMatrixRun } from '@/app/_shared/lab-api';
import { LaneDiagram } from '@/app/_shared/sequence-diagram/lane-diagram';
import { layoutLanes } from '@/app/_shared/sequence-diagram/lane-layout';
import { useStoryWords } from '@/app/_shared/ui/words';
import { quadrantOfPair } from '@/lib/note/case-matrix';
import { useCaseWords } from './case-names';

type CaseResult = CaseMatrixRun['cells'][number];

/** One cell told in full: what the note expects, what the lab saw, and the trade's sequence diagram. */
export function CaseStory({ result }: { result: CaseResult }) {
  const t = useTranslations();
  const words = useCaseWords();
  const storyWords = useStoryWords();
  const { cell, trade } = result;
  const layout = layoutLanes(trade, storyWords);
  const rows = [
    { when: t('matrix.story.afterFlow'), expected: cell.after, seen: result.after },
    { when: t(`matrix.retried.${cell.strategy}.story`), expected: cell.retried, seen: result.retried },
  ];
  return (
    <section className="panel case-story" aria-labelledby="case-story-title" data-cell={`${cell.op}-${cell.strategy}-${cell.case}`}>
      <h2 id="case-story-title">
        {words.name(cell)} · {words.cause(cell)}{' '}
        <span className="muted">{t('matrix.story.scratchTrade', { id: trade.id, verdict: words.verdict(cell.verdict) })}</span>
      </h2>
      <p className="case-why">{words.why(cell)}</p>
      <table className="case-compare">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('matrix.story.expects')}</th>
            <th scope="col">{t('matrix.story.saw')}</th>
            <th scope="col">{t('matrix.story.quadrant')}</th>
            <th scope="col">{t('matrix.story.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.when}>
              <th scope="row">{r.when}</th>
              <td>{words.pair(r.expected)}</td>
              <td className={words.pair(r.expected) === words.pair(r.seen.pair) ? undefined : 'error'}>{words.pair(r.seen.pair)}</td>
              <td>
                <span className={`chip quadrant-${r.seen.quadrant}`}>{t(`quadrants.${r.seen.quadrant}`)}</span>
                {r.seen.quadrant !== quadrantOfPair(r.expected) && (
                  <span className="error">{t('matrix.story.expected', { quadrant: t(`quadrants.${quadrantOfPair(r.expected)}`) })}</span>
                )}
              </td>
              <td className={`verdict-${r.seen.verdict}`}>{t(`verdicts.${r.seen.verdict}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.mismatches.length > 0 && (
        <ul className="case-mismatches" aria-label={t('matrix.story.departs')}>
          {result.mismatches.map((m) => (
            <li key={m} className="error">
              {m}
            </li>
          ))}
        </ul>
      )}
      <LaneDiagram tradeId={trade.id} rows={layout.rows} step={layout.steps.length} />
    </section>
  );
}
