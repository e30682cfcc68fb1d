import { Faq } from './faq';

/** Rendered on the server for every request (not prerendered at build time), then hydrated. */
export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>Help</h1>
      <Faq />
    </main>
  );
}
