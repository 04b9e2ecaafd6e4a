import { isUserEvent, requestsCausing, type TradeRequest } from '@/lib/pay-order/event-availability';

/** Plain geometry for the diagram: boxes, and how big an edge's label is drawn. */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** An estimate for the 11px labels: close enough for the layout to keep them apart without measuring text. */
const charWidth = 6.3;
const buttonPad = 6;
const buttonHeight = 20;
const textHeight = 16;
const gap = 2;

/** One piece of an edge's label: a button that sends a request, or the event's name as plain text. */
export interface LabelPart {
  text: string;
  request: TradeRequest | null;
  /** From the label's top-left corner. */
  box: Box;
}

/**
 * What an event's label holds, stacked: a person's event is a button per request that causes it
 * (the first reads as the event, a second one — delete — by its own name); a provider's answer is text.
 */
export function labelParts(event: string): LabelPart[] {
  if (!isUserEvent(event)) return [{ text: event, request: null, box: { x: 0, y: 0, w: event.length * charWidth + 4, h: textHeight } }];
  const requests = requestsCausing(event);
  const w = Math.max(...requests.map((r, i) => (i === 0 ? event : r).length)) * charWidth + 2 * buttonPad;
  return requests.map((request, i) => ({
    text: i === 0 ? event : request,
    request,
    box: { x: 0, y: i * (buttonHeight + gap), w, h: buttonHeight },
  }));
}

/** The label's size: its parts' common width and their stacked height. */
export function labelSize(parts: LabelPart[]): { width: number; height: number } {
  const last = parts.at(-1)!.box;
  return { width: Math.max(...parts.map((p) => p.box.w)), height: last.y + last.h };
}
