import { useTranslations } from 'next-intl';
import type { TradeView } from '@/app/_shared/lab-api';
import { LaneDiagram } from '@/app/_shared/sequence-diagram/lane-diagram';
import { layoutLanes } from '@/app/_shared/sequence-diagram/lane-layout';
import { tradeStory } from '@/app/_shared/trade/trade-story';
import { useStoryWords } from '@/app/_shared/ui/words';

/** A schedule's trade, told in one line and drawn as the lab's sequence diagram: both services' events, in time order. */
export function ScheduleStory({ story }: { story: TradeView | undefined }) {
  // A schedule whose create never logged its request leaves no trade to tell.
  const t = useTranslations('explore.story');
  const words = useStoryWords();
  if (!story) return <p className="muted">{t('none')}</p>;
  const layout = layoutLanes(story, words);
  return (
    <div className="explore-story">
      <p className="muted">{t('head', { id: story.id, story: tradeStory(story, words) })}</p>
      <LaneDiagram tradeId={story.id} rows={layout.rows} step={layout.steps.length} />
    </div>
  );
}
