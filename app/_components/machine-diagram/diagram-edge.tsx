import { requestEvents, type Availability, type TradeRequest, type UserEvent } from '@/lib/pay-order/event-availability';
import { labelParts } from './diagram-geometry';
import type { EdgeLayout } from './diagram-layout';
import { EventButton } from './event-button';

/** What the diagram's buttons ask and do: the machine's answer for an edge, and the request to send. */
export interface EdgeActions {
  /** Would the machine take `event` along the transition out of `source`, from where it stands now? */
  availability: (event: UserEvent, source: string) => Availability;
  send: (request: TradeRequest) => void;
}

/** What each request is, in the words of the action buttons beside the diagram. */
const sends: Record<TradeRequest, string> = {
  confirm: "Sends the Confirm button's request: POST /api/trades/:id/confirm",
  cancel: "Sends the Cancel button's request: POST /api/trades/:id/cancel",
  delete: "Sends the Delete button's request (an expired, unconfirmed trade): DELETE /api/trades/:id — to the machine a cancel.requested",
};

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
  return placed(edge).map(({ text, request, box }) =>
    request ? (
      <EventButton
        key={text}
        text={text}
        source={edge.source}
        box={box}
        animating={animating}
        availability={actions.availability(requestEvents[request], edge.source)}
        sends={sends[request]}
        onPress={() => actions.send(request)}
      />
    ) : null,
  );
}
