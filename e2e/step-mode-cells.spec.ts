import { expect, test, type Page } from '@playwright/test';
import type { CaseCell, CaseNumber } from '@/lib/note/case-cell';
import { caseMatrix, cellName, quadrantOfPair } from '@/lib/note/case-matrix';
import type { Strategy } from '@/lib/strategies/catalog';
import { callFor } from '@/lib/trade/operations';
import { createByClicks, openStepping, pageRequest, play, resetLab, sidesOf, tradeOf, wire, type Move } from './step-mode-wire';

test.use({ viewport: { width: 1280, height: 900 } });

/**
 * Each flow's messages, in the order it holds them with local commits held too. V1: the step
 * inside its transaction before the call, the call, its commit. V2: the intent's commit, the
 * step after it (where a crash would strike), the call, and the commit that records the result.
 * V3: every message is held — the TM's to the coordinator, the pay branch's Try, the trade
 * branch's local Try and the step after it (where the TM could crash before it commits), the
 * commit, and the coordinator's phase 2 to the pay branch, then to the trade branch.
 */
const clean: Record<Strategy, readonly Move[]> = {
  v1: [
    ['local', 'Commit'],
    ['call', 'Deliver'],
    ['local', 'Commit'],
  ],
  v2: [
    ['local', 'Commit'],
    ['local', 'Commit'],
    ['call', 'Deliver'],
    ['local', 'Commit'],
  ],
  v3: [
    tc('begin'),
    tc('register'),
    ['call', 'Deliver'],
    tc('register'),
    ['local', 'Commit'],
    ['local', 'Commit'],
    tc('commit'),
    tc('confirm'),
    tc('confirm'),
  ],
};

/**
 * The note's cases played by hand, each the fault DESIGN's case matrix names, on one message:
 * 2 — V1 the provider rejects, V2 the intent's commit fails; 3 — the request is lost (V1 assumes
 * success); 4 — the provider executes, then the local commit fails.
 */
/** V3's messages that are not the operation's own call: to the coordinator, and its phase 2 (`confirm` or `cancel` to each branch). */
function tc(carries: 'begin' | 'register' | 'commit' | 'rollback' | 'confirm' | 'cancel'): Move {
  return ['call', 'Deliver', carries];
}

const moves: Record<Strategy, Record<CaseNumber, readonly Move[]>> = {
  v1: {
    1: clean.v1,
    2: [
      ['local', 'Commit'],
      ['call', 'Provider rejects'],
    ],
    3: [
      ['local', 'Commit'],
      ['call', 'Lose request'],
      ['local', 'Commit'],
    ],
    4: [
      ['local', 'Commit'],
      ['call', 'Deliver'],
      ['local', 'Fail'],
    ],
  },
  v2: {
    1: clean.v2,
    2: [['local', 'Fail']],
    3: [
      ['local', 'Commit'],
      ['local', 'Commit'],
      ['call', 'Lose request'],
      ['local', 'Commit'],
    ],
    4: [
      ['local', 'Commit'],
      ['local', 'Commit'],
      ['call', 'Deliver'],
      ['local', 'Fail'],
    ],
  },
  v3: {
    1: clean.v3,
    2: [tc('begin'), tc('register'), ['call', 'Provider rejects'], tc('rollback'), tc('cancel')],
    3: [tc('begin'), tc('register'), ['call', 'Lose request'], tc('rollback'), tc('cancel')],
    4: [tc('begin'), tc('register'), ['call', 'Deliver'], tc('register'), ['local', 'Fail'], tc('rollback'), tc('cancel'), tc('cancel')],
  },
};

/**
 * The note's "retry", as the recovery worker sends it: V2 re-sends what the mirror owes; V1
 * re-sends a create's try from the committed row, and repeats a confirm or delete whole. (V3's
 * cells are all ideal: the coordinator's phase 2 is played with the flow's own messages.)
 */
const retry = (cell: CaseCell<Strategy>): readonly Move[] => {
  if (cell.strategy === 'v2')
    return [
      ['call', 'Deliver'],
      ['local', 'Commit'],
    ];
  return cell.op === 'create' ? [['call', 'Deliver']] : clean.v1;
};

const modifyButton = { confirm: 'Confirm', delete: 'Delete' } as const;

test.beforeEach(async ({ request }) => resetLab(request));

async function pickStrategy(page: Page, strategy: Strategy) {
  const button = page.getByRole('group', { name: 'Strategy' }).getByRole('button', { name: new RegExp(`^${strategy.toUpperCase()}`) });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  // Case 3 is V1 guessing: the note's table has it assume success.
  await page.getByLabel('V1 on unknown').selectOption('assume-success');
}

/** Plays the cell's operation by clicks; the trade it is about. */
async function playCell(page: Page, cell: CaseCell<Strategy>): Promise<string> {
  const amount = '10.00'; // not a scenario amount: only the clicks decide
  if (cell.op === 'create') return (await createByClicks(page, amount, moves[cell.strategy][cell.case])).id;
  const { id, status } = await createByClicks(page, amount, clean[cell.strategy]);
  expect(status).toBe(201);
  const actions = page.getByRole('group', { name: `Actions on trade ${id}` });
  const button = actions.getByRole('button', { name: modifyButton[cell.op], exact: true });
  await expect(button).toBeEnabled();
  const answer = pageRequest(page, cell.op === 'delete' ? 'DELETE' : 'POST', new RegExp(`^/api/trades/${id}(/confirm)?$`));
  await button.click();
  // While the operation waits on the wire the page stays usable: the wire is there to act on.
  await play(page, callFor[cell.op], moves[cell.strategy][cell.case]);
  await answer;
  return id;
}

for (const cell of caseMatrix) {
  const repaired = cell.verdict === 'repaired by retry';
  test(`${cellName(cell)}, played on the wire by clicks: ${cell.after.join(', ')} → ${cell.retried.join(', ')} (${cell.verdict})`, async ({
    page,
    request,
  }) => {
    await openStepping(page, true);
    await pickStrategy(page, cell.strategy);
    const id = await playCell(page, cell);

    // Right after the flow, both sides as the note's table has them.
    expect(await sidesOf(request, id)).toEqual(cell.after);
    expect((await tradeOf(request, id)).quadrant).toBe(quadrantOfPair(cell.after));

    // The note's retry: recovery's messages come onto the wire by themselves, and are played like any other.
    if (repaired) await play(page, callFor[cell.op], retry(cell));
    await expect.poll(() => sidesOf(request, id)).toEqual(cell.retried);
    const settled = await tradeOf(request, id);
    expect(settled.consistent).toBe(cell.verdict !== 'not repairable');
    expect(settled.quadrant).toBe(quadrantOfPair(cell.retried));
    // Nothing more is owed, so nothing more waits on the wire.
    await expect(wire(page).locator('[data-held-id]')).toHaveCount(0);
  });
}
