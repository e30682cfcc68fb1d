/**
 * What the merchant has started but not sent: the reviews ticked for bulk approval, the reason
 * picked for each rejection, reply drafts, the template chosen per review, and the problem shown
 * next to a control. Kept across reloads of the page, so an action elsewhere loses none of it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ModerationReason } from '../../domain/merchant.js';

/** `reviewId` for a review's text, `reviewId/mediaId` for one photo or video, `reply/reviewId` for a reply. */
export type EditKey = string;

export class InboxEdits {
  selected = new Set<string>();
  reasons = new Map<EditKey, ModerationReason>();
  drafts = new Map<string, string>();
  chosen = new Map<string, string>();
  problems = new Map<EditKey, string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
    this.host.requestUpdate();
  }

  clearSelection(): void {
    this.selected = new Set();
    this.host.requestUpdate();
  }

  setReason(key: EditKey, reason: ModerationReason | ''): void {
    const next = new Map(this.reasons);
    if (reason) next.set(key, reason);
    else next.delete(key);
    this.reasons = next;
    this.setProblem(key, undefined);
  }

  setDraft(reviewId: string, text: string): void {
    this.drafts = new Map(this.drafts).set(reviewId, text);
    this.setProblem(`reply/${reviewId}`, undefined);
  }

  dropDraft(reviewId: string): void {
    const next = new Map(this.drafts);
    next.delete(reviewId);
    this.drafts = next;
    this.host.requestUpdate();
  }

  choose(reviewId: string, templateId: string): void {
    this.chosen = new Map(this.chosen).set(reviewId, templateId);
    this.host.requestUpdate();
  }

  setProblem(key: EditKey, message: string | undefined): void {
    const next = new Map(this.problems);
    if (message) next.set(key, message);
    else next.delete(key);
    this.problems = next;
    this.host.requestUpdate();
  }
}
