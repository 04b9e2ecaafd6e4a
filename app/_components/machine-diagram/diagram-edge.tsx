import { useTranslations } from 'next-intl';
import { requestEvents, type TradeRequest, type UserEvent } from '@/lib/pay-order/event-availability';
import { labelParts } from './diagram-geometry';
import type { EdgeLayout } from './diagram-layout';
import { EventButton } from './event-button';
import { refusalWords, type ButtonRefusal } from './refusal-words';

/** What the diagram's buttons ask and do: the machine's answer for an edge, and the request to send. */
export interface EdgeActions {
  /** Would the machine take `event` along the transition out of `source`, from where it stands now? Null if so, else why not. */
  availability: (event: UserEvent, source: string) => ButtonRefusal | null;
  send: (request: TradeRequest) => void;
}

const placed = (edge: EdgeLayout) =>
  labelParts(edge.event).map((part) => ({ ...part, box: { ...part.box, x: edge.label.x + part.box.x, y: edge.label.y + part.box.y } }));

/**
 * One transition as a picture: its routed path and, for a provider's answer, its label as text;
 * `nonce` restarts the animation on each new step. A person's event gets its buttons from `EdgeButtons`.
 */
export function DiagramEdge({ edge, nonce }: { edge: EdgeLayout; nonce: number | undefined }) {
  return (
    <g
      className="edge"
      data-edge={`${edge.source}->${edge.target}`}
      data-event={edge.event}
      data-animating={nonce !== undefined ? 'true' : 'false'}
    >
      <path key={nonce ?? 'idle'} d={edge.path} markerEnd="url(#arrow)" />
      {placed(edge)
        .filter((part) => !part.request)
        .map(({ text, box }) => (
          <text key={text} className="answer" x={box.x + box.w / 2} y={box.y + box.h / 2}>
            {text}
          </text>
        ))}
    </g>
  );
}

/** The buttons on a person's event's edge, where the layout placed its label: one per request that causes it. */
export function EdgeButtons({ edge, animating, actions }: { edge: EdgeLayout; animating: boolean; actions: EdgeActions }) {
  const t = useTranslations('dashboard.diagram');
  const refusal = useTranslations('dashboard.diagram.refusal');
  return placed(edge).map(({ text, request, box }) => {
    const refused = request && actions.availability(requestEvents[request], edge.source);
    return request ? (
      <EventButton
        key={text}
        text={text}
        source={edge.source}
        box={box}
        animating={animating}
        refusal={refused ? refusalWords(refusal, refused) : null}
        // What each request is, in the words of the action buttons beside the diagram.
        sends={t(`sends.${request}`)}
        onPress={() => actions.send(request)}
      />
    ) : null;
  });
}
