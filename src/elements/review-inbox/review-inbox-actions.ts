/**
 * The inbox's writes: moderate the text or one photo, bulk approve, publish, edit or delete a
 * reply, save a template. Each runs alone (`busy`), says what it did in the live region, fires its
 * event and reloads the same page, so the merchant keeps their place.
 */
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { emit } from '../../core/events.js';
import type { Announcer } from '../../core/merchant-panel.js';
import type { InboxMedia, InboxReview, ReplyTemplate } from '../../domain/merchant.js';
import { fillTemplate, REPLY_MAX, replyLang } from '../../domain/merchant-logic.js';
import type { InboxEdits } from './review-inbox-edits.js';
import type { inboxMessages } from './review-inbox.messages.js';
import type { ReplyChangedDetail, ReviewModeratedDetail } from './review-inbox-events.js';

export type InboxWords = (typeof inboxMessages)['en'];
type Remote = typeof import('./review-inbox-remote.js');

/** What the actions need from the element. */
export interface InboxHost {
  readonly element: HTMLElement;
  readonly edits: InboxEdits;
  readonly announcer: Announcer;
  adapter(): ReturnlessAdapter | undefined;
  remote(): Promise<Remote>;
  words(): InboxWords;
  shopName(): string;
  /** Loads the current page again. */
  reload(): void;
  /** Focuses the reason picker of a decision, after the next render. */
  focusReason(key: string): Promise<void>;
  requestUpdate(): void;
}

export class InboxActions {
  busy = false;

  constructor(private readonly host: InboxHost) {}

  useTemplate(r: InboxReview, templates: ReplyTemplate[], id: string): void {
    const { edits } = this.host;
    edits.choose(r.id, id);
    const template = templates.find((x) => x.id === id);
    if (template)
      edits.setDraft(
        r.id,
        fillTemplate(template, replyLang(r.lang), { name: r.author, product: r.productTitle ?? r.productId, shop: this.host.shopName() }),
      );
  }

  async moderate(r: InboxReview, m: InboxMedia | undefined, decision: 'approve' | 'reject'): Promise<void> {
    const key = m ? `${r.id}/${m.id}` : r.id;
    const reason = this.host.edits.reasons.get(key);
    if (decision === 'reject' && !reason) {
      this.host.edits.setProblem(key, this.host.words().reasonNeeded);
      await this.host.focusReason(key);
      return;
    }
    const detail: ReviewModeratedDetail = {
      reviewId: r.id,
      ...(m ? { mediaId: m.id } : {}),
      decision,
      ...(decision === 'reject' ? { reason } : {}),
    };
    const ok = await this.act(
      (adapter, remote) =>
        m ? remote.call(adapter, 'moderateMedia', { ...detail, mediaId: m.id }) : remote.call(adapter, 'moderateReview', detail),
      this.host.words().moderated,
    );
    if (ok) emit(this.host.element, 'rl-review-moderated', detail);
  }

  async bulkApprove(ids: string[]): Promise<void> {
    const ok = await this.act(
      (adapter, remote) => remote.call(adapter, 'bulkApproveReviews', { reviewIds: ids }),
      this.host.words().approved(ids.length),
    );
    if (ok) {
      this.host.edits.clearSelection();
      for (const reviewId of ids)
        emit(this.host.element, 'rl-review-moderated', { reviewId, decision: 'approve' } satisfies ReviewModeratedDetail);
    }
  }

  async saveReply(r: InboxReview): Promise<void> {
    const t = this.host.words();
    const body = (this.host.edits.drafts.get(r.id) ?? r.reply?.body ?? '').trim();
    if (!body || body.length > REPLY_MAX) {
      this.host.edits.setProblem(`reply/${r.id}`, body ? t.tooLong : t.empty);
      return;
    }
    const action = r.reply ? 'updated' : 'created';
    const ok = await this.act(
      (adapter, remote) => remote.call(adapter, r.reply ? 'updateReply' : 'createReply', { reviewId: r.id, body }),
      r.reply ? t.updated : t.published,
    );
    if (ok) this.replyChanged(r, action);
  }

  async deleteReply(r: InboxReview): Promise<void> {
    const ok = await this.act((adapter, remote) => remote.call(adapter, 'deleteReply', { reviewId: r.id }), this.host.words().deleted);
    if (ok) this.replyChanged(r, 'deleted');
  }

  async saveTemplate(r: InboxReview, templates: ReplyTemplate[]): Promise<void> {
    const template = templates.find((x) => x.id === this.host.edits.chosen.get(r.id));
    const body = this.host.edits.drafts.get(r.id);
    if (!template || !body) return;
    // The wording is stored with placeholders again, so the template fits the next reviewer.
    const generic = body
      .split(r.author)
      .join('{name}')
      .split(r.productTitle ?? r.productId)
      .join('{product}')
      .split(this.host.shopName())
      .join('{shop}');
    const lang = replyLang(r.lang);
    await this.act(
      (adapter, remote) => remote.call(adapter, 'saveReplyTemplate', { ...template, bodies: { ...template.bodies, [lang]: generic } }),
      this.host.words().templateSaved,
    );
  }

  private replyChanged(r: InboxReview, action: ReplyChangedDetail['action']): void {
    this.host.edits.dropDraft(r.id);
    emit(this.host.element, 'rl-reply-changed', { reviewId: r.id, action } satisfies ReplyChangedDetail);
  }

  /** Runs one write, then reloads the same page (the place is kept). */
  private async act(run: (adapter: ReturnlessAdapter, remote: Remote) => Promise<unknown>, done: string): Promise<boolean> {
    const adapter = this.host.adapter();
    if (!adapter || this.busy) return false;
    this.setBusy(true);
    try {
      await run(adapter, await this.host.remote());
      this.host.announcer.say(done);
      this.host.reload();
      return true;
    } catch {
      this.host.announcer.say(this.host.words().failed);
      return false;
    } finally {
      this.setBusy(false);
    }
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.host.requestUpdate();
  }
}
