import type {MessageKey} from '../i18n/messages.js';
import type {Params} from '../i18n/format.js';

/** What every section renderer needs: the locale, a translator, the clock and the customer's zone. */
export interface RenderContext {
  locale: string;
  t: (key: MessageKey, params?: Params) => string;
  now: Date;
  timeZone?: string;
  /** The customer's calendar zone, always valid (see `customerTimeZone`): tenure counts days in it. */
  calendarZone?: string;
}
