/** Output formats of the neutral reply and schedule other than chat: Markdown files (`minutes export`) and iCalendar feeds. (Plain text is the reply model's own fallback, in `reply`.) */
package org.partnerbot.core.render;
