import type { RecognizedResponse } from '../service/responses';
import type { MessageOf } from '../messaging';
import { MAX_RECORDS } from '../validation/records';

type Recognized = MessageOf<'recognized'>;

/**
 * Sends what a page showed in messages of at most `size` records (the worker refuses more) and
 * merges the replies. Of a complete list only the last slice says 'complete', naming the codes of
 * the earlier ones, so the store does not take them for dossiers gone from the list.
 */
export async function sendInSlices(
  send: (message: Recognized) => Promise<RecognizedResponse>,
  message: Recognized,
  size: number = MAX_RECORDS,
): Promise<RecognizedResponse> {
  const { records } = message;
  if (records.length <= size) return send(message);
  let merged: RecognizedResponse | null = null;
  for (let start = 0; start < records.length; start += size) {
    const last = start + size >= records.length;
    const slice: Recognized = { ...message, records: records.slice(start, start + size), coverage: last ? message.coverage : 'partial' };
    if (last && message.coverage === 'complete') slice.listedBefore = records.slice(0, start).map((r) => r.code);
    const reply = await send(slice);
    merged = merged ? mergeReplies(merged, reply) : reply;
  }
  return merged!;
}

function mergeReplies(a: RecognizedResponse, b: RecognizedResponse): RecognizedResponse {
  return {
    inserted: a.inserted + b.inserted,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
    stale: a.stale + b.stale,
    markedUnseen: a.markedUnseen + b.markedUnseen,
    historyRows: a.historyRows + b.historyRows,
    problems: [...a.problems, ...b.problems],
    dropped: a.dropped + b.dropped,
    // The last answer's clock and settings; every slice's rows.
    now: b.now,
    rules: b.rules,
    locale: b.locale,
    stored: { ...a.stored, ...b.stored },
    ...(b.chipsVersion ? { chipsVersion: b.chipsVersion } : {}),
  };
}
