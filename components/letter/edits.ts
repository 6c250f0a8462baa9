/**
 * Reads the officer's in-place edits back from the preview frame (render/html.ts with
 * `editable`), so the DOCX, the copied text and the recorded body say what the printout says.
 */
import type { LetterDocument, LetterField, Run } from '../../utils/letters/types';

/**
 * Node kinds are told by `nodeType`, never `instanceof`: the preview's nodes belong to the frame's
 * document, whose `Element` is not this page's, so `instanceof Element` is false for every one.
 */
function runsOf(node: Node, bold = false, field?: LetterField): Run[] {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.textContent ?? '';
    return text ? [{ text, ...(bold ? { bold } : {}), ...(field ? { field } : {}) }] : [];
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const el = node as Element;
  if (el.tagName === 'BR') return [{ text: ' ' }];
  const isBold = bold || el.tagName === 'B' || el.tagName === 'STRONG';
  const named = (el.getAttribute('data-field') as LetterField | null) ?? field;
  return [...el.childNodes].flatMap((child) => runsOf(child, isBold, named));
}

const textOf = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The document as edited in `root` (the frame's document); parts not found stay as in `base`. */
export function readEditedLetter(root: ParentNode, base: LetterDocument): LetterDocument {
  const part = (name: string) => root.querySelector(`[data-edit="${name}"]`);
  const runs = (name: string, fallback: Run[]) => {
    const el = part(name);
    return el ? runsOf(el) : fallback;
  };
  return {
    ...base,
    title: textOf(part('title')) || base.title,
    salutation: runs('salutation', base.salutation),
    body: base.body.map((p) => ({ key: p.key, runs: runs(`body:${p.key}`, p.runs) })),
    closing: textOf(part('closing')) || base.closing,
  };
}
