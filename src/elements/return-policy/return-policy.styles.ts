import { css } from 'lit';

export const returnPolicyStyles = css`
  :host {
    --_ok: var(--rl-return-policy-ok, var(--_success));
    --_warn: var(--rl-return-policy-warn, light-dark(#b54708, #fdb022));
    --_no: var(--rl-return-policy-no, var(--_danger));
  }
  /* The summary is one line in every state (waiting for the store, loading, ready): nothing below it moves. */
  :host([variant='summary']) {
    min-block-size: calc(var(--rl-line-height, 1.5) * 1em);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .summary {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    margin: 0;
  }
  .summary .icon {
    margin-block-start: 0.125em;
    color: var(--_ok);
  }
  .summary[data-tone='warn'] .icon {
    color: var(--_warn);
  }
  .summary[data-tone='no'] .icon {
    color: var(--_no);
  }
  .summary-text {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-s);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .summary-detail {
    color: var(--_muted);
  }
  .summary-detail::before {
    content: '· ';
  }
  .link {
    display: inline-block;
    margin-block-start: var(--_space-xs);
    margin-inline-start: calc(1.25em + var(--_space-s));
    font-size: var(--_font-size-s);
  }
  .fallback {
    margin: 0;
    color: var(--_muted);
  }
  @media print {
    :host {
      color: #000;
      --_accent: #000;
      --_muted: #333;
      --_border: #999;
    }
    .skeleton,
    [part='error'] {
      display: none;
    }
    a[href^='http']::after,
    a[href^='/']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
