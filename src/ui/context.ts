import type {MessageKey} from '../i18n/messages.js';
import type {Params} from '../i18n/format.js';

/** What every section renderer needs: the locale, a translator, the clock and the customer's zone. */
export interface RenderContext {
  locale: string;
  t: (key: MessageKey, params?: Params) => string;
  now: Date;
  /**
   * The customer's zone, always valid (see `customerTimeZone`: else the jurisdiction's): every
   * date the card shows and the tenure's days are in it, as the hints' are.
   */
  timeZone?: string;
}
