/**
 * Counts the Intl formatters (number, date, list, region name) a test page creates (issue 16: a page's first one
 * loads ICU data, a long task on a slow phone). Both `new Intl.X()` and `Intl.X()` create one.
 * Call `restore()` when done (the page is the test file's own).
 */
export function spyOnIntlFormatters(): { made: string[]; restore: () => void } {
  const made: string[] = [];
  const natives = {
    NumberFormat: Intl.NumberFormat,
    DateTimeFormat: Intl.DateTimeFormat,
    ListFormat: Intl.ListFormat,
    DisplayNames: Intl.DisplayNames,
  };
  for (const name of Object.keys(natives) as (keyof typeof natives)[])
    (Intl as Record<string, unknown>)[name] = new Proxy(natives[name], {
      construct: (target, args: unknown[]) => (made.push(name), Reflect.construct(target, args) as object),
      apply: (target, self, args: unknown[]) => (made.push(name), Reflect.apply(target, self, args) as unknown),
    });
  return { made, restore: () => Object.assign(Intl, natives) };
}
