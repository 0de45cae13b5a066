/** Which language each person reads and what a partnership's channel reads: {@code language}, {@code language policy}. */
package org.partnerbot.core.language;
