/** Everything the guide says once opened (or inline): the dialog, the chart and its states (loaded with its code). */
import { defineMessages } from '../../core/i18n.js';

export type Tendency = 'small' | 'true' | 'large';

const en = {
  dialogTitle: 'Size guide',
  close: 'Close size guide',
  empty: 'There is no size chart for this item.',
  invalidChart: 'This size chart could not be read.',
  tabChart: 'Size chart',
  tabMeasure: 'How to measure',
  tabFind: 'Find my size',
  tabsLabel: 'Size guide sections',
  units: 'Units',
  metric: 'cm / kg',
  imperial: 'in / lb',
  system: 'Size system',
  ownSystem: 'Store sizes',
  caption: (title: string, units: string) => `${title}, measurements in ${units}`,
  defaultTitle: 'Size chart',
  size: 'Size',
  fitColumn: 'Buyer feedback',
  tableRegion: 'Size chart, scrolls sideways',
  bodyNote: 'Body measurements',
  garmentNote: 'Measured flat on the item',
  recommended: 'Recommended',
  selected: 'Selected',
  chooseSize: (label: string) => `Choose ${label}`,
  fitSummary: (tendency: Tendency, percent: string, total: number) => `${tendencyEn[tendency]} — ${percent} of ${total} buyers`,
  fitShort: (tendency: Tendency) => tendencyEn[tendency],
  fitCell: (tendency: Tendency, total: number) => `${tendencyEn[tendency]} · ${total} votes`,
  returnRate: (percent: string) => `${percent} returned for size`,
  fitSource: 'From reviews and size-related returns.',
  findIntro: 'Enter what you know; one measurement is enough. Leave the others empty.',
  findSubmit: 'Find my size',
  findEmpty: 'Enter at least one measurement.',
  findInvalid: (label: string) => `${label}: enter a number greater than 0.`,
  resultTitle: 'Your size',
  resultSize: (label: string) => `We recommend ${label}.`,
  fitsSizes: (measure: string, sizes: string) => `${measure} fits ${sizes}`,
  between: (measure: string, a: string, b: string) => `${measure} between ${a} and ${b}`,
  belowChart: (measure: string) => `${measure} below our smallest size`,
  aboveChart: (measure: string) => `${measure} above our largest size`,
  or: ' or ',
  listSeparator: ', ',
  period: '.',
  adjusted: (tendency: Tendency, label: string) =>
    tendency === 'small' ? `As this item runs small, choose ${label}.` : `As this item runs large, choose ${label}.`,
  outBelow: 'Your measurements are outside our range: smaller than our smallest size.',
  outAbove: 'Your measurements are outside our range: larger than our largest size.',
  noMatch: 'This chart has none of the measurements you entered.',
  notes: 'Notes',
};

export type SizeGuideViewMessages = typeof en;
export const sizeGuideViewMessages = defineMessages(en, () => import('./size-guide-view.messages.zh-CN.js'));

const tendencyEn: Record<Tendency, string> = { small: 'Runs small', true: 'True to size', large: 'Runs large' };
