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

/** One transition: its routed path and its label; `nonce` restarts the animation on each new step. */
export function DiagramEdge({ edge, nonce, actions }: { edge: EdgeLayout; nonce: number | undefined; actions: EdgeActions }) {
  const { label } = edge;
  const parts = labelParts(edge.event);
  return (
    <g
      className="edge"
      data-edge={`${edge.source}->${edge.target}`}
      data-event={edge.event}
      data-animating={nonce !== undefined ? 'true' : 'false'}
    >
      <path key={nonce ?? 'idle'} d={edge.path} markerEnd="url(#arrow)" />
      {parts.map(({ text, request, box }) => {
        const at = { ...box, x: label.x + box.x, y: label.y + box.y };
        return request ? (
          <EventButton
            key={text}
            text={text}
            source={edge.source}
            box={at}
            availability={actions.availability(requestEvents[request], edge.source)}
            sends={sends[request]}
            onPress={() => actions.send(request)}
          />
        ) : (
          <text key={text} className="answer" x={at.x + at.w / 2} y={at.y + at.h / 2}>
            {text}
          </text>
        );
      })}
    </g>
  );
}
